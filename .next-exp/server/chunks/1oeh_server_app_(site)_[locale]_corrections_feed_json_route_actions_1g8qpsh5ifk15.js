module.exports=[80885,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_corrections_feed_json_route_actions_1g8qpsh5ifk15.js.map