module.exports=[41912,a=>{"use strict";var b=a.i(66274);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f"],41912)}];

//# sourceMappingURL=_next-internal_server_app_admin_audit_page_actions_1o0dynrk85w35.js.map