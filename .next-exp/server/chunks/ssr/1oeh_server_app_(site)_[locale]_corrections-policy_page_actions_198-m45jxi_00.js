module.exports=[54006,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_corrections-policy_page_actions_198-m45jxi_00.js.map