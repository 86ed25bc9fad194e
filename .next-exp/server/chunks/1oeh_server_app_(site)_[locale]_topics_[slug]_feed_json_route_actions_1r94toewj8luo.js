module.exports=[73783,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_topics_%5Bslug%5D_feed_json_route_actions_1r94toewj8luo.js.map