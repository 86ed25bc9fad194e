module.exports=[53924,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_corrections_atom_xml_route_actions_0drpnnpsz5oic.js.map