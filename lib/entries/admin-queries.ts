/**
 * Read side of the newsroom (admin): dashboard lists, the entry list with its
 * filters, an entry as the editor shows it, revision history, review
 * comparisons, topics. Never cached: editors must see their own writes.
 */
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";
import { entries, entryRevisions, reviewComments, topics, users, type EntryState, type Locale, type Verdict } from "@/db/schema";
import { loadRevisionContents } from "@/lib/workflow/entry-store";
import { EMPTY_CONTENT, type RevisionContent } from "@/lib/workflow/revision-content";
import { visibilityOf, type Visibility, type WorkflowFacts } from "@/lib/workflow/state-machine";

export interface AdminEntryRow {
  id: number;
  locale: Locale;
  slug: string;
  state: EntryState;
  visibility: Visibility;
  claim: string;
  verdict: Verdict;
  revisionNumber: number;
  createdByName: string | null;
  revisionAuthorName: string | null;
  updatedAt: Date;
  lastPublishedAt: Date | null;
  translationOutdatedAt: Date | null;
  publishAt: Date | null;
}

type Row = {
  id: number;
  locale: Locale;
  slug: string;
  state: EntryState;
  published_revision_id: number | null;
  unpublished_at: string | Date | null;
  claim: string | null;
  verdict: Verdict | null;
  revision_number: number | null;
  created_by_name: string | null;
  revision_author_name: string | null;
  updated_at: string | Date;
  last_published_at: string | Date | null;
  translation_outdated_at: string | Date | null;
  publish_at: string | Date | null;
};

const date = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

function toRow(row: Row): AdminEntryRow {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    state: row.state,
    visibility: visibilityOf({ publishedRevisionId: row.published_revision_id, unpublishedAt: row.unpublished_at }),
    claim: row.claim ?? "",
    verdict: row.verdict ?? "unproven",
    revisionNumber: row.revision_number ?? 0,
    createdByName: row.created_by_name,
    revisionAuthorName: row.revision_author_name,
    updatedAt: new Date(row.updated_at),
    lastPublishedAt: date(row.last_published_at),
    translationOutdatedAt: date(row.translation_outdated_at),
    publishAt: date(row.publish_at),
  };
}

const SELECT_ROWS = sql`
  select e.id, e.locale, e.slug, e.state, e.published_revision_id, e.unpublished_at, e.updated_at, e.last_published_at,
         e.translation_outdated_at, r.claim, r.verdict, r.number as revision_number,
         cu.name as created_by_name, ru.name as revision_author_name,
         (select s.publish_at from scheduled_publications s where s.entry_id = e.id and s.status = 'pending' limit 1) as publish_at
  from entries e
  left join entry_revisions r on r.id = e.working_revision_id
  left join users cu on cu.id = e.created_by
  left join users ru on ru.id = r.author_id`;

async function rows(where: SQL, orderBy: SQL, limit: number, offset = 0): Promise<AdminEntryRow[]> {
  const db = await getDb();
  const result = await queryRows<Row>(db, sql`${SELECT_ROWS} where ${where} order by ${orderBy} limit ${limit} offset ${offset}`);
  return result.map(toRow);
}

/* ------------------------------ dashboard ------------------------------ */

export interface Dashboard {
  myDrafts: AdminEntryRow[];
  reviewQueue: AdminEntryRow[];
  scheduled: AdminEntryRow[];
  recentlyPublished: AdminEntryRow[];
  outdatedTranslations: AdminEntryRow[];
}

export async function getDashboard(userId: number): Promise<Dashboard> {
  const [myDrafts, reviewQueue, scheduled, recentlyPublished, outdatedTranslations] = await Promise.all([
    rows(sql`e.state = 'draft' and (e.created_by = ${userId} or r.author_id = ${userId})`, sql`e.updated_at desc, e.id desc`, 20),
    rows(sql`e.state = 'in_review'`, sql`r.submitted_at asc nulls last, e.id`, 30),
    rows(sql`e.state = 'scheduled'`, sql`publish_at asc nulls last, e.id`, 30),
    rows(sql`e.published_revision_id is not null and e.unpublished_at is null`, sql`e.last_published_at desc, e.id desc`, 10),
    rows(sql`e.translation_outdated_at is not null`, sql`e.translation_outdated_at asc, e.id`, 30),
  ]);
  return { myDrafts, reviewQueue, scheduled, recentlyPublished, outdatedTranslations };
}

/* ------------------------------ entry list ------------------------------ */

export interface EntryListFilters {
  state?: EntryState;
  verdict?: Verdict;
  topic?: string;
  locale?: Locale;
  author?: number;
  q?: string;
  page?: number;
}

export const ADMIN_PAGE_SIZE = 50;

