import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { accounts } from "./fixtures/accounts";

/** Each test is its own reader behind the proxy, so the per-address rate limit never mixes tests. */
const addressPrefix = `198.18.${Math.floor(Math.random() * 250)}`;
let addressCounter = 0;
function readerAddress(): string {
  addressCounter += 1;
  return `${addressPrefix}.${addressCounter}`;
}

/** The form refuses what is sent faster than a person could (3 s); wait that long like a reader would. */
const FILL_TIME_MS = 3_300;

async function readerPage(browser: Browser, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": readerAddress() } });
  return context.newPage();
}

async function signInAsEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login?next=%2Fadmin%2Ftips");
  await page.getByLabel("E-mail").fill(accounts.editor.email);
  await page.getByLabel("Password").fill(accounts.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/tips$/);
  return page;
}

async function sendRumor(page: Page, locale: "en" | "fr", fields: { claim: string; where?: string; url?: string; email?: string }): Promise<string> {
  await page.goto(`/${locale}/report`);
  await page.locator("#claim").fill(fields.claim);
  if (fields.where) await page.locator("#seenDescription").fill(fields.where);
  if (fields.url) await page.locator("#seenUrl").fill(fields.url);
  if (fields.email) await page.locator("#email").fill(fields.email);
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: locale === "en" ? "Send the report" : "Envoyer le signalement" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/report/thanks\\?ref=T-[A-Z0-9]{6}$`));
  return (await page.getByTestId("tip-reference").textContent())!.trim();
}

test("a reader sends a tip with JavaScript off; an editor turns it into a draft that keeps the link", async ({ browser }) => {
  const reader = await readerPage(browser);
  const claim = `The town hall will ban bicycles on Sundays ${Date.now()}`;
  const reference = await sendRumor(reader, "en", { claim, where: "A neighbourhood Facebook group", url: "https://social.example/post/1", email: "reader.e2e@example.org" });
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Thank you, your report has been received");
  expect(reference).toMatch(/^T-[A-Z0-9]{6}$/);
  // The confirmation shows the reference, never what was sent.
  const html = await reader.content();
  expect(html).not.toContain("bicycles");
  expect(html).not.toContain("reader.e2e@example.org");

  const editor = await signInAsEditor(browser);
  const row = editor.locator(`[data-reference="${reference}"]`);
  await expect(row.getByTestId("tip-claim")).toHaveText(claim);
  await expect(editor.getByText("reader.e2e@example.org")).toHaveCount(0);
  await row.getByRole("link", { name: reference }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(reference);

  await editor.getByRole("button", { name: "Show contact e-mail" }).click();
  await expect(editor.getByTestId("contact-email")).toHaveText("reader.e2e@example.org");

  await editor.getByRole("button", { name: /Turn into a draft entry/ }).click();
  await expect(editor.getByTestId("tip-flash")).toContainText("A draft entry was created");
  const link = editor.getByTestId("converted-entry-link");
  await expect(link).toContainText("en/the-town-hall-will-ban-bicycles-on-sundays");
  await expect(link).toHaveAttribute("href", /^\/admin\/entries\/\d+$/);
  await expect(editor.locator('[data-status="converted"]').first()).toHaveText("Turned into an entry");

  await editor.goto("/admin/tips?status=converted");
  await expect(editor.locator(`[data-reference="${reference}"]`)).toBeVisible();
});

test("the French form works without JavaScript: errors in French, input kept as text, too-fast refused politely", async ({ browser }) => {
  const reader = await readerPage(browser);
  await reader.goto("/fr/report");
  await expect(reader.locator("html")).toHaveAttribute("lang", "fr");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Signaler une rumeur");
  const hostile = `<img src=x onerror="document.title='pwned'"></textarea><script>document.title='pwned'</script>`;
  await reader.locator("#claim").fill(hostile);
  await reader.locator("#seenUrl").fill("javascript:alert(1)");
  await reader.locator("#email").fill("pas une adresse");
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Envoyer le signalement" }).click();

  const alert = reader.getByTestId("report-error");
  await expect(alert).toContainText("Le signalement n'a pas pu être envoyé");
  await expect(alert).toContainText("Il doit commencer par http:// ou https://");
  await expect(alert).toContainText("Cette adresse e-mail ne semble pas valide.");
  await expect(reader.locator("#claim")).toHaveValue(hostile);
  await expect(reader.locator("#email")).toHaveValue("pas une adresse");
  await expect(reader.locator('img[src="x"]')).toHaveCount(0);
  expect(await reader.title()).not.toBe("pwned");

  // Sent again at once, from the re-rendered form: too fast for a person.
  await reader.locator("#seenUrl").fill("https://exemple.fr/publication");
  await reader.locator("#email").fill("");
  await reader.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(reader.getByTestId("report-error")).toContainText("C'était rapide");
  await expect(reader).toHaveURL(/\/fr\/report$/);
});

test("with JavaScript on, the same form keeps the input on an error and then lands on the confirmation", async ({ browser }) => {
  const reader = await readerPage(browser, true);
  await reader.goto("/en/report");
  const claim = `Supermarkets will close for a month ${Date.now()}`;
  await reader.locator("#claim").fill(claim);
  await reader.locator("#seenDescription").fill("Radio phone-in");
  await reader.locator("#email").fill("not-an-address");
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader.getByTestId("report-error")).toContainText("This e-mail address does not look valid.");
  await expect(reader.locator("#claim")).toHaveValue(claim);
  await reader.locator("#email").fill("");
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader).toHaveURL(/\/en\/report\/thanks\?ref=T-[A-Z0-9]{6}$/);
  await expect(reader.getByTestId("tip-reference")).toHaveText(/^T-[A-Z0-9]{6}$/);
});

test("report an error from an entry page: the form names the entry and the report reaches the queue", async ({ browser, request }) => {
  const home = await (await request.get("/en")).text();
  const slug = /href="\/en\/rumors\/([a-z0-9-]+)"/.exec(home)![1];
  const reader = await readerPage(browser);
  await reader.goto(`/en/report?entry=${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Report an error");
  await expect(reader.getByTestId("reported-entry")).toBeVisible();
  const details = `The second source is dated wrongly ${Date.now()}`;
  await reader.locator("#claim").fill(details);
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader).toHaveURL(/\/en\/report\/thanks\?ref=T-/);
  const reference = (await reader.getByTestId("tip-reference").textContent())!.trim();

  const editor = await signInAsEditor(browser);
  await editor.goto("/admin/tips?kind=error");
  const row = editor.locator(`[data-reference="${reference}"]`);
  await expect(row).toContainText(`en/${slug}`);
  await row.getByRole("link", { name: reference }).click();
  const editorLink = editor.getByRole("link", { name: "Open in the entry editor to make a correction" });
  await expect(editorLink).toHaveAttribute("href", /^\/admin\/entries\/\d+$/);
  const entryAdminPath = (await editorLink.getAttribute("href"))!;
  const tipPath = new URL(editor.url()).pathname;

  // The report also shows on the entry's own admin page, and the dashboard counts it.
  await editor.goto(entryAdminPath);
  await expect(editor.getByTestId("entry-error-reports").getByTestId("entry-error-report").filter({ hasText: details })).toBeVisible();
  await editor.goto("/admin");
  await expect(editor.getByTestId("tips-daily-counts")).toBeVisible();

  await editor.goto(tipPath);
  await editor.getByRole("button", { name: /Mark handled/ }).click();
  await expect(editor.getByTestId("tip-flash")).toContainText("marked as handled");
  await expect(editor.locator('[data-status="converted"]').first()).toHaveText("Handled");
});

