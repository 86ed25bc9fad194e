module.exports=[2641,a=>{"use strict";var b=a.i(7997);a.s(["default",0,function({children:a}){return(0,b.jsx)("html",{lang:"en",children:(0,b.jsx)("body",{className:"min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100",children:a})})}])},7490,function(a){a.n(a.i(2641))}];

//# sourceMappingURL=app_%28bench%29_layout_tsx_0e15r_s7h7d7j._.js.map