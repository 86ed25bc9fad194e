module.exports=[32007,a=>{"use strict";var b=a.i(66274);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f"],32007)}];

//# sourceMappingURL=_next-internal_server_app_admin_entries_page_actions_1w3kpbjz9o1bh.js.map