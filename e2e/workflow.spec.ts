/**
 * The newsroom workflow in real browsers: a contributor and editors, each in
 * their own browser context (own session), against a production build whose
 * scheduler runs every second (FACTDESK_SCHEDULER_INTERVAL_MS=1000).
 */
import { expect, test } from "@playwright/test";
import { signIn, unique, editorReady, field, createDraft, submit, approve, publish, publishedEntry, saveEditor } from "./support/newsroom";

test.describe("newsroom workflow", () => {
  // Several browser contexts and a dozen server round trips per test, on shared CI machines.
  test.describe.configure({ timeout: 120_000 });

  test("contributor drafts and submits, editor requests changes, contributor revises, editor approves and publishes", async ({ browser, request }) => {
    const contributor = await signIn(browser, "contributor");
    const editor = await signIn(browser, "editor");
    const claim = unique("Drinking seawater cures colds, says viral post");

    // The contributor drafts, with a live preview of the Markdown body.
    await contributor.goto("/admin/entries/new");
    await editorReady(contributor);
    await field(contributor, /^Claim/).fill(claim);
    await field(contributor, /^Explanation/).fill("## Why\n\nSeawater **dehydrates**.");
    await expect(contributor.getByTestId("markdown-preview").locator("strong")).toHaveText("dehydrates");
    await expect(contributor.getByTestId("markdown-preview").locator("h3")).toHaveText("Why");
    // A bad source link is refused on the spot.
    const source = contributor.getByTestId("source-row").first();
    await source.getByRole("textbox", { name: "Link" }).fill("javascript:alert(1)");
    await source.getByRole("textbox", { name: "Title" }).fill("Health agency note");
    await field(contributor, /^Summary/).fill("No: seawater makes dehydration worse.");
    await contributor.getByLabel("Verdict").selectOption({ label: "False" });
    await contributor.getByLabel("Language").selectOption({ label: "English" });
    await contributor.getByRole("button", { name: "Create draft" }).click();
    await expect(contributor.getByTestId("form-error")).toContainText("Some fields need your attention");
    await expect(source.getByText("Enter a full link starting with http:// or https://.")).toBeVisible();
    await source.getByRole("textbox", { name: "Link" }).fill("https://example.org/health-agency/seawater");
    await contributor.getByRole("button", { name: "Create draft" }).click();
    await expect(contributor).toHaveURL(/\/admin\/entries\/\d+\?created=1$/);
    const id = Number(/\/admin\/entries\/(\d+)/.exec(contributor.url())![1]);
    const path = (await contributor.getByTestId("public-path").textContent())!.trim();
    expect(path).toMatch(/^\/en\/rumors\/drinking-seawater-cures-colds-says-viral-post/);
    await contributor.getByTestId("submit-form").getByRole("button", { name: "Submit for review" }).click();
    await expect(contributor.getByTestId("workflow-panel").locator('[data-state="in_review"]')).toBeVisible();
    // In review, the contributor can no longer edit it.
    await expect(contributor.getByText("Contributors can only change their entries while they are drafts.")).toBeVisible();

    // The editor finds it in the review queue and requests changes.
    await editor.goto("/admin");
    await editor.getByTestId("dashboard-review-queue").getByRole("link", { name: claim }).click();
    await editor.getByRole("link", { name: "Review revision 1" }).click();
    await expect(editor.getByTestId("compared-with")).toHaveText("The first revision: everything is new.");
    await editor.getByTestId("request-changes-form").getByRole("button", { name: "Request changes" }).click();
    await expect(editor.getByTestId("request-changes-form").getByRole("alert")).toContainText("Say what needs to change.");
    await editor.getByLabel(/What needs to change/).fill("Please cite the hospital study as well.");
    await editor.getByTestId("request-changes-form").getByRole("button", { name: "Request changes" }).click();
    await expect(editor.getByText("This revision is not waiting for review.")).toBeVisible();

    // The contributor sees the request, revises and resubmits.
    await contributor.goto(`/admin/entries/${id}`);
    await expect(contributor.getByTestId("comment-thread")).toContainText("Please cite the hospital study as well.");
    await editorReady(contributor);
    await field(contributor, /^Summary/).fill("No: seawater makes dehydration worse, a hospital study shows.");
    await contributor.getByRole("button", { name: "Add a source" }).click();
    const second = contributor.getByTestId("source-row").nth(1);
    await second.getByRole("textbox", { name: "Link" }).fill("https://example.org/hospital-study");
    await second.getByRole("textbox", { name: "Title" }).fill("Hospital study");
    await saveEditor(contributor, "Saved as revision 2.");
    await contributor.getByTestId("submit-form").getByRole("button", { name: "Submit for review" }).click();
    await expect(contributor.getByTestId("workflow-panel").locator('[data-state="in_review"]')).toBeVisible();

    // The editor reviews the word diff (summary and sources), approves and publishes.
    await editor.goto(`/admin/entries/${id}/review`);
    await expect(editor.getByTestId("compared-with")).toHaveText("Compared with the previous revision (1).");
    const diff = editor.getByTestId("revision-diff");
    await expect(diff.locator('[data-field="Summary"] ins')).toContainText("a hospital study shows");
    await expect(diff.locator('[data-field="Sources"] li', { hasText: "Added" })).toContainText("Hospital study");
    await editor.getByTestId("approve-form").getByRole("button", { name: "Approve" }).click();
    await expect(editor.getByText(/Approved by .*: publish or schedule it/)).toBeVisible();
    expect((await request.get(path)).status()).toBe(404);
    await publish(editor, id);

    // Readers see it.
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    await contributor.goto(path);
    await expect(contributor.locator("h1")).toHaveText(claim);
    await expect(contributor.getByText("No: seawater makes dehydration worse, a hospital study shows.")).toBeVisible();
    await expect(contributor.getByRole("link", { name: "Hospital study" })).toBeVisible();
    await contributor.context().close();
    await editor.context().close();
  });

  test("an editor is refused approving a revision they wrote, a second editor may", async ({ browser }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await createDraft(editor, { claim: unique("Two-person rule check") });
    await submit(editor, draft.id);

    await editor.goto(`/admin/entries/${draft.id}/review`);
    const form = editor.getByTestId("approve-form");
    await expect(form.getByRole("button", { name: "Approve" })).toBeDisabled();
    await expect(form.getByTestId("two-person-note")).toContainText("two-person rule");
    // Even when the button is forced, the server refuses.
    await form.getByRole("button", { name: "Approve" }).evaluate((button) => button.removeAttribute("disabled"));
    await form.getByRole("button", { name: "Approve" }).click();
    await expect(form.getByRole("alert")).toContainText("You wrote or submitted this revision: another editor must approve it (two-person rule).");
    await editor.goto(`/admin/entries/${draft.id}`);
    await expect(editor.getByTestId("workflow-panel").locator('[data-state="in_review"]')).toBeVisible();

    await approve(editor2, draft.id);
    await editor.context().close();
    await editor2.context().close();
  });

  test("an entry scheduled a few seconds ahead appears publicly with no further action", async ({ browser, request }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await createDraft(editor, { claim: unique("Scheduled publication check") });
    await submit(editor, draft.id);
    await approve(editor2, draft.id);

    await editor.goto(`/admin/entries/${draft.id}`);
    const at = new Date(Date.now() + 6_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    await editor.getByLabel(/Publish at/).fill(local);
    await editor.getByTestId("schedule-form").getByRole("button", { name: "Schedule" }).click();
    await expect(editor.getByTestId("scheduled-for")).toBeVisible();
    await expect(editor.getByTestId("workflow-panel").locator('[data-state="scheduled"]')).toBeVisible();
    await editor.context().close();
    await editor2.context().close();

    // Nobody does anything more: the server's scheduler publishes it.
    await expect.poll(async () => (await request.get(draft.path)).status(), { timeout: 30_000, intervals: [500] }).toBe(200);
  });

  test("an update to a live entry keeps the old text public until it is approved and published", async ({ browser, request }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await publishedEntry(
      { author: editor, approver: editor2, publisher: editor },
      { claim: unique("Live update check"), summary: "The first published answer." },
    );

    await editor.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor);
    await field(editor, /^Summary/).fill("The updated answer, not yet approved.");
    await saveEditor(editor);
    await expect(editor.getByText("Readers still see the published revision until this update is approved and published.")).toBeVisible();
    expect(await (await request.get(draft.path)).text()).toContain("The first published answer.");

    await editor.getByTestId("submit-form").getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByTestId("workflow-panel").locator('[data-state="in_review"]')).toBeVisible();
    await editor2.goto(`/admin/entries/${draft.id}/review`);
    await expect(editor2.getByTestId("compared-with")).toHaveText("Compared with revision 1, the one readers see now.");
    await expect(editor2.getByTestId("revision-diff").locator('[data-field="Summary"] del')).toContainText("first published");
    await editor2.getByTestId("approve-form").getByRole("button", { name: "Approve" }).click();
    await expect(editor2.getByText(/Approved by .*: publish or schedule it/)).toBeVisible();
    const stillOld = await (await request.get(draft.path)).text();
    expect(stillOld).toContain("The first published answer.");
    expect(stillOld).not.toContain("The updated answer");

    await publish(editor2, draft.id);
    expect(await (await request.get(draft.path)).text()).toContain("The updated answer, not yet approved.");
    await editor.context().close();
    await editor2.context().close();
  });

  test("a verdict change without a correction note is refused; with one, the correction is public", async ({ browser, request }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const claim = unique("Verdict correction check");
    const draft = await publishedEntry({ author: editor, approver: editor2, publisher: editor }, { claim, verdict: "Unproven" });

    await editor.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor);
    await editor.getByLabel("Verdict").selectOption({ label: "False" });
    await saveEditor(editor, "Unsaved changes");
    await expect(editor.getByTestId("form-error")).toContainText("The verdict changes from “Unproven” to “False”");
    await editor.goto(`/admin/entries/${draft.id}/history`);
    await expect(editor.getByTestId("revision-list").getByRole("listitem")).toHaveCount(1);

    await editor.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor);
    await editor.getByLabel("Verdict").selectOption({ label: "False" });
    const note = "The final report, published since, shows the claim is false.";
    await field(editor, /Public correction note/).fill(note);
    await saveEditor(editor);
    await submit(editor, draft.id);
    await approve(editor2, draft.id);
    await publish(editor2, draft.id);

    await editor.goto(draft.path);
    const corrections = editor.getByTestId("corrections");
    await expect(corrections).toContainText("Verdict changed from “Unproven” to “False”.");
    await expect(corrections).toContainText(note);
    await expect(editor.getByText(/Updated on/)).toBeVisible();
    const page = await (await request.get("/en/corrections")).text();
    expect(page).toContain(claim);
    expect(page).toContain(note);
    await editor.context().close();
    await editor2.context().close();
  });

  test("two editors saving from stale forms: the second gets a conflict and both texts survive", async ({ browser }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await createDraft(editor, { claim: unique("Concurrent edit check"), summary: "The summary both start from." });

    await editor2.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor2);
    await editor.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor);
    await expect(editor2.getByTestId("entry-version")).toHaveValue("1");

    await field(editor, /^Summary/).fill("Text written by the first editor.");
    await saveEditor(editor, "Saved as revision 2.");

    await field(editor2, /^Summary/).fill("Text written by the second editor.");
    await editor2.getByRole("button", { name: "Save" }).click();
    const conflict = editor2.getByTestId("conflict");
    await expect(conflict).toContainText("saved this entry since you opened it. Nothing was overwritten");
    await expect(conflict).toContainText("revision 2 by Édouard Editor");
    await expect(conflict.locator("ins")).toContainText("first editor");
    // The second editor's text is still in the form.
    await expect(field(editor2, /^Summary/)).toHaveValue("Text written by the second editor.");

    // Saving again, knowingly, keeps both: theirs in the history, this one on top.
    await editor2.getByRole("button", { name: "Save my version anyway" }).click();
    await expect(editor2.getByTestId("save-status")).toHaveText("Saved as revision 3.");
    await editor2.goto(`/admin/entries/${draft.id}/history?rev=2`);
    await expect(editor2.getByTestId("revision-list").getByRole("listitem")).toHaveCount(3);
    await expect(editor2.getByTestId("revision-diff").locator('[data-field="Summary"] ins')).toContainText("Text written by the first editor");
    await editor2.goto(`/admin/entries/${draft.id}/history?rev=3`);
    await expect(editor2.getByTestId("revision-diff").locator('[data-field="Summary"] del')).toHaveText("first");
    await expect(editor2.getByTestId("revision-diff").locator('[data-field="Summary"] ins')).toHaveText("second");
    await editor.context().close();
    await editor2.context().close();
  });

  test("unpublishing makes the public address answer 410 Gone; republishing brings it back", async ({ browser, request }) => {
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await publishedEntry({ author: editor, approver: editor2, publisher: editor2 }, { claim: unique("Withdrawal check") });
    expect((await request.get(draft.path)).status()).toBe(200);

    await editor.goto(`/admin/entries/${draft.id}`);
    editor.once("dialog", (dialog) => dialog.accept());
    await editor.getByLabel(/^Reason/).fill("Legal request");
    await editor.getByTestId("unpublish-form").getByRole("button", { name: "Unpublish" }).click();
    await expect(editor.getByTestId("workflow-panel").locator('[data-visibility="withdrawn"]')).toBeVisible();

    const gone = await request.get(draft.path);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain("Fact-check withdrawn");
    await editor.goto(draft.path);
    await expect(editor.getByTestId("withdrawn")).toBeVisible();

    await editor.goto(`/admin/entries/${draft.id}`);
    await editor.getByTestId("republish-form").getByRole("button", { name: "Republish" }).click();
    await expect(editor.getByTestId("workflow-panel").locator('[data-visibility="live"]')).toBeVisible();
    expect((await request.get(draft.path)).status()).toBe(200);
    await editor.context().close();
    await editor2.context().close();
  });

  test("a cached entry page shows a published correction on the very next request, and answers 410 right after unpublishing", async ({ browser, request }) => {
    // Entry pages are on-demand ISR (rendered once, then served from the full-page
    // cache): the workflow's invalidation must drop that copy, not wait for it to expire.
    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const draft = await publishedEntry({ author: editor, approver: editor2, publisher: editor }, { claim: unique("Page cache check"), verdict: "Unproven" });
    await request.get(draft.path);
    const cachedCopy = await request.get(draft.path);
    expect(cachedCopy.status()).toBe(200);
    expect(cachedCopy.headers()["x-nextjs-cache"]).toBe("HIT");

    await editor.goto(`/admin/entries/${draft.id}`);
    await editorReady(editor);
    await editor.getByLabel("Verdict").selectOption({ label: "False" });
    const note = unique("A correction readers must see at once:");
    await field(editor, /Public correction note/).fill(note);
    await field(editor, /^Summary/).fill("The corrected answer.");
    await saveEditor(editor);
    await submit(editor, draft.id);
    await approve(editor2, draft.id);
    expect(await (await request.get(draft.path)).text()).not.toContain(note);
    await publish(editor2, draft.id);

    const corrected = await (await request.get(draft.path)).text();
    expect(corrected).toContain(note);
    expect(corrected).toContain("The corrected answer.");
    expect((await request.get(draft.path)).headers()["x-nextjs-cache"]).toBe("HIT");

    // A reader has the home page open, with a link to the entry, while it is withdrawn.
    const reader = await browser.newPage();
    await reader.goto(draft.path.replace(/\/rumors\/.*$/, ""));
    const staleLink = reader.locator(`main a[href="${draft.path}"]`).first();
    await expect(staleLink).toBeVisible();

    await editor.goto(`/admin/entries/${draft.id}`);
    editor.once("dialog", (dialog) => dialog.accept());
    await editor.getByLabel(/^Reason/).fill("Page cache check");
    await editor.getByTestId("unpublish-form").getByRole("button", { name: "Unpublish" }).click();
    await expect(editor.getByTestId("workflow-panel").locator('[data-visibility="withdrawn"]')).toBeVisible();
    expect((await request.get(draft.path)).status()).toBe(410);
    // Following the stale link (a client-side navigation) lands on the withdrawn notice, not the old text.
    await staleLink.click();
    await expect(reader.getByTestId("withdrawn")).toBeVisible();
    await expect(reader).toHaveTitle(/withdrawn/i);
    await expect(reader.getByText(note)).toHaveCount(0);
    await reader.close();

    await editor.goto(`/admin/entries/${draft.id}`);
    await editor.getByTestId("republish-form").getByRole("button", { name: "Republish" }).click();
    await expect(editor.getByTestId("workflow-panel").locator('[data-visibility="live"]')).toBeVisible();
    const back = await request.get(draft.path);
    expect(back.status()).toBe(200);
    expect(await back.text()).toContain(note);
    await editor.context().close();
    await editor2.context().close();
  });

  test("cached home and topic pages show a new publication on the very next request; their filtered views are never cached", async ({ browser, request }) => {
    // The plain home and topic pages are on-demand ISR too: a publish must drop them.
    for (const path of ["/en", "/en/topics/health"]) {
      await request.get(path);
      const cachedCopy = await request.get(path);
      expect(cachedCopy.status(), path).toBe(200);
      expect(cachedCopy.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect(cachedCopy.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    }
    const filtered = await request.get("/en?verdict=misleading");
    expect(filtered.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(filtered.headers()["cache-control"]).toContain("no-store");
    expect(await filtered.text()).toContain('name="robots" content="noindex');

    const editor = await signIn(browser, "editor");
    const editor2 = await signIn(browser, "editor2");
    const claim = unique("Home cache check");
    await publishedEntry({ author: editor, approver: editor2, publisher: editor }, { claim, verdict: "Misleading", topics: ["Health"] });
    for (const path of ["/en", "/en/topics/health", "/en?verdict=misleading", "/en/topics/health?verdict=misleading"]) {
      expect(await (await request.get(path)).text(), path).toContain(claim);
    }
    await editor.context().close();
    await editor2.context().close();
  });

  test("leaving the editor with unsaved changes asks first", async ({ browser }) => {
    const editor = await signIn(browser, "editor");
    await editor.goto("/admin/entries/new");
    await editorReady(editor);
    await field(editor, /^Claim/).fill("Half-written claim");
    let asked = "";
    editor.once("dialog", async (dialog) => {
      asked = dialog.message();
      await dialog.dismiss();
    });
    await editor.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Entries" }).click();
    await expect.poll(() => asked).toContain("unsaved changes");
    await expect(editor).toHaveURL(/\/admin\/entries\/new$/);
    await expect(field(editor, /^Claim/)).toHaveValue("Half-written claim");
    await editor.context().close();
  });

  test("editors filter the entry list and manage topics", async ({ browser }) => {
    const editor = await signIn(browser, "editor");
    const claim = unique("Filterable entry");
    const draft = await createDraft(editor, { claim, locale: "French" });
    await editor.goto(`/admin/entries?q=${encodeURIComponent(claim)}&state=draft&locale=fr`);
    await expect(editor.getByTestId("entry-list").getByRole("link", { name: claim })).toBeVisible();
    await editor.goto(`/admin/entries?q=${encodeURIComponent(claim)}&state=published`);
    await expect(editor.getByTestId("entry-list")).toHaveText("No entry matches these filters.");
    await editor.goto(`/admin/entries?q=${draft.id}&state=bogus&page=-3`);
    await expect(editor.getByTestId("entry-list").getByRole("link", { name: claim })).toBeVisible();

    const suffix = Date.now().toString(36);
    await editor.goto("/admin/topics");
    const create = editor.getByTestId("create-topic-form");
    await create.getByLabel("English name").fill(`Elections ${suffix}`);
    await create.getByLabel("French name").fill(`Élections ${suffix}`);
    await create.getByRole("button", { name: "Create topic" }).click();
    await expect(create.getByRole("status")).toContainText(`elections-${suffix}`);
    const row = editor.getByTestId(`topic-elections-${suffix}`);
    await row.getByLabel("French name").fill(`Scrutins ${suffix}`);
    await row.getByRole("button", { name: "Rename" }).click();
    await expect(row.getByRole("status")).toHaveText("Renamed.");
    await editor.reload();
    await expect(editor.getByTestId(`topic-elections-${suffix}`).getByLabel("French name")).toHaveValue(`Scrutins ${suffix}`);
    await editor.context().close();
  });
});
