/**
 * Creates a dedicated PostgreSQL database, migrates it with the application's own
 * migrations (db/client), and bulk-loads the synthetic archive of ./corpus.ts with
 * COPY. The search documents are then computed by PostgreSQL with the very SQL the
 * application uses when it publishes (lib/entries/publication.ts), so search reads
 * the same tsvectors it would in production.
 */
import os from "node:os";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createScratchDatabase, dropScratchDatabase } from "@/scripts/lib/scratch-database";
import { searchVectorSql } from "@/lib/entries/publication";
import type { Locale } from "@/db/schema";
import { BENCH_LOCALES, BENCH_TOPICS, entryBody, entryHead, pairMeta, searchVocabulary, type EntryBody, type EntryHead, type PairMeta } from "./corpus";

export interface SeedResult {
  entries: number;
  database: string;
  url: string;
  seconds: number;
  phases: Record<string, number>;
  rows: Record<string, number>;
  averageBodyChars: number;
  databaseBytes: number;
}

export interface BenchTargets {
  /** `/{locale}/rumors/{slug}` of every live entry. */
  entryPaths: string[];
  topicSlugs: string[];
  vocabulary: Record<Locale, string[]>;
}

type Cell = string | number | boolean | Date | null;

/** One row in COPY's text format. */
export function copyLine(cells: readonly Cell[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === null) return "\\N";
        if (cell instanceof Date) return cell.toISOString();
        if (typeof cell === "boolean") return cell ? "t" : "f";
        if (typeof cell === "number") return String(cell);
        return cell.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
      })
      .join("\t") + "\n"
  );
}

/** Streams rows into `table` with COPY, in ~1 MB chunks, honouring back-pressure. */
async function copyRows(client: postgres.Sql, table: string, columns: readonly string[], rows: () => Iterable<readonly Cell[]>): Promise<number> {
  let count = 0;
  function* chunks() {
    let buffer = "";
    for (const row of rows()) {
      buffer += copyLine(row);
      count++;
      if (buffer.length >= 1 << 20) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  }
  const writable = await client.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(chunks()), writable);
  return count;
}

