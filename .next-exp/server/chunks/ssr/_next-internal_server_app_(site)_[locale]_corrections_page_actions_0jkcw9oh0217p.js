module.exports=[36808,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_corrections_page_actions_0jkcw9oh0217p.js.map