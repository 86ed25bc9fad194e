/**
 * Read side of the tips queue, for the newsroom only: every function asks
 * lib/auth/permissions.ts for `tips.view` first. None of them selects
 * `contact_email`: a reader's address leaves the database only through
 * lib/tips/contact.ts, which writes the audit log.
 */
import { sql, type SQL } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";
import type { Locale } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { siteTimeZone } from "@/lib/i18n/format";
import { findSimilarTips, type SimilarTip } from "./duplicates";
import type { TipKind } from "./form";
import { isTipStatus, type TipStatus } from "./status";

export const TIP_STATUS_FILTERS = ["open", "new", "in_progress", "dismissed", "converted", "all"] as const;
export type TipStatusFilter = (typeof TIP_STATUS_FILTERS)[number];
export const TIP_KIND_FILTERS = ["all", "rumor", "error"] as const;
export type TipKindFilter = (typeof TIP_KIND_FILTERS)[number];

export interface TipQueueFilter {
  status: TipStatusFilter;
  kind: TipKindFilter;
  page: number;
}

export const TIP_GROUPS_PER_PAGE = 50;

/** The queue's filter from a query string; anything unknown falls back to the default. */
export function parseTipQueueFilter(params: Record<string, string | string[] | undefined>): TipQueueFilter {
  const one = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : "");
  const status = (TIP_STATUS_FILTERS as readonly string[]).includes(one("status")) ? (one("status") as TipStatusFilter) : "open";
  const kind = (TIP_KIND_FILTERS as readonly string[]).includes(one("kind")) ? (one("kind") as TipKindFilter) : "all";
  const page = /^\d{1,4}$/.test(one("page")) ? Math.max(1, Number(one("page"))) : 1;
  return { status, kind, page };
}

