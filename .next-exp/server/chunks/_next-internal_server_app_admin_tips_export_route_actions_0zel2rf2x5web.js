module.exports=[34747,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_admin_tips_export_route_actions_0zel2rf2x5web.js.map