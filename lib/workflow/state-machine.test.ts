import { describe, expect, it } from "vitest";
import type { EntryState } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import {
  availableEvents,
  nextSnapshot,
  planTransition,
  WORKFLOW_EVENTS,
  type Visibility,
  type WorkflowEvent,
  type WorkflowFacts,
} from "./state-machine";

/* ------------------------------------------------------------------------
 * The expected workflow, written out independently of the implementation.
 * Each row: event, from state, from visibility ("*" = any consistent one),
 * → state after. Every (event, snapshot) pair NOT listed must be refused as
 * invalid_state, for every role.
 * ---------------------------------------------------------------------- */
type VisibilityPattern = Visibility | "*";
const TRANSITIONS: [WorkflowEvent, EntryState, VisibilityPattern, EntryState, Visibility | "same"][] = [
  ["edit", "draft", "*", "draft", "same"],
  ["edit", "in_review", "*", "draft", "same"],
  ["edit", "approved", "*", "draft", "same"],
  ["edit", "published", "live", "draft", "same"],
  ["edit", "unpublished", "withdrawn", "draft", "same"],
  ["submit", "draft", "*", "in_review", "same"],
  ["request_changes", "in_review", "*", "draft", "same"],
  ["request_changes", "approved", "*", "draft", "same"],
  ["approve", "in_review", "*", "approved", "same"],
  ["publish", "approved", "*", "published", "live"],
  ["publish", "scheduled", "*", "published", "live"],
  ["schedule", "approved", "*", "scheduled", "same"],
  ["cancel_schedule", "scheduled", "*", "approved", "same"],
  ["unpublish", "draft", "live", "draft", "withdrawn"],
  ["unpublish", "in_review", "live", "in_review", "withdrawn"],
  ["unpublish", "approved", "live", "approved", "withdrawn"],
  ["unpublish", "scheduled", "live", "approved", "withdrawn"],
  ["unpublish", "published", "live", "unpublished", "withdrawn"],
  ["republish", "draft", "withdrawn", "draft", "live"],
  ["republish", "in_review", "withdrawn", "in_review", "live"],
  ["republish", "approved", "withdrawn", "approved", "live"],
  ["republish", "scheduled", "withdrawn", "scheduled", "live"],
  ["republish", "unpublished", "withdrawn", "published", "live"],
];

/** The snapshots an entry can be in: `published` is always live, `unpublished` always withdrawn. */
const SNAPSHOTS: { state: EntryState; visibility: Visibility }[] = [
  ...(["draft", "in_review", "approved", "scheduled"] as const).flatMap((state) =>
    (["never_published", "live", "withdrawn"] as const).map((visibility) => ({ state, visibility })),
  ),
  { state: "published", visibility: "live" },
  { state: "unpublished", visibility: "withdrawn" },
];

