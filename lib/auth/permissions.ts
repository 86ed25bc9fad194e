/**
 * The one answer to "may this user do this?". Every server action and route goes
 * through a domain function that calls `can` / `assertCan`; hiding a button in the
 * UI is never the check. Entry-state rules (which transitions exist) live in the
 * workflow state machine; this module decides who may attempt them.
 */
import type { EntryState, Role } from "@/db/schema";

export type EntryAction =
  | "entry.view"
  | "entry.create"
  | "entry.edit"
  | "entry.submit"
  | "entry.comment"
  | "entry.approve"
  | "entry.request_changes"
  | "entry.publish"
  | "entry.schedule"
  | "entry.unpublish"
  | "entry.correct"
  | "entry.confirm_translation";

export type SiteAction =
  | "admin.access"
  | "topics.manage"
  | "tips.view"
  | "tips.triage"
  | "tips.view_contact"
  | "users.manage"
  | "sessions.manage_any"
  | "audit.read"
  | "settings.manage";

export type Action = EntryAction | SiteAction;

export interface Actor {
  id: number;
  role: Role;
}

/** What the permission check needs to know about an entry and its working revision. */
export interface EntryFacts {
  state: EntryState;
  createdBy: number | null;
  /** Author of the working revision. */
  revisionAuthorId: number | null;
  /** Who submitted the working revision for review. */
  revisionSubmittedBy: number | null;
}

const EDITORIAL: readonly Role[] = ["editor", "admin"];

const SITE_RULES: Record<SiteAction, readonly Role[]> = {
  "admin.access": ["contributor", "editor", "admin"],
  "topics.manage": EDITORIAL,
  "tips.view": EDITORIAL,
  "tips.triage": EDITORIAL,
  "tips.view_contact": EDITORIAL,
  "users.manage": ["admin"],
  "sessions.manage_any": ["admin"],
  "audit.read": ["admin"],
  "settings.manage": ["admin"],
};

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };
export type DenialReason = "role" | "not_owner" | "not_a_draft" | "own_revision";

const allow: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

function decideEntry(actor: Actor, action: EntryAction, entry?: EntryFacts): Decision {
  const editorial = EDITORIAL.includes(actor.role);
  switch (action) {
    case "entry.view":
    case "entry.create":
    case "entry.comment":
      return allow;
    case "entry.edit":
    case "entry.submit": {
      if (editorial) return allow;
      // Contributors work on their own drafts only.
      if (!entry) return allow;
      if (entry.createdBy !== actor.id) return deny("not_owner");
      return entry.state === "draft" ? allow : deny("not_a_draft");
    }
    case "entry.approve":
    case "entry.request_changes": {
      if (!editorial) return deny("role");
      // Two-person rule: never review what you wrote or submitted.
      if (action === "entry.approve" && entry && (entry.revisionAuthorId === actor.id || entry.revisionSubmittedBy === actor.id)) {
        return deny("own_revision");
      }
      return allow;
    }
    case "entry.publish":
    case "entry.schedule":
    case "entry.unpublish":
    case "entry.correct":
    case "entry.confirm_translation":
      return editorial ? allow : deny("role");
  }
}

export function decide(actor: Actor, action: Action, entry?: EntryFacts): Decision {
  if (action.startsWith("entry.")) return decideEntry(actor, action as EntryAction, entry);
  return SITE_RULES[action as SiteAction].includes(actor.role) ? allow : deny("role");
}

export function can(actor: Actor, action: Action, entry?: EntryFacts): boolean {
  return decide(actor, action, entry).allowed;
}

export class ForbiddenError extends Error {
  constructor(
    readonly action: Action,
    readonly reason: DenialReason,
  ) {
    super(`Not allowed: ${action} (${reason})`);
    this.name = "ForbiddenError";
  }
}

export function assertCan(actor: Actor, action: Action, entry?: EntryFacts): void {
  const decision = decide(actor, action, entry);
  if (!decision.allowed) throw new ForbiddenError(action, decision.reason);
}

/** Every entry action, for exhaustive tests and listings (the Record makes a missing name a type error). */
const ENTRY_ACTION_SET: Record<EntryAction, true> = {
  "entry.view": true,
  "entry.create": true,
  "entry.edit": true,
  "entry.submit": true,
  "entry.comment": true,
  "entry.approve": true,
  "entry.request_changes": true,
  "entry.publish": true,
  "entry.schedule": true,
  "entry.unpublish": true,
  "entry.correct": true,
  "entry.confirm_translation": true,
};
export const ENTRY_ACTIONS = Object.keys(ENTRY_ACTION_SET) as EntryAction[];
export const SITE_ACTIONS = Object.keys(SITE_RULES) as SiteAction[];