/** Entries as editors work on them (working revision), newest change first. */
export async function listAdminEntries(filters: EntryListFilters): Promise<{ items: AdminEntryRow[]; hasMore: boolean }> {
  const where: SQL[] = [sql`true`];
  if (filters.state) where.push(sql`e.state = ${filters.state}`);
  if (filters.verdict) where.push(sql`r.verdict = ${filters.verdict}`);
  if (filters.locale) where.push(sql`e.locale = ${filters.locale}`);
  if (filters.author) where.push(sql`(e.created_by = ${filters.author} or r.author_id = ${filters.author})`);
  if (filters.topic) {
    where.push(sql`exists (select 1 from revision_topics rt join topics t on t.id = rt.topic_id where rt.revision_id = r.id and t.slug = ${filters.topic})`);
  }
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byId = /^\d{1,9}$/.test(q) ? sql` or e.id = ${Number(q)}` : sql``;
    where.push(sql`(r.claim ilike ${pattern} or r.summary ilike ${pattern} or e.slug ilike ${pattern}${byId})`);
  }
  const page = Math.max(1, Math.min(filters.page ?? 1, 10_000));
  const items = await rows(sql.join(where, sql` and `), sql`e.updated_at desc, e.id desc`, ADMIN_PAGE_SIZE + 1, (page - 1) * ADMIN_PAGE_SIZE);
  return { items: items.slice(0, ADMIN_PAGE_SIZE), hasMore: items.length > ADMIN_PAGE_SIZE };
}

export interface UserOption {
  id: number;
  name: string;
}

export async function listAuthors(): Promise<UserOption[]> {
  const db = await getDb();
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
}

/* ------------------------------ one entry ------------------------------ */

export interface EditorRevisionInfo {
  id: number;
  number: number;
  authorId: number | null;
  authorName: string | null;
  submittedBy: number | null;
  submittedByName: string | null;
  submittedAt: Date | null;
  approvedBy: number | null;
  approvedByName: string | null;
  approvedAt: Date | null;
  createdAt: Date;
}

export interface EditorEntry {
  id: number;
  locale: Locale;
  slug: string;
  state: EntryState;
  visibility: Visibility;
  version: number;
  createdBy: number | null;
  createdByName: string | null;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  unpublishedAt: Date | null;
  publishedRevisionId: number | null;
  publishedVerdict: Verdict | null;
  translation: { id: number; locale: Locale; slug: string; claim: string } | null;
  translationOutdatedAt: Date | null;
  pendingSchedule: { publishAt: Date; createdByName: string | null } | null;
  revision: EditorRevisionInfo;
  content: RevisionContent;
  facts: WorkflowFacts;
}

export async function getEditorEntry(entryId: number): Promise<EditorEntry | null> {
  const db = await getDb();
  const [row] = await queryRows<{
    id: number;
    locale: Locale;
    slug: string;
    state: EntryState;
    version: number;
    created_by: number | null;
    created_by_name: string | null;
    first_published_at: string | Date | null;
    last_published_at: string | Date | null;
    unpublished_at: string | Date | null;
    published_revision_id: number | null;
    published_verdict: Verdict | null;
    working_revision_id: number;
    translation_outdated_at: string | Date | null;
    tr_id: number | null;
    tr_locale: Locale | null;
    tr_slug: string | null;
    tr_claim: string | null;
    r_number: number;
    r_author_id: number | null;
    r_author_name: string | null;
    r_submitted_by: number | null;
    r_submitted_by_name: string | null;
    r_submitted_at: string | Date | null;
    r_approved_by: number | null;
    r_approved_by_name: string | null;
    r_approved_at: string | Date | null;
    r_created_at: string | Date;
    source_count: number;
    publish_at: string | Date | null;
    scheduled_by_name: string | null;
  }>(
    db,
    sql`select e.id, e.locale, e.slug, e.state, e.version, e.created_by, cu.name as created_by_name,
          e.first_published_at, e.last_published_at, e.unpublished_at, e.published_revision_id, e.published_verdict,
          e.working_revision_id, e.translation_outdated_at,
          tr.id as tr_id, tr.locale as tr_locale, tr.slug as tr_slug, trr.claim as tr_claim,
          r.number as r_number, r.author_id as r_author_id, au.name as r_author_name,
          r.submitted_by as r_submitted_by, su.name as r_submitted_by_name, r.submitted_at as r_submitted_at,
          r.approved_by as r_approved_by, apu.name as r_approved_by_name, r.approved_at as r_approved_at, r.created_at as r_created_at,
          (select count(*)::int from revision_sources s where s.revision_id = r.id) as source_count,
          sp.publish_at, spu.name as scheduled_by_name
        from entries e
        join entry_revisions r on r.id = e.working_revision_id
        left join users cu on cu.id = e.created_by
        left join users au on au.id = r.author_id
        left join users su on su.id = r.submitted_by
        left join users apu on apu.id = r.approved_by
        left join entries tr on tr.id = e.translation_id
        left join entry_revisions trr on trr.id = tr.working_revision_id
        left join scheduled_publications sp on sp.entry_id = e.id and sp.status = 'pending'
        left join users spu on spu.id = sp.created_by
        where e.id = ${entryId}`,
  );
  if (!row) return null;
  const content = (await loadRevisionContents(db, [row.working_revision_id])).get(row.working_revision_id) ?? EMPTY_CONTENT;
  const visibility = visibilityOf({ publishedRevisionId: row.published_revision_id, unpublishedAt: row.unpublished_at });
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    state: row.state,
    visibility,
    version: row.version,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    firstPublishedAt: date(row.first_published_at),
    lastPublishedAt: date(row.last_published_at),
    unpublishedAt: date(row.unpublished_at),
    publishedRevisionId: row.published_revision_id,
    publishedVerdict: row.published_verdict,
    translation: row.tr_id ? { id: row.tr_id, locale: row.tr_locale!, slug: row.tr_slug!, claim: row.tr_claim ?? "" } : null,
    translationOutdatedAt: date(row.translation_outdated_at),
    pendingSchedule: row.publish_at ? { publishAt: new Date(row.publish_at), createdByName: row.scheduled_by_name } : null,
    revision: {
      id: row.working_revision_id,
      number: row.r_number,
      authorId: row.r_author_id,
      authorName: row.r_author_name,
      submittedBy: row.r_submitted_by,
      submittedByName: row.r_submitted_by_name,
      submittedAt: date(row.r_submitted_at),
      approvedBy: row.r_approved_by,
      approvedByName: row.r_approved_by_name,
      approvedAt: date(row.r_approved_at),
      createdAt: new Date(row.r_created_at),
    },
    content,
    facts: {
      state: row.state,
      visibility,
      createdBy: row.created_by,
      revision: {
        authorId: row.r_author_id,
        submittedBy: row.r_submitted_by,
        approvedBy: row.r_approved_by,
        sourceCount: Number(row.source_count),
      },
    },
  };
}

