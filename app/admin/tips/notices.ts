import type { TriageError } from "@/lib/tips/triage";

/** Outcomes the triage actions report back through the query string: fixed codes, fixed texts. */
export type TipNotice = "started" | "dismissed" | "reopened" | "converted" | "resolved" | "merged" | "ungrouped";

const NOTICES: Record<TipNotice, string> = {
  started: "Marked as in progress.",
  dismissed: "Dismissed, with the open duplicates of its group.",
  reopened: "Reopened.",
  converted: "A draft entry was created from this tip; the tip links to it.",
  resolved: "Error report marked as handled.",
  merged: "Merged into the group.",
  ungrouped: "Taken out of its group.",
};

const ERRORS: Record<TriageError, string> = {
  forbidden: "You are not allowed to do that.",
  not_found: "This tip does not exist.",
  invalid_state: "This tip is no longer in a state that allows that action.",
  reason_required: "Give a reason to dismiss a tip.",
  reason_too_long: "The reason is too long (500 characters at most).",
  target_not_found: "No tip has that reference.",
  already_grouped: "These tips are already in the same group.",
  kind_mismatch: "Rumors and error reports cannot be grouped together.",
  not_grouped: "This tip is not in a group.",
};

/** The message for `?notice=` / `?error=`, or null: nothing from the URL is ever shown as such. */
export function tipFlash(params: Record<string, string | string[] | undefined>): { kind: "notice" | "error"; text: string } | null {
  const notice = params.notice;
  if (typeof notice === "string" && Object.hasOwn(NOTICES, notice)) return { kind: "notice", text: NOTICES[notice as TipNotice] };
  const error = params.error;
  if (typeof error === "string" && Object.hasOwn(ERRORS, error)) return { kind: "error", text: ERRORS[error as TriageError] };
  return null;
}
