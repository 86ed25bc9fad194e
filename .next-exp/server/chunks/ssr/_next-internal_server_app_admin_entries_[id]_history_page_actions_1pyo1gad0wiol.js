module.exports=[50957,a=>{"use strict";var b=a.i(66274);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f"],50957)}];

//# sourceMappingURL=_next-internal_server_app_admin_entries_%5Bid%5D_history_page_actions_1pyo1gad0wiol.js.map