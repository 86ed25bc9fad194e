module.exports=[43433,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_auth_%5B___nextauth%5D_route_actions_08nexdks3z54l.js.map