module.exports=[42089,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%28site%29_%5Blocale%5D_rumors_%5Bslug%5D_page_actions_05byfm4p8pbgq.js.map