/**
 * The editorial workflow as one explicit state machine.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published ──unpublish──▶ unpublished
 *     ▲                  │                     │  ▲ │                  │                       │
 *     └─request_changes──┴─────────────────────┘  │ └─schedule──▶ scheduled ──publish (due)──▶ published
 *                                                 └──cancel_schedule──┘
 *   published / unpublished ──edit──▶ draft (the published revision stays as it is)
 *   unpublished ──republish──▶ published
 *
 * `state` is the state of the entry's *working* revision. Whether readers see
 * the entry is a second, independent fact (`visibility`): a published entry
 * whose update is being reviewed is `in_review` and `live` at the same time,
 * so the published revision stays public until the update is published.
 *
 * This module is pure: it decides which transitions exist from a snapshot of
 * the entry (states and guards), and asks lib/auth/permissions.ts who may
 * attempt them. The domain commands (./commands.ts) apply its decisions.
 */
import type { EntryState } from "@/db/schema";
import { decide, type Actor, type DenialReason, type EntryAction, type EntryFacts } from "@/lib/auth/permissions";

export const WORKFLOW_EVENTS = [
  "edit",
  "submit",
  "request_changes",
  "approve",
  "publish",
  "schedule",
  "cancel_schedule",
  "unpublish",
  "republish",
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

/** never_published: readers never saw it · live: readers see the published revision · withdrawn: unpublished, the URL answers 410. */
export const VISIBILITIES = ["never_published", "live", "withdrawn"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface WorkflowSnapshot {
  state: EntryState;
  visibility: Visibility;
}

/** Everything a transition decision needs to know about an entry and its working revision. */
export interface WorkflowFacts extends WorkflowSnapshot {
  createdBy: number | null;
  revision: {
    authorId: number | null;
    submittedBy: number | null;
    approvedBy: number | null;
    sourceCount: number;
  };
}

/** Which permission each event needs (lib/auth/permissions.ts decides who holds it). */
export const EVENT_ACTION: Record<WorkflowEvent, EntryAction> = {
  edit: "entry.edit",
  submit: "entry.submit",
  request_changes: "entry.request_changes",
  approve: "entry.approve",
  publish: "entry.publish",
  schedule: "entry.schedule",
  cancel_schedule: "entry.schedule",
  unpublish: "entry.unpublish",
  republish: "entry.publish",
};

/**
 * The transition table for the working revision's state: `TABLE[event][from]`
 * is the state after the event, absent when the event does not apply.
 * Visibility rules are in VISIBILITY_RULES below.
 */
const TABLE: Record<WorkflowEvent, Partial<Record<EntryState, EntryState>>> = {
  // Saving a new revision sends it back to draft (an approval is for one revision);
  // a scheduled entry must have its schedule cancelled first.
  edit: { draft: "draft", in_review: "draft", approved: "draft", published: "draft", unpublished: "draft" },
  submit: { draft: "in_review" },
  request_changes: { in_review: "draft", approved: "draft" },
  approve: { in_review: "approved" },
  publish: { approved: "published", scheduled: "published" },
  schedule: { approved: "scheduled" },
  cancel_schedule: { scheduled: "approved" },
  // Withdrawing a live entry keeps an update in progress where it is; a pending
  // schedule is cancelled (the update would otherwise put the entry back online).
  unpublish: { draft: "draft", in_review: "in_review", approved: "approved", scheduled: "approved", published: "unpublished" },
  republish: { draft: "draft", in_review: "in_review", approved: "approved", scheduled: "scheduled", unpublished: "published" },
};

/** Which visibility an event needs, and the visibility after it (absent: unchanged). */
const VISIBILITY_RULES: Partial<Record<WorkflowEvent, { from: readonly Visibility[]; to: Visibility }>> = {
  publish: { from: VISIBILITIES, to: "live" },
  unpublish: { from: ["live"], to: "withdrawn" },
  republish: { from: ["withdrawn"], to: "live" },
};

export type TransitionRefusal =
  | "invalid_state"
  | "needs_approval"
  | "needs_source"
  | DenialReason;

export type TransitionDecision =
  | { allowed: true; to: WorkflowSnapshot }
  | { allowed: false; reason: TransitionRefusal; message: string };

const STATE_LABELS: Record<EntryState, string> = {
  draft: "a draft",
  in_review: "in review",
  approved: "approved",
  scheduled: "scheduled",
  published: "published",
  unpublished: "unpublished",
};

const EVENT_LABELS: Record<WorkflowEvent, string> = {
  edit: "edit",
  submit: "submit for review",
  request_changes: "request changes on",
  approve: "approve",
  publish: "publish",
  schedule: "schedule",
  cancel_schedule: "cancel the schedule of",
  unpublish: "unpublish",
  republish: "republish",
};

const REFUSAL_MESSAGES: Record<Exclude<TransitionRefusal, "invalid_state">, string> = {
  needs_approval: "Only a revision approved by a second editor can be published.",
  needs_source: "Add at least one source before publishing.",
  role: "Your role does not allow this.",
  not_owner: "Contributors can only work on their own entries.",
  not_a_draft: "Contributors can only change their entries while they are drafts.",
  own_revision: "You wrote or submitted this revision: another editor must approve it (two-person rule).",
};

function refuse(reason: TransitionRefusal, message?: string): TransitionDecision {
  return { allowed: false, reason, message: message ?? REFUSAL_MESSAGES[reason as Exclude<TransitionRefusal, "invalid_state">] };
}

function invalidStateMessage(event: WorkflowEvent, snapshot: WorkflowSnapshot): string {
  if (event === "edit" && snapshot.state === "scheduled") return "This entry is scheduled: cancel the schedule before editing it.";
  if (event === "unpublish") return "Only an entry readers can see can be unpublished.";
  if (event === "republish") return "Only an unpublished entry can be republished.";
  return `You cannot ${EVENT_LABELS[event]} an entry that is ${STATE_LABELS[snapshot.state]}.`;
}

/** The state machine alone: where `event` leads from `snapshot`, or null when it does not apply. */
export function nextSnapshot(snapshot: WorkflowSnapshot, event: WorkflowEvent): WorkflowSnapshot | null {
  const state = TABLE[event][snapshot.state];
  if (!state) return null;
  const rule = VISIBILITY_RULES[event];
  if (rule && !rule.from.includes(snapshot.visibility)) return null;
  return { state, visibility: rule?.to ?? snapshot.visibility };
}

export function permissionFacts(facts: WorkflowFacts): EntryFacts {
  return {
    state: facts.state,
    createdBy: facts.createdBy,
    revisionAuthorId: facts.revision.authorId,
    revisionSubmittedBy: facts.revision.submittedBy,
  };
}

/**
 * May `actor` apply `event` to this entry now? Checks, in order: that the
 * transition exists in this state, that the actor's role allows it (including
 * the two-person rule), and the publishing guards (a second editor's approval,
 * at least one source).
 */
export function planTransition(actor: Actor, event: WorkflowEvent, facts: WorkflowFacts): TransitionDecision {
  const to = nextSnapshot(facts, event);
  if (!to) return refuse("invalid_state", invalidStateMessage(event, facts));

  const permission = decide(actor, EVENT_ACTION[event], permissionFacts(facts));
  if (!permission.allowed) return refuse(permission.reason);

  if (event === "publish" || event === "schedule") {
    const { approvedBy, authorId, submittedBy } = facts.revision;
    // Re-checked at publication: the approval must come from someone other than the author and the submitter.
    if (approvedBy === null || approvedBy === authorId || approvedBy === submittedBy) return refuse("needs_approval");
    if (facts.revision.sourceCount < 1) return refuse("needs_source");
  }
  return { allowed: true, to };
}

/** The events `actor` may apply now: what the admin shows as buttons (the server still re-checks). */
export function availableEvents(actor: Actor, facts: WorkflowFacts): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => planTransition(actor, event, facts).allowed);
}

/** Human label of a state, for the admin. */
export function stateLabel(state: EntryState): string {
  return { draft: "Draft", in_review: "In review", approved: "Approved", scheduled: "Scheduled", published: "Published", unpublished: "Unpublished" }[state];
}

export function visibilityOf(entry: { publishedRevisionId: number | null; unpublishedAt: Date | string | null }): Visibility {
  if (entry.publishedRevisionId === null) return "never_published";
  return entry.unpublishedAt ? "withdrawn" : "live";
}
