/**
 * What a newsroom member does in the admin, for end-to-end tests: sign in in a
 * context of one's own, draft through the entry editor, submit, approve, publish.
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { accounts } from "../fixtures/accounts";

export type Account = keyof typeof accounts;

export async function signIn(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login?next=%2Fadmin");
  await page.getByLabel("E-mail").fill(accounts[account].email);
  await page.getByLabel("Password").fill(accounts[account].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function editorReady(page: Page) {
  await expect(page.locator('[data-testid="entry-editor"][data-ready="true"]')).toBeVisible();
}

export const field = (page: Page, name: RegExp) => page.getByRole("textbox", { name });

export interface DraftInput {
  claim: string;
  summary?: string;
  body?: string;
  verdict?: string;
  locale?: "French" | "English";
  /** English names of topics to tick. */
  topics?: string[];
}

/** Creates a draft through the editor; returns its id and public path. */
export async function createDraft(page: Page, input: DraftInput): Promise<{ id: number; path: string }> {
  await page.goto("/admin/entries/new");
  await editorReady(page);
  await field(page, /^Claim/).fill(input.claim);
  await page.getByLabel("Verdict").selectOption({ label: input.verdict ?? "Unproven" });
  await field(page, /^Summary/).fill(input.summary ?? "The short answer, sourced.");
  await field(page, /^Explanation/).fill(input.body ?? "The **full** explanation.");
  const source = page.getByTestId("source-row").first();
  await source.getByRole("textbox", { name: "Link" }).fill("https://example.org/official-report");
  await source.getByRole("textbox", { name: "Title" }).fill("Official report");
  await page.getByLabel("Language").selectOption({ label: input.locale ?? "English" });
  for (const topic of input.topics ?? []) await page.getByRole("checkbox", { name: new RegExp(`^${topic} /`) }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/entries\/\d+\?created=1$/);
  const id = Number(/\/admin\/entries\/(\d+)/.exec(page.url())![1]);
  const path = (await page.getByTestId("public-path").textContent())!.trim();
  return { id, path };
}

export async function submit(page: Page, id: number) {
  await page.goto(`/admin/entries/${id}`);
  await page.getByTestId("submit-form").getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("workflow-panel").locator('[data-state="in_review"]')).toBeVisible();
}

export async function approve(page: Page, id: number) {
  await page.goto(`/admin/entries/${id}/review`);
  await page.getByTestId("approve-form").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(/Approved by .*: publish or schedule it/)).toBeVisible();
}

export async function publish(page: Page, id: number) {
  await page.goto(`/admin/entries/${id}`);
  await page.getByTestId("publish-form").getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("workflow-panel").locator('[data-state="published"]')).toBeVisible();
  await expect(page.getByTestId("workflow-panel").locator('[data-visibility="live"]')).toBeVisible();
}

/** Drafted and submitted by `author`, approved by `approver`, published by `publisher`. */
export async function publishedEntry(pages: { author: Page; approver: Page; publisher: Page }, input: DraftInput) {
  const draft = await createDraft(pages.author, input);
  await submit(pages.author, draft.id);
  await approve(pages.approver, draft.id);
  await publish(pages.publisher, draft.id);
  return draft;
}

export async function saveEditor(page: Page, expected: string | RegExp = /Saved as revision \d+/) {
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByTestId("save-status")).toHaveText(expected);
}

