module.exports=[13537,a=>{"use strict";var b=a.i(87924),c=a.i(50944),d=a.i(20643);a.s(["LocaleChoice",0,function(a){let e=(0,c.useParams)(),f=(0,d.Z)(e?.locale)?e.locale:d.L;return(0,b.jsx)(b.Fragment,{children:a[f]})}])}];

//# sourceMappingURL=components_site_locale-choice_tsx_18399omh568b3._.js.map