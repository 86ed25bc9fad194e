/**
 * Hostile input on every server action's domain function (the functions the
 * actions of app/**\/actions.ts call with what they read from the form), against
 * a real PostgreSQL database: the workflow commands, the topic commands, account
 * management, password links and password changes, the public tip form and tip
 * triage. Inputs are fast-check values: arbitrary JSON-ish values, and valid
 * inputs with one field replaced by something hostile (wrong type, huge, control
 * characters, NUL, lone surrogates, out-of-range numbers, prototype keys).
 *
 * Every call returns a result — never throws — and a refused input leaves the
 * database exactly as it was (row count and checksum of every table compared
 * before and after). Mutated inputs may happen to be valid: those may change the
 * database, but must still not throw.
 */
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { changeOwnPassword } from "@/lib/auth/passwords";
import type { Actor } from "@/lib/auth/permissions";
import { issueFormToken } from "@/lib/tips/form-token";
import { submitTip, FORM_TOKEN_FIELD } from "@/lib/tips/submit";
import { dismissTip, mergeTipIntoGroup } from "@/lib/tips/triage";
import { createTopic, renameTopic } from "@/lib/topics/commands";
import { changeUserRole, createUser, endAllSessionsOf, endSession, resetUserPassword, resetUserTwoFactor, setUserDisabled } from "@/lib/users/manage";
import { redeemPasswordLink } from "@/lib/users/password-links";
import * as workflow from "@/lib/workflow/commands";
import { closeDb, seedDemoDatabase } from "./support/database";
import { PgCluster } from "./support/pg-cluster";
import { approvedEntry, as, entryFields, loadNewsroom, publishedEntry, type Newsroom } from "./support/workflow";

const RUNS = Math.min(Number(process.env.RESILIENCE_FUZZ_RUNS || 60), 40);

let cluster: PgCluster;
let db: Db;
let team: Newsroom;
let ids: { draft: number; draftRevision: number; approved: number; approvedRevision: number; live: number; liveRevision: number; topic: number; tip: number };

/** Every table of the public schema: row count and an order-independent checksum of its rows. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const union = tables.map(({ name }) => `select '${name}' as t, count(*)::text || ':' || md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as h from "${name}" x`).join(" union all ");
  const rows = await queryRows<{ t: string; h: string }>(db, sql.raw(union));
  return Object.fromEntries(rows.map((row) => [row.t, row.h]));
}

/* ------------------------------ generators ------------------------------ */

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\uDFFF\uD800",
    "\u202Eevil",
    "x".repeat(100_000),
    "é".repeat(3_000),
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "<script>alert(1)</script>",
    "'; drop table entries; --",
    "%00",
    "__proto__",
    "NaN",
    "-1",
    "0",
    "1e309",
    "9007199254740993",
    "2147483648",
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, Number.MAX_VALUE, -0, Number.NaN, Number.POSITIVE_INFINITY, 1.5),
  fc.bigInt().map(String),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [null], { toString: "x" }, Object.create(null)) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }) },
);

/** A valid input with one key replaced, removed, or a stray key added; or any value at all. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(base);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...base, [key]: value })) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("__proto__", "constructor", "id", "state", "role"), hostileValue).map(([key, value]) => ({ ...base, [key]: value })) },
    { weight: 2, arbitrary: hostileValue },
  );
}

/** Entry form fields with hostile values in one field, or in the sources list. */
function mutatedEntryFields(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: mutated(base) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof(fc.record({ url: fc.oneof(hostileString, hostileValue), title: fc.oneof(hostileString, hostileValue), publisher: hostileValue }), hostileValue), { maxLength: 60 })
        .map((sources) => ({ ...base, sources })),
    },
    { weight: 1, arbitrary: fc.array(hostileValue, { maxLength: 300 }).map((topicIds) => ({ ...base, topicIds })) },
  );
}

/* -------------------------------- cases -------------------------------- */

interface Case {
  name: string;
  input: fc.Arbitrary<unknown>;
  call: (input: unknown) => Promise<{ ok: boolean }>;
  /** Tables a refusal is meant to write to (a wrong current password counts as a failed sign-in, audited). */
  refusalWrites?: string[];
}

