module.exports=[15145,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_topics_%5Bslug%5D_atom_xml_route_actions_05ie79dix6gyw.js.map