/** The URL of database `name` on the server of `baseUrl`. */
export function databaseUrlFor(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Entry ids: pair p is fr 2p+1 and en 2p+2 (the last pair is French only when N is odd). */
export function entryIds(total: number): { pairs: number; idOf: (pair: number, locale: Locale) => number; exists: (pair: number, locale: Locale) => boolean } {
  const pairs = Math.ceil(total / 2);
  return {
    pairs,
    idOf: (pair, locale) => pair * 2 + (locale === "fr" ? 1 : 2),
    exists: (pair, locale) => pair * 2 + (locale === "fr" ? 1 : 2) <= total,
  };
}

interface Generated {
  meta: PairMeta;
  locale: Locale;
  id: number;
  translationId: number | null;
}

function* everyEntry(total: number, now: Date): Generator<Generated> {
  const ids = entryIds(total);
  for (let pair = 0; pair < ids.pairs; pair++) {
    const meta = pairMeta(pair, now);
    for (const locale of BENCH_LOCALES) {
      if (!ids.exists(pair, locale)) continue;
      const other: Locale = locale === "fr" ? "en" : "fr";
      yield { meta, locale, id: ids.idOf(pair, locale), translationId: ids.exists(pair, other) ? ids.idOf(pair, other) : null };
    }
  }
}

/** Statements run side by side while seeding: the cores PostgreSQL may use, within the pool's 10 connections. */
export function seedParallelism(): number {
  return Math.max(2, Math.min(8, os.availableParallelism()));
}

/** Runs `tasks` with at most `limit` in flight. */
export async function runPool(tasks: readonly (() => Promise<unknown>)[], limit: number, onDone?: () => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task();
      onDone?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

function elapsed(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}

/**
 * Creates `name` beside `baseUrl`'s database, migrates it and loads `total`
 * published entries. `log` receives one line per phase.
 */
export async function seedDatabase(options: { baseUrl: string; name: string; total: number; now: Date; log: (line: string) => void }): Promise<SeedResult> {
  const { total, now, log } = options;
  const started = performance.now();
  const phases: Record<string, number> = {};
  const rows: Record<string, number> = {};

  let phase = performance.now();
  const url = await createScratchDatabase(options.baseUrl, "", options.name);
  // db/client migrates on first use: point it at the new database.
  const { closeDb, getDb, queryRows } = await import("@/db/client");
  await closeDb();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const db = await getDb();
  phases.createAndMigrate = elapsed(phase);
  log(`database ${options.name} created and migrated in ${phases.createAndMigrate}s`);

  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Two accounts: the author and the approver of every revision.
    const users = await queryRows<{ id: number }>(
      db,
      sql`insert into users (email, name, role) values ('bench-editor@factdesk.example', 'Bench Editor', 'editor'), ('bench-admin@factdesk.example', 'Bench Admin', 'admin') returning id`,
    );
    const [authorId, approverId] = users.map((u) => u.id);
    for (const topic of BENCH_TOPICS) {
      await db.execute(sql`insert into topics (slug, name_fr, name_en)
        values (${topic.slug}, ${topic.nameFr}, ${topic.nameEn})`);
    }
    const topicIds = await queryRows<{ id: number; slug: string }>(db, sql`select id, slug from topics order by id`);
    if (topicIds.some((t, i) => t.id !== i + 1)) throw new Error("topics were expected to get ids 1…n on a fresh database");

    // Revision ids: the first revision of entry e is e; a correction's revision is e + total.
    phase = performance.now();
    rows.entries = await copyRows(
      client,
      "entries",
      ["id", "locale", "slug", "state", "translation_id", "version", "published_verdict", "first_published_at", "last_published_at", "created_by", "created_at", "updated_at"],
      function* () {
        for (const g of everyEntry(total, now)) {
          const head = entryHead(g.meta, g.locale);
          yield [g.id, g.locale, head.slug, "published", g.translationId, g.meta.corrected ? 2 : 1, g.meta.verdict, g.meta.firstPublishedAt, g.meta.lastPublishedAt, authorId, g.meta.firstPublishedAt, g.meta.lastPublishedAt];
        }
      },
    );
    phases.entries = elapsed(phase);
    log(`${rows.entries.toLocaleString("en")} entries copied in ${phases.entries}s`);

    phase = performance.now();
    let bodyChars = 0;
    const revisionRow = (g: Generated, c: EntryHead, b: EntryBody, second: boolean): Cell[] => {
      const at = second ? g.meta.lastPublishedAt : g.meta.firstPublishedAt;
      return [
        second ? g.id + total : g.id,
        g.id,
        second ? 2 : 1,
        second ? g.id : null,
        c.claim,
        c.claimOriginText,
        c.claimOriginUrl,
        c.claimFirstSeen,
        second || !g.meta.corrected ? g.meta.verdict : g.meta.previousVerdict,
        c.summary,
        second || !g.meta.corrected ? b.body : b.originalBody,
        second,
        second ? c.correctionNote : null,
        authorId,
        authorId,
        at,
        approverId,
        at,
        at,
      ];
    };
    rows.revisions = await copyRows(
      client,
      "entry_revisions",
      ["id", "entry_id", "number", "base_revision_id", "claim", "claim_origin_text", "claim_origin_url", "claim_first_seen", "verdict", "summary", "body", "substantive", "correction_note", "author_id", "submitted_by", "submitted_at", "approved_by", "approved_at", "created_at"],
      function* () {
        for (const g of everyEntry(total, now)) {
          const head = entryHead(g.meta, g.locale);
          const body = entryBody(g.meta, head);
          bodyChars += body.body.length;
          yield revisionRow(g, head, body, false);
          if (g.meta.corrected) yield revisionRow(g, head, body, true);
        }
      },
    );
    phases.revisions = elapsed(phase);
    log(`${rows.revisions.toLocaleString("en")} revisions (Markdown bodies) copied in ${phases.revisions}s`);

    phase = performance.now();
    const revisionsOf = (g: Generated) => (g.meta.corrected ? [g.id, g.id + total] : [g.id]);
    rows.sources = await copyRows(client, "revision_sources", ["revision_id", "position", "url", "title", "publisher", "accessed_at"], function* () {
      for (const g of everyEntry(total, now)) {
        const head = entryHead(g.meta, g.locale);
        for (const revisionId of revisionsOf(g)) {
          for (const [position, source] of head.sources.entries()) yield [revisionId, position, source.url, source.title, source.publisher, source.accessedAt];
        }
      }
    });
    rows.topics = await copyRows(client, "revision_topics", ["revision_id", "topic_id"], function* () {
      for (const g of everyEntry(total, now)) for (const revisionId of revisionsOf(g)) for (const topicId of g.meta.topicIds) yield [revisionId, topicId];
    });
    rows.corrections = await copyRows(
      client,
      "corrections",
      ["entry_id", "revision_id", "locale", "note", "previous_verdict", "new_verdict", "created_by", "published_at"],
      function* () {
        for (const g of everyEntry(total, now)) {
          if (!g.meta.corrected) continue;
          yield [g.id, g.id + total, g.locale, entryHead(g.meta, g.locale).correctionNote, g.meta.previousVerdict, g.meta.verdict, approverId, g.meta.lastPublishedAt];
        }
      },
    );
    phases.sourcesTopicsCorrections = elapsed(phase);
    log(`${rows.sources.toLocaleString("en")} sources, ${rows.topics.toLocaleString("en")} topic links, ${rows.corrections.toLocaleString("en")} corrections copied in ${phases.sourcesTopicsCorrections}s`);

    // Publish: point each entry at its revision and compute its search document.
    // Text search parsing is the costliest step of the seed (about a millisecond of
    // CPU per entry), so id ranges run side by side on several connections.
    phase = performance.now();
    // Maintaining the GIN index row by row costs as much again as parsing the text;
    // building it once afterwards is several times cheaper. It is recreated from the
    // catalog's own definition, so it is exactly the migration's index.
    const ginIndexes = await queryRows<{ indexname: string; indexdef: string }>(
      db,
      sql`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'entries' and indexdef ilike '% using gin %'`,
    );
    for (const index of ginIndexes) await client.unsafe(`drop index "${index.indexname}"`);
    const chunk = 5_000;
    const tasks: (() => Promise<unknown>)[] = [];
    for (let from = 1; from <= total; from += chunk) {
      for (const locale of BENCH_LOCALES) {
        tasks.push(() =>
          db.execute(sql`update entries e
            set working_revision_id = r.id, published_revision_id = r.id,
                search_vector = ${searchVectorSql(locale, sql`r.claim`, sql`r.summary`, sql`r.body`)}
            from entry_revisions r
            where e.locale = ${locale} and e.id between ${from} and ${from + chunk - 1}
              and r.entry_id = e.id and r.number = e.version`),
        );
      }
    }
    let done = 0;
    let reported = 0;
    await runPool(tasks, seedParallelism(), () => {
      done++;
      const percent = Math.floor((done / tasks.length) * 10) * 10;
      if (total >= 20_000 && percent > reported && percent < 100) {
        reported = percent;
        log(`  search vectors ${percent} %`);
      }
    });
    phases.publishAndSearchVectors = elapsed(phase);
    log(`entries published, search vectors computed in ${phases.publishAndSearchVectors}s (${seedParallelism()} connections)`);

    phase = performance.now();
    await client.unsafe(`set maintenance_work_mem = '256MB'`);
    for (const index of ginIndexes) await client.unsafe(index.indexdef);
    phases.searchIndex = elapsed(phase);
    log(`search index (${ginIndexes.map((i) => i.indexname).join(", ")}) built in ${phases.searchIndex}s`);

    phase = performance.now();
    await client.unsafe(`select setval(pg_get_serial_sequence('entries', 'id'), (select max(id) from entries))`);
    await client.unsafe(`select setval(pg_get_serial_sequence('entry_revisions', 'id'), (select max(id) from entry_revisions))`);
    await client.unsafe(`select setval(pg_get_serial_sequence('topics', 'id'), (select max(id) from topics))`);
    // What autovacuum would have done on a live database: visibility map and planner statistics.
    await client.unsafe(`vacuum analyze entries, entry_revisions, revision_sources, revision_topics, corrections, topics, users`);
    phases.vacuumAnalyze = elapsed(phase);
    log(`vacuum analyze in ${phases.vacuumAnalyze}s`);

    const [{ bytes }] = await client<{ bytes: string }[]>`select pg_database_size(current_database())::text as bytes`;
    const seconds = elapsed(started);
    return {
      entries: total,
      database: options.name,
      url,
      seconds,
      phases,
      rows,
      averageBodyChars: rows.entries > 0 ? Math.round(bodyChars / rows.entries) : 0,
      databaseBytes: Number(bytes),
    };
  } finally {
    await client.end({ timeout: 5 });
    await closeDb();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}

/** The URLs the load generator picks from, read back from the seeded database. */
export async function loadTargets(url: string, total: number): Promise<BenchTargets> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const entries = await client<{ locale: string; slug: string }[]>`
      select locale, slug from entries where published_revision_id is not null and unpublished_at is null order by id`;
    const topics = await client<{ slug: string }[]>`select slug from topics order by id`;
    const pairs = entryIds(total).pairs;
    return {
      entryPaths: entries.map((e) => `/${e.locale}/rumors/${e.slug}`),
      topicSlugs: topics.map((t) => t.slug),
      vocabulary: { fr: searchVocabulary("fr", pairs), en: searchVocabulary("en", pairs) },
    };
  } finally {
    await client.end({ timeout: 5 });
  }
}

export { dropScratchDatabase };
