import { describe, expect, it } from "vitest";
import { decide, type Actor, type EntryAction, type EntryFacts } from "./permissions";

const contributor: Actor = { id: 1, role: "contributor" };
const editor: Actor = { id: 2, role: "editor" };
const admin: Actor = { id: 3, role: "admin" };
const ownDraft: EntryFacts = { state: "draft", createdBy: 1, revisionAuthorId: 1, revisionSubmittedBy: null };

/** Entry actions beyond the workflow transitions (those are covered with the state machine in lib/workflow). */
describe("entry permissions", () => {
  const table: [EntryAction, Actor, EntryFacts | undefined, boolean | string][] = [
    ["entry.view", contributor, undefined, true],
    ["entry.create", contributor, undefined, true],
    ["entry.comment", contributor, { ...ownDraft, createdBy: 9 }, true],
    ["entry.edit", contributor, ownDraft, true],
    ["entry.edit", contributor, { ...ownDraft, createdBy: 9 }, "not_owner"],
    ["entry.edit", contributor, { ...ownDraft, state: "published" }, "not_a_draft"],
    ["entry.edit", editor, { ...ownDraft, state: "published" }, true],
    ["entry.approve", contributor, { ...ownDraft, state: "in_review", createdBy: 9, revisionAuthorId: 9 }, "role"],
    ["entry.approve", editor, { ...ownDraft, state: "in_review", revisionAuthorId: 2 }, "own_revision"],
    ["entry.approve", admin, { ...ownDraft, state: "in_review", revisionSubmittedBy: 3 }, "own_revision"],
    ["entry.approve", admin, { ...ownDraft, state: "in_review", revisionSubmittedBy: 1 }, true],
    ["entry.confirm_translation", contributor, ownDraft, "role"],
    ["entry.confirm_translation", editor, ownDraft, true],
    ["entry.unpublish", contributor, ownDraft, "role"],
    ["entry.publish", admin, ownDraft, true],
  ];
  it.each(table)("%s by %o on %o", (action, actor, facts, expected) => {
    const decision = decide(actor, action, facts);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else expect(decision).toEqual({ allowed: false, reason: expected });
  });

  it("lets only editors and admins manage topics", () => {
    expect(decide(contributor, "topics.manage")).toEqual({ allowed: false, reason: "role" });
    expect(decide(editor, "topics.manage")).toEqual({ allowed: true });
  });
});
