module.exports=[52957,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_feed_json_route_actions_0c_wo-wfj_tuu.js.map