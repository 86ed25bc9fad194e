module.exports=[50331,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_report_thanks_page_actions_1m4j13kz29zl9.js.map