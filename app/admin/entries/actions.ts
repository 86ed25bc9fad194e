"use server";

/**
 * Server actions of the entry editor and the workflow controls. Each one only
 * identifies the user and calls a domain command (lib/workflow/commands.ts),
 * which validates, checks permissions and the state machine, and audits.
 */
import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { clientInfo } from "@/lib/request-context";
import {
  addComment,
  approveRevision,
  cancelSchedule,
  confirmTranslation,
  createEntry,
  publishNow,
  republishEntry,
  requestChanges,
  saveRevision,
  schedulePublication,
  submitForReview,
  unpublishEntry,
  type CommandContext,
} from "@/lib/workflow/commands";
import { toFailure, unavailableFailure, type CommandResult, type WorkflowFailure } from "@/lib/workflow/errors";
import type { EntryState } from "@/db/schema";

async function commandContext(): Promise<CommandContext> {
  const user = await requireUser();
  return { actor: { id: user.id, role: user.role }, client: await clientInfo() };
}

export type SaveEntryResult =
  | { ok: true; entryId: number; revisionId: number; version: number; slug: string; state: EntryState }
  | { ok: false; failure: WorkflowFailure };

/** The editor posts its fields as one object (validated by the domain's zod schema). */
/**
 * A save that cannot run (database down, connection lost) answers a clear
 * failure instead of throwing: the editor keeps the form and can retry. The
 * command's transaction guarantees nothing was half-written. Next's own control
 * flow (the sign-in redirect) goes through.
 */
async function unlessUnavailable<T extends { ok: boolean }>(what: string, work: () => Promise<T>, failed: () => T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[admin] ${what} failed`, error);
    return failed();
  }
}

export async function createEntryAction(fields: unknown): Promise<SaveEntryResult> {
  return unlessUnavailable(
    "create entry",
    async (): Promise<SaveEntryResult> => {
      const result = await createEntry(await getDb(), await commandContext(), fields);
      if (!result.ok) return { ok: false, failure: toFailure(result.error) };
      return { ok: true, entryId: result.entryId, revisionId: result.revisionId, version: result.version, slug: result.slug, state: "draft" };
    },
    () => ({ ok: false, failure: unavailableFailure() }),
  );
}

export async function saveEntryAction(input: unknown): Promise<SaveEntryResult> {
  return unlessUnavailable(
    "save entry",
    async (): Promise<SaveEntryResult> => {
      const result = await saveRevision(await getDb(), await commandContext(), input);
      if (!result.ok) return { ok: false, failure: toFailure(result.error) };
      refresh();
      return { ok: true, entryId: result.entryId, revisionId: result.revisionId, version: result.version, slug: result.slug, state: result.state };
    },
    () => ({ ok: false, failure: unavailableFailure() }),
  );
}

export type EntryActionState = { ok?: boolean; message?: string; failure?: WorkflowFailure; at?: number };

const COMMANDS = {
  submit: submitForReview,
  request_changes: requestChanges,
  approve: approveRevision,
  publish: publishNow,
  schedule: schedulePublication,
  cancel_schedule: cancelSchedule,
  unpublish: unpublishEntry,
  republish: republishEntry,
  comment: addComment,
  confirm_translation: confirmTranslation,
} as const;

const DONE: Record<keyof typeof COMMANDS, string> = {
  submit: "Submitted for review.",
  request_changes: "Changes requested.",
  approve: "Approved.",
  publish: "Published.",
  schedule: "Scheduled.",
  cancel_schedule: "Schedule cancelled.",
  unpublish: "Unpublished: the public address now answers 410 Gone.",
  republish: "Republished.",
  comment: "Comment added.",
  confirm_translation: "Marked as up to date.",
};

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * One action for every workflow form: the hidden `command` field names the
 * domain command; the domain decides whether this user may run it now.
 */
export async function entryAction(_previous: EntryActionState, formData: FormData): Promise<EntryActionState> {
  const command = field(formData, "command");
  if (!command || !(command in COMMANDS)) {
    return { ok: false, failure: { code: "invalid_input", message: "Unknown action.", fieldErrors: {} }, at: Date.now() };
  }
  const name = command as keyof typeof COMMANDS;
  const input = {
    entryId: field(formData, "entryId"),
    revisionId: field(formData, "revisionId"),
    comment: field(formData, "comment"),
    body: field(formData, "body"),
    reason: field(formData, "reason"),
    publishAt: field(formData, "publishAt"),
  };
  const result: CommandResult = await COMMANDS[name](await getDb(), await commandContext(), input);
  if (!result.ok) return { ok: false, failure: toFailure(result.error), at: Date.now() };
  refresh();
  return { ok: true, message: DONE[name], at: Date.now() };
}
