/**
 * A signed-in newsroom member driving the admin over real HTTP, as the browser
 * does: sign in through next-auth (./auth-http.ts), read the entry editor page
 * (the version the form starts from is its hidden `version` input), and call the
 * editor's real server actions (saveEntryAction, entryAction) with the build's
 * action ids. Nothing here calls a domain function.
 */
import { signInOverHttp } from "./auth-http";
import { actionId, actionResult, callAction, callFormAction } from "./server-actions";
import type { EntryFieldsInput } from "@/lib/workflow/entry-input";
import type { SaveEntryResult, EntryActionState } from "@/app/admin/entries/actions";

const ACTIONS_FILE = "app/admin/entries/actions.ts";

export type WorkflowCommand = "submit" | "approve" | "publish" | "request_changes" | "comment";

export interface Answer<T> {
  status: number;
  /** The action's return value; undefined when the answer had none (error page, redirect). */
  result: T | undefined;
  body: string;
}

export class EditorSession {
  private constructor(
    readonly name: string,
    readonly baseUrl: string,
    readonly cookies: string,
  ) {}

  static async signIn(baseUrl: string, account: { name: string; email: string; password: string; ip: string }): Promise<EditorSession> {
    const outcome = await signInOverHttp(baseUrl, account);
    if (outcome.code !== null || !outcome.cookies.includes("session-token")) throw new Error(`${account.email} could not sign in (${outcome.status} ${outcome.code})`);
    return new EditorSession(account.name, baseUrl, outcome.cookies);
  }

  /** Opens the entry editor; the version its form would save with. */
  async openEditor(entryId: number): Promise<{ status: number; version: number | null }> {
    const response = await fetch(`${this.baseUrl}/admin/entries/${entryId}`, { headers: { cookie: this.cookies }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const html = await response.text();
    const input = /<input[^>]*data-testid="entry-version"[^>]*>/.exec(html)?.[0] ?? "";
    const value = /\bvalue="(\d+)"/.exec(input)?.[1];
    return { status: response.status, version: value === undefined ? null : Number(value) };
  }

  /** The editor's Save button: saveEntryAction({ entryId, version, fields }). */
  async save(entryId: number, version: number, fields: EntryFieldsInput): Promise<Answer<SaveEntryResult>> {
    const response = await callAction(this.baseUrl, `/admin/entries/${entryId}`, actionId(ACTIONS_FILE, "saveEntryAction"), [{ entryId, version, fields }], this.cookies);
    return { ...response, result: actionResult<SaveEntryResult>(response.body) };
  }

  /** A workflow button (submit, approve, publish…): entryAction(previousState, formData). */
  async command(entryId: number, command: WorkflowCommand, fields: Record<string, string> = {}): Promise<Answer<EntryActionState>> {
    const response = await callFormAction(
      this.baseUrl,
      `/admin/entries/${entryId}`,
      actionId(ACTIONS_FILE, "entryAction"),
      { command, entryId: String(entryId), ...fields },
      { cookies: this.cookies },
    );
    return { ...response, result: actionResult<EntryActionState>(response.body) };
  }
}
