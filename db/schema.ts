import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

/* ------------------------------------------------------------------ */
/* Domain vocabularies: the single source for both SQL checks and TS. */
/* ------------------------------------------------------------------ */

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const VERDICTS = ["false", "misleading", "missing-context", "unproven", "true"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ROLES = ["contributor", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Workflow state of an entry's working revision. Whether readers can see the
 * entry is separate: `publishedRevisionId` set and `unpublishedAt` null.
 * A published entry being updated is e.g. `in_review` while still live.
 */
export const ENTRY_STATES = ["draft", "in_review", "approved", "scheduled", "published", "unpublished"] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const TIP_KINDS = ["rumor", "error"] as const;
export const TIP_STATUSES = ["new", "in_progress", "dismissed", "converted"] as const;

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/* ----------------------------- accounts ----------------------------- */

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<Role>().notNull(),
    passwordHash: text("password_hash"),
    /** Bumped on disable, role change and password reset: every older session dies. */
    sessionVersion: integer("session_version").notNull().default(1),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** Last accepted TOTP time step: a code is never accepted twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /** Set when an admin gave a one-time password: the user must choose their own before using the admin. */
    passwordMustChange: boolean("password_must_change").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", sql`${t.role} in (${inList(ROLES)})`),
  ],
);

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** Server-side sessions: the JWT only carries the id; this row decides. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    /** False until the second factor is given, for accounts with TOTP. */
    mfaPassed: boolean("mfa_passed").notNull().default(true),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.lastSeenAt)],
);

/** Single-use links to set a password (invitation or reset), valid 24 hours. */
export const passwordTokens = pgTable(
  "password_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose").notNull().default("reset"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [check("password_tokens_purpose_check", sql`${t.purpose} in ('invite', 'reset')`)],
);

/** Sign-in attempts, kept in the database so throttling holds across restarts and servers. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("login_attempts_email_idx").on(t.email, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

/** Generic fixed-window counters for public forms (tips), shared by all servers. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rate_limit_hits_idx").on(t.bucket, t.key, t.createdAt)],
);

/* ----------------------------- content ------------------------------ */

