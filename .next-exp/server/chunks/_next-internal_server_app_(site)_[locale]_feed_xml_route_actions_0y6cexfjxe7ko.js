module.exports=[12863,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_feed_xml_route_actions_0y6cexfjxe7ko.js.map