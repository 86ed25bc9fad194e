module.exports=[61070,a=>{"use strict";var b=a.i(51674),c=a.i(66443),d=a.i(76665),e=a.i(23717);class f extends Error{constructor(){super("Invalid cursor"),this.name="InvalidCursorError"}}let g=a=>b.B`(
  select coalesce(json_agg(json_build_object('slug', t.slug, 'nameFr', t.name_fr, 'nameEn', t.name_en) order by t.slug), '[]'::json)
  from revision_topics rt join topics t on t.id = rt.topic_id
  where rt.revision_id = ${a})`,h=b.B`e.published_revision_id is not null and e.unpublished_at is null`,i=(a,c)=>b.B`${a} desc nulls last, ${c} desc nulls last`;function j(a){return{id:a.id,locale:a.locale,slug:a.slug,claim:a.claim,verdict:a.verdict,summary:a.summary,topics:a.topics,firstPublishedAt:new Date(a.first_published_at),lastPublishedAt:new Date(a.last_published_at)}}function k(a){return Math.min(Math.max(a.limit??20,1),100)}let l=b.B`select e.id, e.locale, e.slug, r.claim, r.verdict, r.summary, e.first_published_at, e.last_published_at,
          ${g(b.B`r.id`)} as topics
        from entries e join entry_revisions r on r.id = e.published_revision_id`;function m(a){return!a.cursor&&void 0!==a.before}async function n(a){var d,e;let f,g,n,p,q,r,s=await (0,c.$)();return d=a,e=(await (0,c.J)(s,function(a,c="summary"){let d,e=k(a),f="updated"===a.order?b.B`e.last_published_at`:b.B`e.first_published_at`,g=[b.B`e.locale = ${a.locale}`,h];a.verdict&&g.push(b.B`e.published_verdict = ${a.verdict}`),a.topic&&g.push(b.B`exists (select 1 from revision_topics rt join topics t on t.id = rt.topic_id
      where rt.revision_id = e.published_revision_id and t.slug = ${a.topic})`),a.cursor?g.push(b.B`(${f}, e.id) < (${a.cursor.at.toISOString()}::timestamptz, ${a.cursor.id})`):a.before&&g.push(b.B`(${f}, e.id) > (${a.before.at.toISOString()}::timestamptz, ${a.before.id})`);let j=m(a)?(d=b.B`e.id`,b.B`${f} asc nulls first, ${d} asc nulls first`):i(f,b.B`e.id`);return b.B`${"full"===c?o:l}
        where ${b.B.join(g,b.B` and `)}
        order by ${j}
        limit ${e+1}`}(a))).map(j),f=k(d),g=m(d),n=e.length>f,p=e.slice(0,f),g&&p.reverse(),q=a=>{var b;return a?(b={at:"updated"===d.order?a.lastPublishedAt:a.firstPublishedAt,id:a.id},Buffer.from(`${b.at.toISOString()}|${b.id}`,"utf8").toString("base64url")):null},r=g?n:void 0!==d.cursor,{items:p,nextCursor:g||n?q(p[p.length-1]):null,prevCursor:r?q(p[0]):null}}let o=b.B`select e.id, e.locale, e.slug, e.unpublished_at, e.published_revision_id, e.first_published_at, e.last_published_at,
          r.claim, r.claim_origin_text, r.claim_origin_url, r.claim_first_seen::text as claim_first_seen,
          r.verdict, r.summary, r.body,
          (select coalesce(json_agg(json_build_object('url', s.url, 'title', s.title, 'publisher', s.publisher,
                    'accessedAt', s.accessed_at::text) order by s.position), '[]'::json)
             from revision_sources s where s.revision_id = r.id) as sources,
          ${g(b.B`r.id`)} as topics,
          (select coalesce(json_agg(json_build_object('note', c.note, 'previousVerdict', c.previous_verdict,
                    'newVerdict', c.new_verdict, 'publishedAt', c.published_at) order by c.published_at desc, c.id desc), '[]'::json)
             from corrections c where c.entry_id = e.id) as corrections,
          tr.locale as tr_locale, tr.slug as tr_slug,
          (tr.published_revision_id is not null and tr.unpublished_at is null) as tr_live
        from entries e
        left join entry_revisions r on r.id = e.published_revision_id
        left join entries tr on tr.id = e.translation_id`;async function p(a,d){let e=await (0,c.$)(),[f]=await (0,c.J)(e,b.B`${o} where e.locale = ${a} and e.slug = ${d}`);return f&&null!==f.published_revision_id?f.unpublished_at?{status:"gone"}:{status:"found",entry:{id:f.id,locale:f.locale,slug:f.slug,claim:f.claim,claimOriginText:f.claim_origin_text,claimOriginUrl:f.claim_origin_url,claimFirstSeen:f.claim_first_seen,verdict:f.verdict,summary:f.summary,body:f.body??"",sources:f.sources,topics:f.topics,corrections:f.corrections,firstPublishedAt:new Date(f.first_published_at),lastPublishedAt:new Date(f.last_published_at),translation:f.tr_live&&f.tr_locale&&f.tr_slug?{locale:f.tr_locale,slug:f.tr_slug}:null}}:{status:"not_found"}}async function q(a,d){let e=await (0,c.$)();return(await (0,c.J)(e,b.B`select c.id, c.note, c.previous_verdict, c.new_verdict, c.published_at, e.slug, r.claim
        from corrections c
        join entries e on e.id = c.entry_id
        join entry_revisions r on r.id = e.published_revision_id
        where c.locale = ${a} and ${h}
        order by ${i(b.B`c.published_at`,b.B`c.id`)}
        limit ${d}`)).map(a=>({id:a.id,note:a.note,previousVerdict:a.previous_verdict,newVerdict:a.new_verdict,publishedAt:new Date(a.published_at).toISOString(),entrySlug:a.slug,claim:a.claim}))}async function r(a){let d=await (0,c.$)();return(await (0,c.J)(d,b.B`select t.slug, t.name_fr, t.name_en, coalesce(c.count, 0) as count
        from topics t
        left join (
          select rt.topic_id, count(*) as count
          from revision_topics rt join entries e on e.published_revision_id = rt.revision_id
          where e.locale = ${a} and ${h}
          group by rt.topic_id
        ) c on c.topic_id = t.id
        order by ${"fr"===a?b.B`t.name_fr`:b.B`t.name_en`}`)).map(a=>({slug:a.slug,nameFr:a.name_fr,nameEn:a.name_en,count:Number(a.count)}))}a.s(["s",0,f,"y",0,function(a){if(a.length>100||!/^[A-Za-z0-9_-]+$/.test(a))throw new f;let[b,c]=Buffer.from(a,"base64url").toString("utf8").split("|"),d=new Date(b??""),e=Number(c);if(!b||Number.isNaN(d.getTime())||!Number.isSafeInteger(e)||e<=0)throw new f;return{at:d,id:e}},"d",0,function(a,b){return(0,d.Y)(`entry:${a}:${b}`,[e.s.entry(a,b)],()=>p(a,b))},"x",0,function(a,b=50){return(0,d.Y)(`corrections:${a}:${b}`,[e.s.corrections(a)],()=>q(a,b))},"i",0,function(a){let b=`list:${JSON.stringify([a.locale,a.verdict,a.topic,a.cursor?.at.toISOString(),a.cursor?.id,a.before?.at.toISOString(),a.before?.id,a.limit,a.order])}`;return(0,d.Y)(b,[e.s.list(a.locale)],()=>n(a))},"J",0,function(a){return(0,d.Y)(`topics:${a}`,[e.s.topics(),e.s.list(a)],()=>r(a))},"S",0,function(a,b){return"fr"===b?a.nameFr:a.nameEn}])}];

//# sourceMappingURL=lib_entries_public-queries_ts_0jsz33ckmkz3k._.js.map