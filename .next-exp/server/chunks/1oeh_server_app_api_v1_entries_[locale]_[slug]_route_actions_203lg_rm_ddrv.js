module.exports=[10120,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_api_v1_entries_%5Blocale%5D_%5Bslug%5D_route_actions_203lg_rm_ddrv.js.map