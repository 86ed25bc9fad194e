module.exports=[33160,39993,a=>{"use strict";var b=a.i(51674),c=a.i(66443),d=a.i(10184),e=a.i(43444),f=a.i(73180);let g=["new","in_progress","dismissed","converted"],h={start:{from:["new"],to:"in_progress",kinds:["rumor","error"]},dismiss:{from:["new","in_progress"],to:"dismissed",kinds:["rumor","error"]},reopen:{from:["dismissed"],to:"new",kinds:["rumor","error"]},convert:{from:["new","in_progress"],to:"converted",kinds:["rumor"]},resolve:{from:["new","in_progress"],to:"converted",kinds:["error"]}};function i(a){return"string"==typeof a&&g.includes(a)}a.s(["f",0,function(a){return"new"===a||"in_progress"===a},"c",0,i,"u",0,function(a,b){let c=h[b];return c.kinds.includes(a.kind)&&c.from.includes(a.status)?c.to:null},"B",0,function(a,b){switch(a){case"new":return"New";case"in_progress":return"In progress";case"dismissed":return"Dismissed";case"converted":return"error"===b?"Handled":"rumor"===b?"Turned into an entry":"Turned into an entry / handled"}}],39993);let j=["open","new","in_progress","dismissed","converted","all"],k=["all","rumor","error"],l=b.B`t.id, t.reference, t.kind, t.locale, t.status, t.claim, t.seen_url, t.seen_description,
  (t.contact_email is not null) as has_contact, coalesce(t.group_id, t.id) as group_key,
  t.entry_id, e.locale as entry_locale, e.slug as entry_slug, t.converted_entry_id, t.dismiss_reason, t.created_at`;function m(a){return{id:a.id,reference:a.reference,kind:a.kind,locale:a.locale,status:i(a.status)?a.status:"new",claim:a.claim,seenUrl:a.seen_url,seenDescription:a.seen_description,hasContact:a.has_contact,groupKey:a.group_key,entry:null!==a.entry_id&&a.entry_slug&&a.entry_locale?{id:a.entry_id,locale:a.entry_locale,slug:a.entry_slug}:null,convertedEntryId:a.converted_entry_id,dismissReason:a.dismiss_reason,createdAt:new Date(a.created_at)}}async function n(a,e){(0,d.h)(a,"tips.view");let f=await (0,c.$)(),g=function(a,c="t"){let d=a=>b.B.raw(`${c}.${a}`),e=[];return"open"===a.status?e.push(b.B`${d("status")} in ('new', 'in_progress')`):"all"!==a.status&&e.push(b.B`${d("status")} = ${a.status}`),"all"!==a.kind&&e.push(b.B`${d("kind")} = ${a.kind}`),e.length?b.B.join(e,b.B` and `):b.B`true`}(e),h=await (0,c.J)(f,b.B`select coalesce(t.group_id, t.id) as group_key, max(t.created_at) as latest
        from tips t where ${g}
        group by 1 order by latest desc, group_key desc
        limit ${51} offset ${(e.page-1)*50}`),i=h.length>50,j=h.slice(0,50).map(a=>Number(a.group_key));if(0===j.length)return{groups:[],hasMore:!1};let k=b.B.join(j.map(a=>b.B`${a}`),b.B`, `),[n,o]=await Promise.all([(0,c.J)(f,b.B`select ${l} from tips t left join entries e on e.id = t.entry_id
          where ${g} and coalesce(t.group_id, t.id) in (${k})
          order by t.created_at desc, t.id desc`),(0,c.J)(f,b.B`select coalesce(group_id, id) as group_key, count(*)::int as size from tips
          where coalesce(group_id, id) in (${k}) group by 1`)]),p=new Map(o.map(a=>[Number(a.group_key),a.size])),q=new Map;for(let a of n){let b=m(a);q.set(b.groupKey,[...q.get(b.groupKey)??[],b])}return{groups:j.map(a=>({key:a,size:p.get(a)??1,tips:q.get(a)??[]})),hasMore:i}}async function o(a,e){(0,d.h)(a,"tips.view");let f=await (0,c.$)(),[g]=await (0,c.J)(f,b.B`select ${l}, t.contact_deleted_at, u.name as handled_by_name, t.updated_at,
               r.claim as entry_claim, c.locale as converted_locale, c.slug as converted_slug, c.state as converted_state
        from tips t
        left join entries e on e.id = t.entry_id
        left join entry_revisions r on r.id = coalesce(e.published_revision_id, e.working_revision_id)
        left join entries c on c.id = t.converted_entry_id
        left join users u on u.id = t.handled_by
        where t.id = ${e}`);if(!g)return null;let h=await (0,c.J)(f,b.B`select ${l} from tips t left join entries e on e.id = t.entry_id
        where t.group_id = ${g.group_key} and t.id <> ${g.id} order by t.created_at desc, t.id desc`);return{...m(g),contactDeletedAt:g.contact_deleted_at?new Date(g.contact_deleted_at):null,handledByName:g.handled_by_name,updatedAt:new Date(g.updated_at),entryClaim:g.entry_claim,convertedEntry:null!==g.converted_entry_id&&g.converted_slug&&g.converted_locale?{id:g.converted_entry_id,locale:g.converted_locale,slug:g.converted_slug,state:g.converted_state??"draft"}:null,groupMembers:h.map(m)}}async function p(a,e){(0,d.h)(a,"tips.view");let f=await (0,c.$)();return(await (0,c.J)(f,b.B`select ${l} from tips t left join entries e on e.id = t.entry_id
        where t.kind = 'error' and t.entry_id = ${e}
        order by (t.status in ('new', 'in_progress')) desc, t.created_at desc, t.id desc
        limit 100`)).map(m)}async function q(a,f={}){(0,d.h)(a,"tips.view");let g=Math.min(Math.max(f.days??14,1),366),h=(f.now??new Date).toISOString(),i=(0,e.f)(),j=await (0,c.$)(),[k,[l]]=await Promise.all([(0,c.J)(j,b.B`with bounds as (select (${h}::timestamptz at time zone ${i})::date as today),
           series as (select generate_series((today - ${g-1}::int)::timestamp, today::timestamp, interval '1 day')::date as day from bounds),
           counted as (
             select (created_at at time zone ${i})::date as day,
                    count(*) filter (where kind = 'rumor')::int as rumors,
                    count(*) filter (where kind = 'error')::int as errors
             from tips
             where created_at > ${h}::timestamptz - make_interval(days => ${g+1}::int)
             group by 1)
         select to_char(s.day, 'YYYY-MM-DD') as day, coalesce(c.rumors, 0)::int as rumors, coalesce(c.errors, 0)::int as errors
         from series s left join counted c on c.day = s.day
         order by s.day`),(0,c.J)(j,b.B`select count(*) filter (where status = 'new')::int as new_count,
                 count(*) filter (where status in ('new', 'in_progress'))::int as open_count
          from tips`)]);return{days:k.map(a=>({day:a.day,rumors:Number(a.rumors),errors:Number(a.errors)})),newCount:Number(l?.new_count??0),openCount:Number(l?.open_count??0)}}async function r(a,e){(0,d.h)(a,"tips.view");let f=await (0,c.$)(),[g]=await (0,c.J)(f,b.B`select id from tips where reference = ${e}`);return g?g.id:null}async function s(a,b){return(0,d.h)(a,"tips.view"),(0,f.k)(await (0,c.$)(),b)}a.s(["t",0,r,"M",0,q,"V",0,o,"N",0,p,"y",0,s,"j",0,n,"Y",0,function(a){let b=b=>"string"==typeof a[b]?a[b]:"",c=j.includes(b("status"))?b("status"):"open";return{status:c,kind:k.includes(b("kind"))?b("kind"):"all",page:/^\d{1,4}$/.test(b("page"))?Math.max(1,Number(b("page"))):1}}],33160)}];

//# sourceMappingURL=lib_tips_queries_ts_0--iq46l5tfmn._.js.map