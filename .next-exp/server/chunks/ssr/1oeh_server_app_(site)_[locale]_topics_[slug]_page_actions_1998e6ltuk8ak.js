module.exports=[37462,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_topics_%5Bslug%5D_page_actions_1998e6ltuk8ak.js.map