const OWNER = 10;
const actors = {
  /** Created the entry and wrote its working revision. */
  contributorOwner: { id: OWNER, role: "contributor" },
  contributorOther: { id: 11, role: "contributor" },
  editor: { id: 20, role: "editor" },
  admin: { id: 30, role: "admin" },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

/** Who may attempt each event when the state allows it (before the two-person rule and publishing guards). */
function expectedPermission(actor: ActorName, event: WorkflowEvent, state: EntryState): "ok" | "role" | "not_owner" | "not_a_draft" {
  if (actor === "editor" || actor === "admin") return "ok";
  if (event === "edit" || event === "submit") {
    if (actor === "contributorOther") return "not_owner";
    return state === "draft" ? "ok" : "not_a_draft";
  }
  return "role";
}

function facts(snapshot: { state: EntryState; visibility: Visibility }, overrides: Partial<WorkflowFacts["revision"]> = {}): WorkflowFacts {
  return {
    ...snapshot,
    createdBy: OWNER,
    // Written and submitted by the owner, approved by a second editor (99), one source.
    revision: { authorId: OWNER, submittedBy: OWNER, approvedBy: 99, sourceCount: 1, ...overrides },
  };
}

function expectedTransition(event: WorkflowEvent, state: EntryState, visibility: Visibility) {
  const row = TRANSITIONS.find(([e, from, vis]) => e === event && from === state && (vis === "*" || vis === visibility));
  return row ? { state: row[3], visibility: row[4] === "same" ? visibility : row[4] } : null;
}

describe("the workflow state machine, every event × every state × every role", () => {
  const cases = WORKFLOW_EVENTS.flatMap((event) =>
    SNAPSHOTS.flatMap((snapshot) => (Object.keys(actors) as ActorName[]).map((actor) => ({ event, ...snapshot, actor }))),
  );

  it("covers the whole matrix", () => {
    expect(cases).toHaveLength(WORKFLOW_EVENTS.length * SNAPSHOTS.length * 4);
  });

  it.each(cases)("$event from $state ($visibility) by $actor", ({ event, state, visibility, actor }) => {
    const decision = planTransition(actors[actor], event, facts({ state, visibility }));
    const expected = expectedTransition(event, state, visibility);
    if (!expected) {
      expect(decision).toMatchObject({ allowed: false, reason: "invalid_state" });
      return;
    }
    const permission = expectedPermission(actor, event, state);
    if (permission !== "ok") {
      expect(decision).toMatchObject({ allowed: false, reason: permission });
      return;
    }
    expect(decision).toEqual({ allowed: true, to: expected });
  });

  it("every listed transition exists in the machine", () => {
    for (const [event, from, vis, to] of TRANSITIONS) {
      const visibility = vis === "*" ? "never_published" : vis;
      expect(nextSnapshot({ state: from, visibility }, event)?.state, `${event} from ${from}`).toBe(to);
    }
  });
});

describe("the two-person rule", () => {
  const inReview = { state: "in_review" as const, visibility: "never_published" as const };

  it("refuses approval by the revision's author, even an editor or admin", () => {
    expect(planTransition({ id: 21, role: "editor" }, "approve", facts(inReview, { authorId: 21, submittedBy: OWNER }))).toMatchObject({
      allowed: false,
      reason: "own_revision",
    });
    expect(planTransition({ id: 31, role: "admin" }, "approve", facts(inReview, { authorId: 31, submittedBy: 31 }))).toMatchObject({
      allowed: false,
      reason: "own_revision",
    });
  });

  it("refuses approval by the revision's submitter", () => {
    expect(planTransition({ id: 22, role: "editor" }, "approve", facts(inReview, { authorId: OWNER, submittedBy: 22 }))).toMatchObject({
      allowed: false,
      reason: "own_revision",
    });
  });

  it("lets any other editor approve", () => {
    expect(planTransition({ id: 23, role: "editor" }, "approve", facts(inReview, { authorId: 21, submittedBy: 22 }))).toEqual({
      allowed: true,
      to: { state: "approved", visibility: "never_published" },
    });
  });

  it("is checked again when publishing: an approval by the author or submitter does not count", () => {
    const approved = { state: "approved" as const, visibility: "never_published" as const };
    for (const revision of [{ approvedBy: null }, { approvedBy: OWNER }, { authorId: 5, submittedBy: 6, approvedBy: 6 }]) {
      for (const event of ["publish", "schedule"] as const) {
        expect(planTransition(actors.editor, event, facts(approved, revision))).toMatchObject({ allowed: false, reason: "needs_approval" });
      }
    }
  });
});

describe("publishing guards", () => {
  it("needs at least one source to publish or schedule", () => {
    for (const state of ["approved", "scheduled"] as const) {
      expect(planTransition(actors.editor, "publish", facts({ state, visibility: "live" }, { sourceCount: 0 }))).toMatchObject({
        allowed: false,
        reason: "needs_source",
      });
    }
    expect(planTransition(actors.admin, "schedule", facts({ state: "approved", visibility: "never_published" }, { sourceCount: 0 }))).toMatchObject({
      allowed: false,
      reason: "needs_source",
    });
  });

  it("explains refusals in words", () => {
    const decision = planTransition(actors.editor, "edit", facts({ state: "scheduled", visibility: "never_published" }));
    expect(decision).toMatchObject({ allowed: false, message: expect.stringMatching(/cancel the schedule/) });
  });
});

describe("availableEvents", () => {
  it("lists what the admin may offer a user", () => {
    const live = facts({ state: "published", visibility: "live" });
    expect(availableEvents(actors.editor, live)).toEqual(["edit", "unpublish"]);
    expect(availableEvents(actors.contributorOwner, live)).toEqual([]);
    const draft = facts({ state: "draft", visibility: "never_published" });
    expect(availableEvents(actors.contributorOwner, draft)).toEqual(["edit", "submit"]);
    const approved = facts({ state: "approved", visibility: "withdrawn" });
    expect(availableEvents(actors.admin, approved)).toEqual(["edit", "request_changes", "publish", "schedule", "republish"]);
  });
});
