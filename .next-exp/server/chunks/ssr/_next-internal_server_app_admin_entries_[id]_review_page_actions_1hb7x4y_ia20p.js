module.exports=[61455,a=>{"use strict";var b=a.i(66274),c=a.i(20092);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f",0,c,"60f00c0616998ee0c3f46a3b0bd22531fdf6ae4678,g"],61455)}];

//# sourceMappingURL=_next-internal_server_app_admin_entries_%5Bid%5D_review_page_actions_1hb7x4y_ia20p.js.map