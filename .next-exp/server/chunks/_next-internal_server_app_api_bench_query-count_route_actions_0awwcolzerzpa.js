module.exports=[34582,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_bench_query-count_route_actions_0awwcolzerzpa.js.map