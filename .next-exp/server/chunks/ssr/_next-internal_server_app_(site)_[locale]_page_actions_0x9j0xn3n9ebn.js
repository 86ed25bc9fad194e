module.exports=[43138,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_page_actions_0x9j0xn3n9ebn.js.map