/** The fields of the server-rendered form, as a browser without JavaScript would post them. */
async function formFields(request: APIRequestContext, address: string): Promise<Record<string, string>> {
  const html = await (await request.get("/en/report", { headers: { "X-Forwarded-For": address } })).text();
  const fields: Record<string, string> = {};
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const match of html.matchAll(/<input\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[1])?.[1];
    if (!name) continue;
    fields[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(match[1])?.[1] ?? "");
  }
  return fields;
}

test("30 rapid submissions from one address are throttled with a clear message; another address still gets through", async ({ request, baseURL }) => {
  const flooder = readerAddress();
  const fields = await formFields(request, flooder);
  expect(Object.keys(fields)).toEqual(expect.arrayContaining(["formToken", "locale", "website"]));
  await new Promise((resolve) => setTimeout(resolve, FILL_TIME_MS));

  const origin = new URL(baseURL!).origin;
  const post = (address: string, i: number) =>
    request.post("/en/report", {
      headers: { "X-Forwarded-For": address, Origin: origin },
      multipart: { ...fields, claim: `Flood claim ${i} ${flooder}`, seenDescription: "bot farm" },
      maxRedirects: 0,
    });
  const outcomes: string[] = [];
  for (let i = 0; i < 30; i++) {
    const response = await post(flooder, i);
    if (response.status() === 303) outcomes.push("accepted");
    else if ((await response.text()).includes("Too many reports were sent from your connection. Please try again later.")) outcomes.push("throttled");
    else outcomes.push(`other ${response.status()}`);
  }
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("accepted"));
  expect(outcomes.slice(5)).toEqual(Array(25).fill("throttled"));

  const other = await post(readerAddress(), 99);
  expect(other.status()).toBe(303);
  expect(other.headers().location).toMatch(/\/en\/report\/thanks\?ref=T-[A-Z0-9]{6}$/);
});