function cases(): Case[] {
  const editor = as(team.editor);
  const entryBase = entryFields() as unknown as Record<string, unknown>;
  const w = (name: keyof typeof workflow, base: Record<string, unknown>, ctx = editor, input?: fc.Arbitrary<unknown>): Case => ({
    name: `workflow.${name}`,
    input: input ?? mutated(base),
    call: (value) => (workflow[name] as (db: Db, ctx: workflow.CommandContext, input: unknown) => Promise<{ ok: boolean }>)(db, ctx, value),
  });
  const admin: Actor = team.admin;
  const client = { ip: "198.51.100.90", userAgent: "resilience" };
  const tipSecret = process.env.AUTH_SECRET ?? "resilience-tips-secret";
  const later = new Date(Date.now() + 5 * 60_000);
  return [
    w("createEntry", entryBase, as(team.contributor), mutatedEntryFields(entryBase)),
    w("saveRevision", {}, editor, mutated({ entryId: ids.draft, version: 1, fields: entryBase }).chain((value) =>
      fc.oneof(fc.constant(value), mutatedEntryFields(entryBase).map((fields) => ({ entryId: ids.draft, version: 1, fields }))),
    )),
    w("submitForReview", { entryId: ids.draft, revisionId: ids.draftRevision }),
    w("requestChanges", { entryId: ids.approved, revisionId: ids.approvedRevision, comment: "Please check." }),
    w("approveRevision", { entryId: ids.approved, revisionId: ids.approvedRevision, comment: "Good." }),
    w("addComment", { entryId: ids.live, revisionId: ids.liveRevision, body: "A comment." }),
    w("publishNow", { entryId: ids.approved, revisionId: ids.approvedRevision }),
    w("schedulePublication", { entryId: ids.approved, revisionId: ids.approvedRevision, publishAt: later.toISOString() }),
    w("cancelSchedule", { entryId: ids.approved }),
    w("unpublishEntry", { entryId: ids.live, reason: "Withdrawn." }),
    w("republishEntry", { entryId: ids.live }),
    w("confirmTranslation", { entryId: ids.live }),
    { name: "topics.createTopic", input: mutated({ nameFr: "Sujet", nameEn: "Topic", slug: "" }), call: (input) => createTopic(db, { actor: admin, client }, input) },
    { name: "topics.renameTopic", input: mutated({ topicId: ids.topic, nameFr: "Santé", nameEn: "Health" }), call: (input) => renameTopic(db, { actor: admin, client }, input) },
    {
      name: "users.createUser",
      input: mutated({ email: "new.person@factdesk.example", name: "New Person", role: "contributor", credential: "link" }),
      call: (input) => createUser(db, admin, input, client),
    },
    {
      name: "users.changeUserRole",
      input: mutated({ userId: team.contributor.id, role: "editor" }),
      call: (input) => changeUserRole(db, admin, asObject(input) as { userId: unknown; role: unknown }, client),
    },
    {
      name: "users.setUserDisabled",
      input: fc.record({ userId: hostileValue, disabled: fc.boolean() }),
      call: (input) => setUserDisabled(db, admin, input as { userId: unknown; disabled: boolean }, client),
    },
    {
      name: "users.resetUserPassword",
      input: mutated({ userId: team.contributor.id, credential: "link" }),
      call: (input) => resetUserPassword(db, admin, asObject(input) as { userId: unknown; credential: unknown }, client),
    },
    { name: "users.resetUserTwoFactor", input: fc.record({ userId: hostileValue }), call: (input) => resetUserTwoFactor(db, admin, input as { userId: unknown }, client) },
    { name: "users.endAllSessionsOf", input: fc.record({ userId: hostileValue }), call: (input) => endAllSessionsOf(db, admin, input as { userId: unknown }, client) },
    {
      name: "users.endSession",
      input: mutated({ userId: team.editor.id, handle: "abcdefabcdef" }),
      call: (input) => endSession(db, admin, asObject(input) as { userId: unknown; handle: unknown }, client),
    },
    {
      name: "account.changeOwnPassword",
      refusalWrites: ["login_attempts", "audit_log"],
      input: fc.record({ currentPassword: hostileString, newPassword: hostileString, confirm: fc.boolean() }),
      call: (input) => {
        const { currentPassword, newPassword, confirm } = input as { currentPassword: string; newPassword: string; confirm: boolean };
        return changeOwnPassword(db, { userId: team.editor.id, sessionId: "no-such-session", currentPassword, newPassword, confirmPassword: confirm ? newPassword : newPassword + "x", client });
      },
    },
    {
      name: "account.redeemPasswordLink",
      input: fc.record({ token: fc.oneof(hostileString, fc.stringMatching(/^[A-Za-z0-9_-]{20,100}$/)), password: hostileString }),
      call: (input) => {
        const { token, password } = input as { token: string; password: string };
        return redeemPasswordLink(db, { token, password, confirmPassword: password, client });
      },
    },
    {
      name: "tips.submitTip (signed form, hostile fields)",
      input: mutated({ entry: "", claim: "A rumor I saw", seenUrl: "https://example.org/post", seenDescription: "", email: "" }),
      call: async (input) => {
        const form = { ...asObject(input), [FORM_TOKEN_FIELD]: issueFormToken(tipSecret, new Date(Date.now() - 60_000)) };
        return submitTip(db, form, { locale: "en", ip: `198.51.100.${Math.floor(Math.random() * 250)}`, secret: tipSecret });
      },
    },
    {
      name: "tips.dismissTip (reason)",
      input: fc.oneof(hostileValue, fc.constantFrom("", " ", "\u0000", "x".repeat(5_000))),
      call: (input) => dismissTip(db, team.editor, ids.tip, input, { client }),
    },
    {
      name: "tips.mergeTipIntoGroup (ids)",
      input: fc.tuple(fc.integer(), fc.integer()),
      call: (input) => {
        const [tipId, targetId] = input as [number, number];
        return mergeTipIntoGroup(db, team.editor, tipId, targetId, { client });
      },
    },
  ];
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : { value };
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `${v}n` : v));
    return (text ?? String(value)).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
}

