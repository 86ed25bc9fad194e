module.exports=[26206,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%28site%29_%5Blocale%5D_withdrawn_page_actions_0-uluajoyc81-.js.map