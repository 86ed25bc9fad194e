module.exports=[76109,a=>{"use strict";var b=a.i(7997),c=a.i(53173),d=a.i(39993);let e={new:"bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100",in_progress:"bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",dismissed:"bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300",converted:"bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100"};a.s(["N",0,function({url:a}){return(0,c.l)(a)?(0,b.jsx)("a",{href:a,target:"_blank",rel:"nofollow noopener noreferrer",className:"break-all font-mono text-sm text-blue-800 underline dark:text-blue-300",children:a}):(0,b.jsx)("span",{className:"break-all font-mono text-sm",children:a})},"r",0,function({kind:a}){return"error"===a?(0,b.jsx)("span",{className:"inline-block rounded border border-red-300 px-2 py-0.5 text-xs font-semibold text-red-800 dark:border-red-800 dark:text-red-300",children:"Error report"}):(0,b.jsx)("span",{className:"inline-block rounded border border-stone-300 px-2 py-0.5 text-xs font-semibold text-stone-700 dark:border-stone-600 dark:text-stone-300",children:"Rumor"})},"K",0,function({status:a,kind:c}){return(0,b.jsx)("span",{className:`inline-block rounded px-2 py-0.5 text-xs font-semibold ${e[a]}`,"data-status":a,children:(0,d.B)(a,c)})}])},73180,a=>{"use strict";var b=a.i(51674),c=a.i(66443);async function d(a,d){let e=new Date(d.now.getTime()-15552e6).toISOString(),f="error"===d.kind?b.B`kind = 'error' and entry_id = ${d.entryId}`:b.B`kind = 'rumor'`,[g]=await (0,c.J)(a,b.B`select id, group_id from tips
        where ${f} and created_at > ${e}::timestamptz
          and ((${d.seenUrl}::text is not null and seen_url = ${d.seenUrl}::text)
               or (claim % ${d.claim} and similarity(claim, ${d.claim}) >= ${.6}))
        order by (${d.seenUrl}::text is not null and seen_url = ${d.seenUrl}::text) desc,
                 similarity(claim, ${d.claim}) desc, id
        limit 1`);return g?null!==g.group_id?g.group_id:(await a.execute(b.B`update tips set group_id = id where id = ${g.id} and group_id is null`),g.id):null}async function e(a,d,f=8){return(await (0,c.J)(a,b.B`select o.id, o.reference, o.kind, o.status, o.claim, o.seen_url, coalesce(o.group_id, o.id) as group_key,
               similarity(o.claim, t.claim)::float8 as similarity,
               (t.seen_url is not null and o.seen_url = t.seen_url) as same_url, o.created_at
        from tips t
        join tips o on o.id <> t.id and coalesce(o.group_id, o.id) <> coalesce(t.group_id, t.id)
        where t.id = ${d}
          and ((t.seen_url is not null and o.seen_url = t.seen_url)
               or (o.claim % t.claim and similarity(o.claim, t.claim) >= ${.35}))
        order by same_url desc, similarity desc, o.created_at desc
        limit ${f}`)).map(a=>({id:a.id,reference:a.reference,kind:a.kind,status:a.status,claim:a.claim,seenUrl:a.seen_url,groupKey:a.group_key,similarity:Number(a.similarity),sameUrl:a.same_url,createdAt:new Date(a.created_at)}))}a.s(["k",0,e,"S",0,d])},5633,a=>{"use strict";a.s(["i",0,"formToken","Z",0,"website","T",0,{claim:500,details:2e3,seenDescription:1e3,seenUrl:2e3,email:254,entrySlug:200}])},85683,a=>{"use strict";a.s(["l",0,function(a){return`/admin/entries/${a}`},"f",0,function(a){return`/admin/tips/${a}`}])},26972,a=>{"use strict";var b=a.i(54757);a.s(["z",0,b])}];

//# sourceMappingURL=_0z5hd5rh3ujgf._.js.map