/* -------------------------------- suite -------------------------------- */

beforeAll(async () => {
  cluster = await PgCluster.create("actions");
  db = await seedDemoDatabase(await cluster.createDatabase("factdesk_res_actions"));
  team = await loadNewsroom(db);
  const draft = workflow.createEntry(db, as(team.contributor), entryFields());
  const createdDraft = await draft;
  if (!createdDraft.ok) throw new Error("draft");
  const approved = await approvedEntry(db, team.contributor, team.editor);
  const live = await publishedEntry(db, team);
  const [topic] = await queryRows<{ id: number }>(db, sql`select id from topics order by id limit 1`);
  const tipSecret = process.env.AUTH_SECRET ?? "resilience-tips-secret";
  const tip = await submitTip(
    db,
    { entry: "", claim: "A rumor to triage", seenUrl: "https://example.org/rumor", seenDescription: "", email: "", [FORM_TOKEN_FIELD]: issueFormToken(tipSecret, new Date(Date.now() - 60_000)) },
    { locale: "en", ip: "198.51.100.200", secret: tipSecret },
  );
  if (!tip.ok || tip.tipId === null) throw new Error(`tip: ${JSON.stringify(tip)}`);
  ids = {
    draft: createdDraft.entryId,
    draftRevision: createdDraft.revisionId,
    approved: approved.entryId,
    approvedRevision: approved.revisionId,
    live: live.entryId,
    liveRevision: live.revisionId,
    topic: Number(topic.id),
    tip: tip.tipId,
  };
}, 120_000);

afterAll(async () => {
  await closeDb();
  await cluster?.destroy();
});

describe("every server action's domain function refuses hostile input cleanly", () => {
  it("all cases", async () => {
    const summary: string[] = [];
    for (const testCase of cases()) {
      let refused = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(testCase.input, async (input) => {
          const before = await snapshot();
          let result: { ok: boolean };
          try {
            result = await testCase.call(input);
          } catch (error) {
            throw new Error(`${testCase.name} threw ${(error as Error)?.stack ?? error} for ${show(input)}`);
          }
          if (result.ok) {
            accepted++;
            return;
          }
          refused++;
          const after = await snapshot();
          const changed = Object.keys(after).filter((table) => after[table] !== before[table] && !testCase.refusalWrites?.includes(table));
          expect(changed, `${testCase.name} refused ${show(input)} (${show(result)}) but changed`).toEqual([]);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // Most generated inputs are invalid: the property is not vacuous.
      expect(refused, `${testCase.name}: refused ${refused}, accepted ${accepted}`).toBeGreaterThan(RUNS / 4);
      summary.push(`${testCase.name}: ${refused} refused, ${accepted} accepted`);
    }
    console.log(summary.join("\n"));
  }, 300_000);
});