/* ------------------------------ comments ------------------------------ */

export interface ReviewCommentView {
  id: number;
  kind: "comment" | "changes_requested" | "approved";
  body: string;
  authorName: string | null;
  revisionNumber: number | null;
  createdAt: Date;
}

export async function listComments(entryId: number): Promise<ReviewCommentView[]> {
  const db = await getDb();
  const result = await db
    .select({
      id: reviewComments.id,
      kind: reviewComments.kind,
      body: reviewComments.body,
      authorName: users.name,
      revisionNumber: entryRevisions.number,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .leftJoin(entryRevisions, eq(entryRevisions.id, reviewComments.revisionId))
    .where(eq(reviewComments.entryId, entryId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  return result.map((r) => ({ ...r, kind: r.kind as ReviewCommentView["kind"] }));
}

/* ------------------------------ revisions ------------------------------ */

export interface RevisionListItem {
  id: number;
  number: number;
  authorName: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  approvedByName: string | null;
  verdict: Verdict;
  substantive: boolean;
  correctionNote: string | null;
  isWorking: boolean;
  isPublished: boolean;
}

export async function listRevisions(entryId: number): Promise<RevisionListItem[]> {
  const db = await getDb();
  const [entry] = await db
    .select({ working: entries.workingRevisionId, published: entries.publishedRevisionId })
    .from(entries)
    .where(eq(entries.id, entryId));
  if (!entry) return [];
  const approver = sql<string | null>`(select name from users where id = ${entryRevisions.approvedBy})`;
  const result = await db
    .select({
      id: entryRevisions.id,
      number: entryRevisions.number,
      authorName: users.name,
      createdAt: entryRevisions.createdAt,
      submittedAt: entryRevisions.submittedAt,
      approvedByName: approver,
      verdict: entryRevisions.verdict,
      substantive: entryRevisions.substantive,
      correctionNote: entryRevisions.correctionNote,
    })
    .from(entryRevisions)
    .leftJoin(users, eq(users.id, entryRevisions.authorId))
    .where(eq(entryRevisions.entryId, entryId))
    .orderBy(sql`${entryRevisions.number} desc`);
  return result.map((r) => ({ ...r, isWorking: r.id === entry.working, isPublished: r.id === entry.published }));
}

export interface RevisionComparison {
  revision: { id: number; number: number; content: RevisionContent };
  /** What the revision is compared with; null: nothing before it. */
  base: { id: number; number: number; content: RevisionContent; kind: "published" | "previous" } | null;
}

/**
 * A revision beside the one it should be read against: the published revision
 * when the entry is live and this is an update (`against: "published"`), else
 * the revision before it.
 */
export async function compareRevision(
  entryId: number,
  revisionNumber: number | null,
  against: "published" | "previous",
): Promise<RevisionComparison | null> {
  const db = await getDb();
  const [entry] = await db
    .select({ working: entries.workingRevisionId, published: entries.publishedRevisionId })
    .from(entries)
    .where(eq(entries.id, entryId));
  if (!entry?.working) return null;
  const all = await db
    .select({ id: entryRevisions.id, number: entryRevisions.number })
    .from(entryRevisions)
    .where(eq(entryRevisions.entryId, entryId));
  const target = revisionNumber === null ? all.find((r) => r.id === entry.working) : all.find((r) => r.number === revisionNumber);
  if (!target) return null;
  let base: { id: number; number: number; kind: "published" | "previous" } | null = null;
  const published = all.find((r) => r.id === entry.published);
  if (against === "published" && published && published.id !== target.id) base = { ...published, kind: "published" };
  else {
    const previous = all.filter((r) => r.number < target.number).sort((a, b) => b.number - a.number)[0];
    if (previous) base = { ...previous, kind: "previous" };
  }
  const contents = await loadRevisionContents(db, base ? [target.id, base.id] : [target.id]);
  return {
    revision: { ...target, content: contents.get(target.id)! },
    base: base ? { ...base, content: contents.get(base.id)! } : null,
  };
}

/* ------------------------------ options ------------------------------ */

export interface TopicOption {
  id: number;
  slug: string;
  nameFr: string;
  nameEn: string;
}

export async function listTopicOptions(): Promise<TopicOption[]> {
  const db = await getDb();
  return db.select({ id: topics.id, slug: topics.slug, nameFr: topics.nameFr, nameEn: topics.nameEn }).from(topics).orderBy(asc(topics.nameEn));
}

export interface TopicWithUsage extends TopicOption {
  entryCount: number;
}

export async function listTopicsWithUsage(): Promise<TopicWithUsage[]> {
  const db = await getDb();
  const result = await queryRows<{ id: number; slug: string; name_fr: string; name_en: string; entry_count: number }>(
    db,
    sql`select t.id, t.slug, t.name_fr, t.name_en,
          (select count(*)::int from entries e join revision_topics rt on rt.revision_id = e.working_revision_id where rt.topic_id = t.id) as entry_count
        from topics t order by t.name_en`,
  );
  return result.map((r) => ({ id: r.id, slug: r.slug, nameFr: r.name_fr, nameEn: r.name_en, entryCount: Number(r.entry_count) }));
}

export interface TranslationOption {
  id: number;
  locale: Locale;
  claim: string;
}

/** Entries that can be linked as a translation of `entryId` (unlinked, newest first), per locale. */
export async function listTranslationOptions(entryId: number | null): Promise<TranslationOption[]> {
  const db = await getDb();
  const result = await queryRows<{ id: number; locale: Locale; claim: string }>(
    db,
    sql`(select e.id, e.locale, r.claim from entries e join entry_revisions r on r.id = e.working_revision_id
         where e.locale = 'fr' and (e.translation_id is null ${entryId ? sql`or e.translation_id = ${entryId}` : sql``})
           ${entryId ? sql`and e.id <> ${entryId}` : sql``}
         order by e.updated_at desc limit 150)
        union all
        (select e.id, e.locale, r.claim from entries e join entry_revisions r on r.id = e.working_revision_id
         where e.locale = 'en' and (e.translation_id is null ${entryId ? sql`or e.translation_id = ${entryId}` : sql``})
           ${entryId ? sql`and e.id <> ${entryId}` : sql``}
         order by e.updated_at desc limit 150)`,
  );
  return result;
}

/* ------------------------------ filters ------------------------------ */

const STATES = ["draft", "in_review", "approved", "scheduled", "published", "unpublished"] as const;
const VERDICTS = ["false", "misleading", "missing-context", "unproven", "true"] as const;

/** Query-string filters of the entry list; anything malformed is dropped rather than failing the page. */
export function parseEntryListFilters(params: Record<string, string | string[] | undefined>): EntryListFilters {
  const one = (name: string) => {
    const value = params[name];
    return ((Array.isArray(value) ? value[0] : value)?.slice(0, 200) ?? "").replace(/[\u0000-\u001f\u007f]/g, "");
  };
  const pick = <T extends string>(values: readonly T[], value: string): T | undefined => (values as readonly string[]).includes(value) ? (value as T) : undefined;
  const author = Number(one("author"));
  const page = Number(one("page"));
  return {
    state: pick(STATES, one("state")),
    verdict: pick(VERDICTS, one("verdict")),
    locale: pick(["fr", "en"] as const, one("locale")),
    topic: /^[a-z0-9-]{1,60}$/.test(one("topic")) ? one("topic") : undefined,
    author: Number.isSafeInteger(author) && author > 0 ? author : undefined,
    q: one("q").trim() || undefined,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}
