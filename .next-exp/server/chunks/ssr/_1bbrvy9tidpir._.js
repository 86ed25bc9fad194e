module.exports=[87995,a=>{"use strict";var b=a.i(7997),c=a.i(7980);let d={draft:"border-stone-400 bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",in_review:"border-blue-400 bg-blue-50 text-blue-900 dark:bg-blue-950 dark:text-blue-100",approved:"border-teal-500 bg-teal-50 text-teal-900 dark:bg-teal-950 dark:text-teal-100",scheduled:"border-violet-400 bg-violet-50 text-violet-900 dark:bg-violet-950 dark:text-violet-100",published:"border-green-600 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100",unpublished:"border-red-400 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"};a.s(["q",0,function({state:a}){return(0,b.jsx)("span",{className:`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${d[a]}`,"data-state":a,children:(0,c.l)(a)})},"n",0,function({visibility:a}){return"never_published"===a?null:"live"===a?(0,b.jsx)("span",{className:"inline-block rounded bg-green-700 px-2 py-0.5 text-xs font-semibold text-white","data-visibility":"live",children:"Live"}):(0,b.jsx)("span",{className:"inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white","data-visibility":"withdrawn",children:"Withdrawn (410)"})}])},28163,a=>{"use strict";a.s(["l",0,/^[a-z0-9]+(-[a-z0-9]+)*$/,"A",0,function(a,b=80){let c=a.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").replace(/[œŒ]/g,"oe").replace(/[æÆ]/g,"ae").replace(/ß/g,"ss").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"");if(c.length<=b)return c||"entry";let d=c.slice(0,b),e=d.lastIndexOf("-");return(e>b/2?d.slice(0,e):d).replace(/-+$/g,"")||"entry"}])},73180,a=>{"use strict";var b=a.i(51674),c=a.i(66443);async function d(a,d){let e=new Date(d.now.getTime()-15552e6).toISOString(),f="error"===d.kind?b.B`kind = 'error' and entry_id = ${d.entryId}`:b.B`kind = 'rumor'`,[g]=await (0,c.J)(a,b.B`select id, group_id from tips
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
        limit ${f}`)).map(a=>({id:a.id,reference:a.reference,kind:a.kind,status:a.status,claim:a.claim,seenUrl:a.seen_url,groupKey:a.group_key,similarity:Number(a.similarity),sameUrl:a.same_url,createdAt:new Date(a.created_at)}))}a.s(["k",0,e,"S",0,d])}];

//# sourceMappingURL=_1bbrvy9tidpir._.js.map