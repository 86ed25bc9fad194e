module.exports=[86891,a=>{"use strict";var b=a.i(66274),c=a.i(20092);a.S([b,"00b8cc0dcc627edf04ec716bc628173c69065c1088,f",0,c,"4026bbd2bf16b5b3732c0879e5c8b581e4dbf33686,j,40773850d60a1bbe6b80396870e1f09c94ea71a297,A"],86891)}];

//# sourceMappingURL=_next-internal_server_app_admin_entries_new_page_actions_1fzz3ynk3oli6.js.map