module.exports=[41218,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_search_page_actions_007dybo_2c5qm.js.map