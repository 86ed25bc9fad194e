module.exports=[53346,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_v1_entries_route_actions_1unlqpmqqp66u.js.map