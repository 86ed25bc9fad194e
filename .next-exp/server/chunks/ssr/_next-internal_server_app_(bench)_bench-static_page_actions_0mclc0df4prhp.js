module.exports=[80774,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28bench%29_bench-static_page_actions_0mclc0df4prhp.js.map