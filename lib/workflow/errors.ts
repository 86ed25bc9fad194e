/**
 * Why a workflow command refused. Commands throw these inside their
 * transaction (so nothing is written) and return them as `{ ok: false, error }`;
 * server actions turn them into plain `WorkflowFailure` objects for the forms.
 */
import type { TransitionRefusal } from "./state-machine";

export type WorkflowErrorCode =
  | "invalid_input"
  | "not_found"
  | "forbidden"
  | "invalid_transition"
  | "conflict"
  | "stale_revision"
  | "correction_required"
  | "unavailable";

export type FieldErrors = Record<string, string>;

export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}

export class ValidationError extends WorkflowError {
  constructor(fieldErrors: FieldErrors, message = "Some fields need your attention.") {
    super("invalid_input", message, fieldErrors);
    this.name = "ValidationError";
  }
}

export class EntryNotFoundError extends WorkflowError {
  constructor(what = "This entry") {
    super("not_found", `${what} does not exist.`);
    this.name = "EntryNotFoundError";
  }
}

/** The state machine or the permissions refused the transition. */
export class TransitionRefusedError extends WorkflowError {
  constructor(
    readonly reason: TransitionRefusal,
    message: string,
  ) {
    super(reason === "invalid_state" || reason === "needs_approval" || reason === "needs_source" ? "invalid_transition" : "forbidden", message);
    this.name = "TransitionRefusedError";
  }
}

/** A command that acts on the revision the user saw, while a newer one was saved meanwhile. */
export class StaleRevisionError extends WorkflowError {
  constructor(readonly currentRevisionId: number | null) {
    super("stale_revision", "A newer revision was saved since you opened this page. Review it before going on.");
    this.name = "StaleRevisionError";
  }
}

export class CorrectionRequiredError extends WorkflowError {
  constructor(message: string) {
    super("correction_required", message, { correctionNote: message });
    this.name = "CorrectionRequiredError";
  }
}

/** One field as it was in the revision the form started from, and as it is now. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface ConflictDetails {
  /** The version to carry on the next save, to knowingly save over the newer revision. */
  currentVersion: number;
  currentRevisionId: number;
  savedMeanwhile: { number: number; authorName: string | null; createdAt: string }[];
  changes: FieldChange[];
}

/** Saving from a stale form: someone saved since. Nothing was written. */
export class RevisionConflictError extends WorkflowError {
  constructor(readonly conflict: ConflictDetails) {
    const who = [...new Set(conflict.savedMeanwhile.map((r) => r.authorName ?? "someone"))].join(", ");
    super("conflict", `${who || "Someone"} saved this entry since you opened it. Nothing was overwritten: compare, then save again to keep your version.`);
    this.name = "RevisionConflictError";
  }
}

/** What a form receives: plain data, safe to serialise from a server action. */
export interface WorkflowFailure {
  code: WorkflowErrorCode;
  message: string;
  fieldErrors: FieldErrors;
  conflict?: ConflictDetails;
}

/** What a form shows when the save could not run at all (database unreachable, server error): nothing was stored. */
export function unavailableFailure(): WorkflowFailure {
  return {
    code: "unavailable",
    message: "Nothing was saved: the newsroom database cannot be reached right now. Keep this page open and try again in a moment.",
    fieldErrors: {},
  };
}

export function toFailure(error: WorkflowError): WorkflowFailure {
  return {
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    ...(error instanceof RevisionConflictError ? { conflict: error.conflict } : {}),
  };
}

export type CommandResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: WorkflowError };