export const topics = pgTable(
  "topics",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    nameFr: text("name_fr").notNull(),
    nameEn: text("name_en").notNull(),
    createdAt: createdAt(),
  },
  (t) => [check("topics_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

export const entries = pgTable(
  "entries",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    locale: text("locale").$type<Locale>().notNull(),
    slug: text("slug").notNull(),
    state: text("state").$type<EntryState>().notNull().default("draft"),
    /** Symmetric link to the same entry in the other locale. */
    translationId: integer("translation_id").references((): AnyPgColumn => entries.id, { onDelete: "set null" }),
    /** Set when the translation changed in substance and this one was not brought in line yet. */
    translationOutdatedAt: timestamp("translation_outdated_at", { withTimezone: true }),
    /** Latest revision (what editors work on). */
    workingRevisionId: integer("working_revision_id").references((): AnyPgColumn => entryRevisions.id),
    /** What readers see; stays while an update is reviewed. */
    publishedRevisionId: integer("published_revision_id").references((): AnyPgColumn => entryRevisions.id),
    /** Incremented on every save: a save carrying an older version is a conflict. */
    version: integer("version").notNull().default(0),
    /** Denormalised from the published revision for list filters. */
    publishedVerdict: text("published_verdict").$type<Verdict>(),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    lastPublishedAt: timestamp("last_published_at", { withTimezone: true }),
    unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
    /** Search document of the published revision, in the locale's accent-insensitive configuration. */
    searchVector: tsvector("search_vector"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("entries_locale_slug_key").on(t.locale, t.slug),
    uniqueIndex("entries_translation_key").on(t.translationId),
    check("entries_locale_check", sql`${t.locale} in (${inList(LOCALES)})`),
    check("entries_state_check", sql`${t.state} in (${inList(ENTRY_STATES)})`),
    check("entries_verdict_check", sql`${t.publishedVerdict} is null or ${t.publishedVerdict} in (${inList(VERDICTS)})`),
    check("entries_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    // Public lists: live entries of a locale, newest first (keyset on first_published_at, id).
    index("entries_public_list_idx")
      .on(t.locale, t.firstPublishedAt.desc(), t.id.desc())
      .where(sql`${t.publishedRevisionId} is not null and ${t.unpublishedAt} is null`),
    index("entries_public_verdict_idx")
      .on(t.locale, t.publishedVerdict, t.firstPublishedAt.desc(), t.id.desc())
      .where(sql`${t.publishedRevisionId} is not null and ${t.unpublishedAt} is null`),
    index("entries_public_updated_idx")
      .on(t.locale, t.lastPublishedAt.desc(), t.id.desc())
      .where(sql`${t.publishedRevisionId} is not null and ${t.unpublishedAt} is null`),
    index("entries_admin_state_idx").on(t.state, t.updatedAt.desc()),
    index("entries_created_by_idx").on(t.createdBy, t.updatedAt.desc()),
    index("entries_search_idx").using("gin", t.searchVector),
  ],
);

/** Immutable: one row per save. */
export const entryRevisions = pgTable(
  "entry_revisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entryId: integer("entry_id")
      .notNull()
      .references((): AnyPgColumn => entries.id, { onDelete: "cascade" }),
    /** 1, 2, 3… within the entry. */
    number: integer("number").notNull(),
    /** The revision this one was edited from (null for the first). */
    baseRevisionId: integer("base_revision_id").references((): AnyPgColumn => entryRevisions.id),
    claim: text("claim").notNull(),
    claimOriginText: text("claim_origin_text"),
    claimOriginUrl: text("claim_origin_url"),
    claimFirstSeen: date("claim_first_seen", { mode: "string" }),
    verdict: text("verdict").$type<Verdict>().notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull().default(""),
    /** Editor's flag: this update changes the answer in substance (needs a correction note). */
    substantive: boolean("substantive").notNull().default(false),
    /** Public correction note to publish with this revision, if any. */
    correctionNote: text("correction_note"),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    submittedBy: integer("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    approvedBy: integer("approved_by").references(() => users.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("entry_revisions_entry_number_key").on(t.entryId, t.number),
    check("entry_revisions_verdict_check", sql`${t.verdict} in (${inList(VERDICTS)})`),
    check("entry_revisions_claim_length", sql`char_length(${t.claim}) between 1 and 500`),
    check("entry_revisions_summary_length", sql`char_length(${t.summary}) <= 400`),
  ],
);

export const revisionSources = pgTable(
  "revision_sources",
  {
    revisionId: integer("revision_id")
      .notNull()
      .references(() => entryRevisions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    accessedAt: date("accessed_at", { mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.position] })],
);

export const revisionTopics = pgTable(
  "revision_topics",
  {
    revisionId: integer("revision_id")
      .notNull()
      .references(() => entryRevisions.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.topicId] }), index("revision_topics_topic_idx").on(t.topicId, t.revisionId)],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    revisionId: integer("revision_id").references(() => entryRevisions.id, { onDelete: "set null" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    /** comment | changes_requested | approved */
    kind: text("kind").notNull().default("comment"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("review_comments_entry_idx").on(t.entryId, t.createdAt),
    check("review_comments_kind_check", sql`${t.kind} in ('comment', 'changes_requested', 'approved')`),
  ],
);

/** Public corrections: written when a revision with a correction note is published. */
export const corrections = pgTable(
  "corrections",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => entryRevisions.id, { onDelete: "cascade" }),
    locale: text("locale").$type<Locale>().notNull(),
    note: text("note").notNull(),
    previousVerdict: text("previous_verdict").$type<Verdict>(),
    newVerdict: text("new_verdict").$type<Verdict>().notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("corrections_locale_idx").on(t.locale, t.publishedAt.desc(), t.id.desc()),
    index("corrections_entry_idx").on(t.entryId, t.publishedAt),
  ],
);

/** Pending and done scheduled publications; due rows are claimed FOR UPDATE SKIP LOCKED. */
export const scheduledPublications = pgTable(
  "scheduled_publications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => entries.id, { onDelete: "cascade" }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => entryRevisions.id, { onDelete: "cascade" }),
    publishAt: timestamp("publish_at", { withTimezone: true }).notNull(),
    /** pending | done | cancelled | failed */
    status: text("status").notNull().default("pending"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    error: text("error"),
  },
  (t) => [
    index("scheduled_publications_due_idx").on(t.publishAt).where(sql`${t.status} = 'pending'`),
    uniqueIndex("scheduled_publications_one_pending_key").on(t.entryId).where(sql`${t.status} = 'pending'`),
    check("scheduled_publications_status_check", sql`${t.status} in ('pending', 'done', 'cancelled', 'failed')`),
  ],
);

/* ------------------------------- tips ------------------------------- */

export const tips = pgTable(
  "tips",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Public reference given to the submitter, e.g. T-7K3Q9P. */
    reference: text("reference").notNull().unique(),
    kind: text("kind").notNull(),
    locale: text("locale").$type<Locale>().notNull(),
    /** For error reports: the entry concerned. */
    entryId: integer("entry_id").references(() => entries.id, { onDelete: "set null" }),
    claim: text("claim").notNull(),
    seenUrl: text("seen_url"),
    seenDescription: text("seen_description"),
    contactEmail: text("contact_email"),
    contactDeletedAt: timestamp("contact_deleted_at", { withTimezone: true }),
    status: text("status").notNull().default("new"),
    /** Tips grouped as duplicates share the id of the group's first tip. */
    groupId: integer("group_id").references((): AnyPgColumn => tips.id, { onDelete: "set null" }),
    dismissReason: text("dismiss_reason"),
    convertedEntryId: integer("converted_entry_id").references(() => entries.id, { onDelete: "set null" }),
    handledBy: integer("handled_by").references(() => users.id, { onDelete: "set null" }),
    ipHash: text("ip_hash"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tips_status_idx").on(t.status, t.createdAt.desc()),
    index("tips_entry_idx").on(t.entryId),
    index("tips_seen_url_idx").on(t.seenUrl),
    index("tips_claim_trgm_idx").using("gin", sql`${t.claim} gin_trgm_ops`),
    index("tips_contact_retention_idx").on(t.createdAt).where(sql`${t.contactEmail} is not null`),
    check("tips_kind_check", sql`${t.kind} in (${inList(TIP_KINDS)})`),
    check("tips_status_check", sql`${t.status} in (${inList(TIP_STATUSES)})`),
    check("tips_locale_check", sql`${t.locale} in (${inList(LOCALES)})`),
  ],
);

/* ----------------------------- audit log ---------------------------- */

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. auth.sign_in, auth.sign_in_failed, user.role_changed, entry.published */
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc(), t.id.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.at.desc()),
    index("audit_log_action_idx").on(t.action, t.at.desc()),
    index("audit_log_target_idx").on(t.targetType, t.targetId, t.at.desc()),
  ],
);

/** Site-wide settings editable by admins (e.g. whether editors and admins must use two-factor sign-in). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
