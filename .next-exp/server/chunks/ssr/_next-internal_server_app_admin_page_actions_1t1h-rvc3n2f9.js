module.exports=[4100,a=>{"use strict";var b=a.i(66274);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f"],4100)}];

//# sourceMappingURL=_next-internal_server_app_admin_page_actions_1t1h-rvc3n2f9.js.map