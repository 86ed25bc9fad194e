module.exports=[86578,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_topics_%5Bslug%5D_feed_xml_route_actions_1m4tak6nx_zd7.js.map