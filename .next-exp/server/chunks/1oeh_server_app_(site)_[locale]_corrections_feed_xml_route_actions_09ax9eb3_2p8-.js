module.exports=[7806,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_corrections_feed_xml_route_actions_09ax9eb3_2p8-.js.map