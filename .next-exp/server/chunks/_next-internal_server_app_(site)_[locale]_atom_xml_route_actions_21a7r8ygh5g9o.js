module.exports=[17089,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_atom_xml_route_actions_21a7r8ygh5g9o.js.map