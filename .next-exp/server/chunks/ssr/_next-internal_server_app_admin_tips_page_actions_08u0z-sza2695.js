module.exports=[95004,a=>{"use strict";var b=a.i(66274);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f"],95004)}];

//# sourceMappingURL=_next-internal_server_app_admin_tips_page_actions_08u0z-sza2695.js.map