export function tipFilterSql(filter: Pick<TipQueueFilter, "status" | "kind">, alias = "t"): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  const parts: SQL[] = [];
  if (filter.status === "open") parts.push(sql`${column("status")} in ('new', 'in_progress')`);
  else if (filter.status !== "all") parts.push(sql`${column("status")} = ${filter.status}`);
  if (filter.kind !== "all") parts.push(sql`${column("kind")} = ${filter.kind}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

export interface TipListItem {
  id: number;
  reference: string;
  kind: TipKind;
  locale: Locale;
  status: TipStatus;
  claim: string;
  seenUrl: string | null;
  seenDescription: string | null;
  /** Whether the reader left an address (the address itself is never listed). */
  hasContact: boolean;
  groupKey: number;
  entry: { id: number; locale: Locale; slug: string } | null;
  convertedEntryId: number | null;
  dismissReason: string | null;
  createdAt: Date;
}

export interface TipQueueGroup {
  key: number;
  /** Every tip of the group, whatever its status. */
  size: number;
  /** The group's tips that match the filter, newest first. */
  tips: TipListItem[];
}

export interface TipQueuePage {
  groups: TipQueueGroup[];
  hasMore: boolean;
}

interface TipRow {
  id: number;
  reference: string;
  kind: TipKind;
  locale: Locale;
  status: string;
  claim: string;
  seen_url: string | null;
  seen_description: string | null;
  has_contact: boolean;
  group_key: number;
  entry_id: number | null;
  entry_locale: Locale | null;
  entry_slug: string | null;
  converted_entry_id: number | null;
  dismiss_reason: string | null;
  created_at: string | Date;
}

const TIP_COLUMNS = sql`t.id, t.reference, t.kind, t.locale, t.status, t.claim, t.seen_url, t.seen_description,
  (t.contact_email is not null) as has_contact, coalesce(t.group_id, t.id) as group_key,
  t.entry_id, e.locale as entry_locale, e.slug as entry_slug, t.converted_entry_id, t.dismiss_reason, t.created_at`;

function toItem(row: TipRow): TipListItem {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    locale: row.locale,
    status: isTipStatus(row.status) ? row.status : "new",
    claim: row.claim,
    seenUrl: row.seen_url,
    seenDescription: row.seen_description,
    hasContact: row.has_contact,
    groupKey: row.group_key,
    entry: row.entry_id !== null && row.entry_slug && row.entry_locale ? { id: row.entry_id, locale: row.entry_locale, slug: row.entry_slug } : null,
    convertedEntryId: row.converted_entry_id,
    dismissReason: row.dismiss_reason,
    createdAt: new Date(row.created_at),
  };
}

/** The queue: duplicate groups, newest activity first; within a group, the matching tips newest first. */
export async function listTipQueue(actor: Actor, filter: TipQueueFilter): Promise<TipQueuePage> {
  assertCan(actor, "tips.view");
  const db = await getDb();
  const where = tipFilterSql(filter);
  const keys = await queryRows<{ group_key: number }>(
    db,
    sql`select coalesce(t.group_id, t.id) as group_key, max(t.created_at) as latest
        from tips t where ${where}
        group by 1 order by latest desc, group_key desc
        limit ${TIP_GROUPS_PER_PAGE + 1} offset ${(filter.page - 1) * TIP_GROUPS_PER_PAGE}`,
  );
  const hasMore = keys.length > TIP_GROUPS_PER_PAGE;
  const groupKeys = keys.slice(0, TIP_GROUPS_PER_PAGE).map((k) => Number(k.group_key));
  if (groupKeys.length === 0) return { groups: [], hasMore: false };
  const keyList = sql.join(groupKeys.map((k) => sql`${k}`), sql`, `);
  const [rows, sizes] = await Promise.all([
    queryRows<TipRow>(
      db,
      sql`select ${TIP_COLUMNS} from tips t left join entries e on e.id = t.entry_id
          where ${where} and coalesce(t.group_id, t.id) in (${keyList})
          order by t.created_at desc, t.id desc`,
    ),
    queryRows<{ group_key: number; size: number }>(
      db,
      sql`select coalesce(group_id, id) as group_key, count(*)::int as size from tips
          where coalesce(group_id, id) in (${keyList}) group by 1`,
    ),
  ]);
  const sizeOf = new Map(sizes.map((s) => [Number(s.group_key), s.size]));
  const byKey = new Map<number, TipListItem[]>();
  for (const row of rows) {
    const item = toItem(row);
    byKey.set(item.groupKey, [...(byKey.get(item.groupKey) ?? []), item]);
  }
  return {
    groups: groupKeys.map((key) => ({ key, size: sizeOf.get(key) ?? 1, tips: byKey.get(key) ?? [] })),
    hasMore,
  };
}

export interface TipDetail extends TipListItem {
  contactDeletedAt: Date | null;
  handledByName: string | null;
  updatedAt: Date;
  /** The entry concerned (error report) with its working claim. */
  entryClaim: string | null;
  convertedEntry: { id: number; locale: Locale; slug: string; state: string } | null;
  /** The other tips of its duplicate group, newest first. */
  groupMembers: TipListItem[];
}

export async function getTipDetail(actor: Actor, tipId: number): Promise<TipDetail | null> {
  assertCan(actor, "tips.view");
  const db = await getDb();
  const [row] = await queryRows<
    TipRow & {
      contact_deleted_at: string | Date | null;
      handled_by_name: string | null;
      updated_at: string | Date;
      entry_claim: string | null;
      converted_locale: Locale | null;
      converted_slug: string | null;
      converted_state: string | null;
    }
  >(
    db,
    sql`select ${TIP_COLUMNS}, t.contact_deleted_at, u.name as handled_by_name, t.updated_at,
               r.claim as entry_claim, c.locale as converted_locale, c.slug as converted_slug, c.state as converted_state
        from tips t
        left join entries e on e.id = t.entry_id
        left join entry_revisions r on r.id = coalesce(e.published_revision_id, e.working_revision_id)
        left join entries c on c.id = t.converted_entry_id
        left join users u on u.id = t.handled_by
        where t.id = ${tipId}`,
  );
  if (!row) return null;
  const members = await queryRows<TipRow>(
    db,
    sql`select ${TIP_COLUMNS} from tips t left join entries e on e.id = t.entry_id
        where t.group_id = ${row.group_key} and t.id <> ${row.id} order by t.created_at desc, t.id desc`,
  );
  return {
    ...toItem(row),
    contactDeletedAt: row.contact_deleted_at ? new Date(row.contact_deleted_at) : null,
    handledByName: row.handled_by_name,
    updatedAt: new Date(row.updated_at),
    entryClaim: row.entry_claim,
    convertedEntry:
      row.converted_entry_id !== null && row.converted_slug && row.converted_locale
        ? { id: row.converted_entry_id, locale: row.converted_locale, slug: row.converted_slug, state: row.converted_state ?? "draft" }
        : null,
    groupMembers: members.map(toItem),
  };
}

/** Error reports on one entry: open ones first, then newest first. */
export async function listEntryErrorReports(actor: Actor, entryId: number): Promise<TipListItem[]> {
  assertCan(actor, "tips.view");
  const db = await getDb();
  const rows = await queryRows<TipRow>(
    db,
    sql`select ${TIP_COLUMNS} from tips t left join entries e on e.id = t.entry_id
        where t.kind = 'error' and t.entry_id = ${entryId}
        order by (t.status in ('new', 'in_progress')) desc, t.created_at desc, t.id desc
        limit 100`,
  );
  return rows.map(toItem);
}

export interface TipDayCount {
  /** Calendar day in the newsroom's time zone, YYYY-MM-DD. */
  day: string;
  rumors: number;
  errors: number;
}

export interface TipDailyCounts {
  days: TipDayCount[];
  /** Tips waiting for a first look. */
  newCount: number;
  /** New or in progress. */
  openCount: number;
}

/** Tips received per day over the last `days` days (today included), in the newsroom's time zone. */
export async function getTipDailyCounts(actor: Actor, options: { days?: number; now?: Date } = {}): Promise<TipDailyCounts> {
  assertCan(actor, "tips.view");
  const days = Math.min(Math.max(options.days ?? 14, 1), 366);
  const now = (options.now ?? new Date()).toISOString();
  const zone = siteTimeZone();
  const db = await getDb();
  const [perDay, [totals]] = await Promise.all([
    queryRows<{ day: string; rumors: number; errors: number }>(
      db,
      sql`with bounds as (select (${now}::timestamptz at time zone ${zone})::date as today),
           series as (select generate_series((today - ${days - 1}::int)::timestamp, today::timestamp, interval '1 day')::date as day from bounds),
           counted as (
             select (created_at at time zone ${zone})::date as day,
                    count(*) filter (where kind = 'rumor')::int as rumors,
                    count(*) filter (where kind = 'error')::int as errors
             from tips
             where created_at > ${now}::timestamptz - make_interval(days => ${days + 1}::int)
             group by 1)
         select to_char(s.day, 'YYYY-MM-DD') as day, coalesce(c.rumors, 0)::int as rumors, coalesce(c.errors, 0)::int as errors
         from series s left join counted c on c.day = s.day
         order by s.day`,
    ),
    queryRows<{ new_count: number; open_count: number }>(
      db,
      sql`select count(*) filter (where status = 'new')::int as new_count,
                 count(*) filter (where status in ('new', 'in_progress'))::int as open_count
          from tips`,
    ),
  ]);
  return {
    days: perDay.map((d) => ({ day: d.day, rumors: Number(d.rumors), errors: Number(d.errors) })),
    newCount: Number(totals?.new_count ?? 0),
    openCount: Number(totals?.open_count ?? 0),
  };
}

/** The id of the tip with this public reference, for "merge into the group of T-…". */
export async function findTipIdByReference(actor: Actor, reference: string): Promise<number | null> {
  assertCan(actor, "tips.view");
  const db = await getDb();
  const [row] = await queryRows<{ id: number }>(db, sql`select id from tips where reference = ${reference}`);
  return row ? row.id : null;
}

/** Look-alike tips outside this tip's group, offered to the editor for a manual merge. */
export async function listSimilarTips(actor: Actor, tipId: number): Promise<SimilarTip[]> {
  assertCan(actor, "tips.view");
  return findSimilarTips(await getDb(), tipId);
}