test("hostile text in a tip never executes in the admin", async ({ browser }) => {
  const marker = `${Date.now()}`;
  const payloads = {
    claim: `<script>window.__pwned="${marker}";alert(1)</script><img src=x onerror="alert(2)"> ${marker}`,
    where: `"><svg onload=alert(3)><a href="javascript:alert(4)">click</a> javascript:alert(5)`,
  };
  const reader = await readerPage(browser);
  await reader.goto("/en/report");
  await reader.locator("#claim").fill(payloads.claim);
  await reader.locator("#seenDescription").fill(payloads.where);
  await reader.locator("#seenUrl").fill("javascript:alert(6)");
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader.getByTestId("report-error")).toContainText("It must start with http:// or https://");
  await reader.locator("#seenUrl").fill(`https://example.org/?q=<script>alert(7)</script>`);
  await reader.waitForTimeout(FILL_TIME_MS);
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader).toHaveURL(/\/en\/report\/thanks/);
  const reference = (await reader.getByTestId("tip-reference").textContent())!.trim();

  const editor = await signInAsEditor(browser);
  const dialogs: string[] = [];
  editor.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of ["/admin/tips", "/admin/tips?status=all"]) {
    await editor.goto(path);
    const row = editor.locator(`[data-reference="${reference}"]`);
    await expect(row.getByTestId("tip-claim")).toHaveText(payloads.claim);
    await assertNothingInjected(editor, marker);
  }
  await editor.locator(`[data-reference="${reference}"]`).getByRole("link", { name: reference }).click();
  await expect(editor).toHaveURL(/\/admin\/tips\/\d+$/);
  await expect(editor.getByTestId("tip-claim")).toHaveText(payloads.claim);
  await expect(editor.getByTestId("tip-where")).toHaveText(payloads.where);
  await assertNothingInjected(editor, marker);
  const readerLink = editor.getByRole("link", { name: /example\.org/ });
  await expect(readerLink).toHaveAttribute("href", /^https:\/\/example\.org\//);
  await expect(readerLink).toHaveAttribute("rel", "nofollow noopener noreferrer");
  expect(dialogs).toEqual([]);
});

async function assertNothingInjected(page: Page, marker: string) {
  // "load" waits for every script of the page, hydration included, to have run.
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("main svg")).toHaveCount(0);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator("main [onerror], main [onload]")).toHaveCount(0);
  const inlineScripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
  expect(inlineScripts.some((text) => text.includes(`window.__pwned="${marker}"`) && !text.includes("self.__next_f"))).toBe(false);
}

test("an editor exports the queue as CSV with contact e-mails", async ({ browser }) => {
  const reader = await readerPage(browser);
  const reference = await sendRumor(reader, "en", { claim: `=HYPERLINK("http://evil.example") export ${Date.now()}`, where: "a forum", email: "export.e2e@example.org" });
  const editor = await signInAsEditor(browser);
  const [download] = await Promise.all([editor.waitForEvent("download"), editor.getByRole("button", { name: "Export CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const line = csv.split("\r\n").find((l) => l.startsWith(reference))!;
  expect(line).toContain("export.e2e@example.org");
  expect(line).toContain(`"'=HYPERLINK(""http://evil.example"")`);
});

test("the tips queue is for editors only", async ({ browser, request }) => {
  const response = await request.get("/admin/tips", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const exportResponse = await request.post("/admin/tips/export", { form: { status: "all", kind: "all" }, maxRedirects: 0 });
  expect([307, 401]).toContain(exportResponse.status());

  const page = await (await browser.newContext()).newPage();
  await page.goto("/login?next=%2Fadmin%2Ftips");
  await page.getByLabel("E-mail").fill(accounts.contributor.email);
  await page.getByLabel("Password").fill(accounts.contributor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/tips$/);
  // A contributor gets the newsroom's 403 page, not the queue.
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("Your role does not give access to this page")).toBeVisible();
  await expect(page.getByTestId("tip-row")).toHaveCount(0);
  expect((await page.reload())?.status()).toBe(403);
});
