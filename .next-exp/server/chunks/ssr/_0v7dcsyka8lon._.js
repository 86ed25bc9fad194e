module.exports=[28163,a=>{"use strict";a.s(["l",0,/^[a-z0-9]+(-[a-z0-9]+)*$/,"A",0,function(a,b=80){let c=a.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").replace(/[œŒ]/g,"oe").replace(/[æÆ]/g,"ae").replace(/ß/g,"ss").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"");if(c.length<=b)return c||"entry";let d=c.slice(0,b),e=d.lastIndexOf("-");return(e>b/2?d.slice(0,e):d).replace(/-+$/g,"")||"entry"}])},73180,a=>{"use strict";var b=a.i(51674),c=a.i(66443);async function d(a,d){let e=new Date(d.now.getTime()-15552e6).toISOString(),f="error"===d.kind?b.B`kind = 'error' and entry_id = ${d.entryId}`:b.B`kind = 'rumor'`,[g]=await (0,c.J)(a,b.B`select id, group_id from tips
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
        limit ${f}`)).map(a=>({id:a.id,reference:a.reference,kind:a.kind,status:a.status,claim:a.claim,seenUrl:a.seen_url,groupKey:a.group_key,similarity:Number(a.similarity),sameUrl:a.same_url,createdAt:new Date(a.created_at)}))}a.s(["k",0,e,"S",0,d])},5633,a=>{"use strict";a.s(["i",0,"formToken","Z",0,"website","T",0,{claim:500,details:2e3,seenDescription:1e3,seenUrl:2e3,email:254,entrySlug:200}])},85683,a=>{"use strict";a.s(["l",0,function(a){return`/admin/entries/${a}`},"f",0,function(a){return`/admin/tips/${a}`}])},60281,a=>{"use strict";var b=a.i(66680);let c="23456789ABCDEFGHJKLMNPQRSTUVWXYZ",d=/^T-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/;a.s(["E",0,d,"F",0,function(){let a="T-";for(let d=0;d<6;d++)a+=c[(0,b.randomInt)(c.length)];return a},"$",0,function(a){if("string"!=typeof a)return null;let b=a.trim().toUpperCase().replace(/\s+/g,""),c=b.startsWith("T-")?b:`T-${b}`;return d.test(c)?c:null}])},26972,a=>{"use strict";var b=a.i(54757);a.s(["z",0,b])}];

//# sourceMappingURL=_0v7dcsyka8lon._.js.map