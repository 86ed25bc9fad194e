/**
 * The permissions matrix: every role × every action of lib/auth/permissions.ts,
 * written out by hand (not derived from the module), allowed or denied with the
 * reason, for site actions and for entry actions in each situation that changes
 * the answer.
 */
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema";
import {
  assertCan,
  can,
  decide,
  ENTRY_ACTIONS,
  ForbiddenError,
  SITE_ACTIONS,
  type Actor,
  type DenialReason,
  type EntryAction,
  type EntryFacts,
  type SiteAction,
} from "./permissions";

const ME = 10;
const OTHER = 20;
const actorOf = (role: Role): Actor => ({ id: ME, role });

type Expectation = "allow" | DenialReason;

/** Site actions: one answer per role. */
const SITE_MATRIX: Record<SiteAction, Record<Role, Expectation>> = {
  "admin.access": { contributor: "allow", editor: "allow", admin: "allow" },
  "topics.manage": { contributor: "role", editor: "allow", admin: "allow" },
  "tips.view": { contributor: "role", editor: "allow", admin: "allow" },
  "tips.triage": { contributor: "role", editor: "allow", admin: "allow" },
  "tips.view_contact": { contributor: "role", editor: "allow", admin: "allow" },
  "users.manage": { contributor: "role", editor: "role", admin: "allow" },
  "sessions.manage_any": { contributor: "role", editor: "role", admin: "allow" },
  "audit.read": { contributor: "role", editor: "role", admin: "allow" },
  "settings.manage": { contributor: "role", editor: "role", admin: "allow" },
};

/** The situations of an entry that change an answer, seen from the actor ME. */
const SITUATIONS = {
  none: undefined,
  ownDraft: { state: "draft", createdBy: ME, revisionAuthorId: ME, revisionSubmittedBy: null },
  othersDraft: { state: "draft", createdBy: OTHER, revisionAuthorId: OTHER, revisionSubmittedBy: null },
  ownInReview: { state: "in_review", createdBy: ME, revisionAuthorId: ME, revisionSubmittedBy: ME },
  othersInReview: { state: "in_review", createdBy: OTHER, revisionAuthorId: OTHER, revisionSubmittedBy: OTHER },
  wroteOthersRevision: { state: "in_review", createdBy: OTHER, revisionAuthorId: ME, revisionSubmittedBy: OTHER },
  submittedOthersRevision: { state: "in_review", createdBy: OTHER, revisionAuthorId: OTHER, revisionSubmittedBy: ME },
  othersPublished: { state: "published", createdBy: OTHER, revisionAuthorId: OTHER, revisionSubmittedBy: OTHER },
} satisfies Record<string, EntryFacts | undefined>;
type Situation = keyof typeof SITUATIONS;

const everyone = (answer: Expectation): Record<Role, Expectation> => ({ contributor: answer, editor: answer, admin: answer });
const editorial = (editorAnswer: Expectation, contributorAnswer: Expectation = "role"): Record<Role, Expectation> => ({
  contributor: contributorAnswer,
  editor: editorAnswer,
  admin: editorAnswer,
});
const inEvery = (answers: Record<Role, Expectation>): Record<Situation, Record<Role, Expectation>> => ({
  none: answers,
  ownDraft: answers,
  othersDraft: answers,
  ownInReview: answers,
  othersInReview: answers,
  wroteOthersRevision: answers,
  submittedOthersRevision: answers,
  othersPublished: answers,
});

/** Contributors edit and submit their own drafts only; editors and admins anything. */
const ownDraftsOnly: Record<Situation, Record<Role, Expectation>> = {
  none: editorial("allow", "allow"),
  ownDraft: editorial("allow", "allow"),
  othersDraft: editorial("allow", "not_owner"),
  ownInReview: editorial("allow", "not_a_draft"),
  othersInReview: editorial("allow", "not_owner"),
  wroteOthersRevision: editorial("allow", "not_owner"),
  submittedOthersRevision: editorial("allow", "not_owner"),
  othersPublished: editorial("allow", "not_owner"),
};

const ENTRY_MATRIX: Record<EntryAction, Record<Situation, Record<Role, Expectation>>> = {
  "entry.view": inEvery(everyone("allow")),
  "entry.create": inEvery(everyone("allow")),
  "entry.comment": inEvery(everyone("allow")),
  "entry.edit": ownDraftsOnly,
  "entry.submit": ownDraftsOnly,
  // Two-person rule: never approve a revision you wrote or submitted.
  "entry.approve": {
    none: editorial("allow"),
    ownDraft: editorial("own_revision"),
    othersDraft: editorial("allow"),
    ownInReview: editorial("own_revision"),
    othersInReview: editorial("allow"),
    wroteOthersRevision: editorial("own_revision"),
    submittedOthersRevision: editorial("own_revision"),
    othersPublished: editorial("allow"),
  },
  "entry.request_changes": inEvery(editorial("allow")),
  "entry.publish": inEvery(editorial("allow")),
  "entry.schedule": inEvery(editorial("allow")),
  "entry.unpublish": inEvery(editorial("allow")),
  "entry.correct": inEvery(editorial("allow")),
  "entry.confirm_translation": inEvery(editorial("allow")),
};

function check(role: Role, action: SiteAction | EntryAction, expected: Expectation, entry?: EntryFacts) {
  const actor = actorOf(role);
  const decision = decide(actor, action, entry);
  if (expected === "allow") {
    expect(decision).toEqual({ allowed: true });
    expect(can(actor, action, entry)).toBe(true);
    expect(() => assertCan(actor, action, entry)).not.toThrow();
  } else {
    expect(decision).toEqual({ allowed: false, reason: expected });
    expect(can(actor, action, entry)).toBe(false);
    expect(() => assertCan(actor, action, entry)).toThrow(ForbiddenError);
  }
}

describe("permissions matrix", () => {
  it("covers every action the module knows, and only those", () => {
    expect(Object.keys(SITE_MATRIX).sort()).toEqual([...SITE_ACTIONS].sort());
    expect(Object.keys(ENTRY_MATRIX).sort()).toEqual([...ENTRY_ACTIONS].sort());
  });

  describe.each(ROLES)("%s", (role) => {
    it.each(SITE_ACTIONS)("%s", (action) => {
      check(role, action, SITE_MATRIX[action][role]);
    });

    describe.each(ENTRY_ACTIONS)("%s", (action) => {
      it.each(Object.keys(SITUATIONS) as Situation[])("on %s", (situation) => {
        check(role, action, ENTRY_MATRIX[action][situation][role], SITUATIONS[situation]);
      });
    });
  });

  it("says which action and why when it refuses", () => {
    try {
      assertCan(actorOf("editor"), "users.manage");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).action).toBe("users.manage");
      expect((error as ForbiddenError).reason).toBe("role");
    }
  });
});
