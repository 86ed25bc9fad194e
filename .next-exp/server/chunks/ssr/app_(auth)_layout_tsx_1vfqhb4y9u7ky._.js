module.exports=[12498,a=>{"use strict";var b=a.i(7997);a.s(["default",0,function({children:a}){return(0,b.jsx)("html",{lang:"en",children:(0,b.jsx)("body",{className:"min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100",children:a})})}])},86024,function(a){a.n(a.i(12498))}];

//# sourceMappingURL=app_%28auth%29_layout_tsx_1vfqhb4y9u7ky._.js.map