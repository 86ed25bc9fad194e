/**
 * Accounts and access control in a real browser against the production build:
 * sign-in and sign-out, throttling, two-factor sign-in, sessions that end from
 * elsewhere, what each role may open or call, and the security headers.
 *
 * Every context that fails a sign-in on purpose comes from its own address
 * (X-Forwarded-For), so the per-address throttle never spills onto other tests.
 */
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { generateTotpCode } from "@/lib/auth/crypto/totp";
import { accounts } from "./fixtures/accounts";

type Account = { email: string; password: string };

const runId = Date.now().toString(36);
let addressCounter = 0;

/** A browser context of its own, from an address of its own. */
async function newClient(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  addressCounter += 1;
  const ip = `198.18.${(Number.parseInt(runId.slice(-3), 36) + addressCounter) % 250}.${addressCounter % 250}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
  return { context, page: await context.newPage() };
}

async function submitLogin(page: Page, account: Account, path = "/login") {
  await page.goto(path);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signIn(page: Page, account: Account) {
  await submitLogin(page, account);
  await expect(page).toHaveURL(/\/admin$/);
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** An admin's page on one account, opened from the accounts list. */
async function openAccount(page: Page, name: string) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("signing in", () => {
  test("comes back to the page it was going to, and signing out ends the session on the server", async ({ page, context, browser }) => {
    const violations = collectCspViolations(page);
    await page.goto("/admin/account");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Faccount$/);
    await page.getByLabel("E-mail").fill(accounts.admin.email);
    await page.getByLabel("Password", { exact: true }).fill(accounts.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

    const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
    // next-auth's session endpoint does not hand the server-side session id to page scripts.
    const session = await page.request.get("/api/auth/session");
    expect(Object.keys(await session.json())).not.toContain("sid");

    await signOut(page);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);

    // The cookie of the ended session, replayed elsewhere, opens nothing.
    const replay = await browser.newContext();
    await replay.addCookies([cookie!]);
    const replayPage = await replay.newPage();
    await replayPage.goto("/admin/account");
    await expect(replayPage).toHaveURL(/\/login\?next=%2Fadmin%2Faccount/);
    await replay.close();
    expect(violations).toEqual([]);
  });

  test("a wrong password and an unknown e-mail get the same error", async ({ browser }) => {
    const { context, page } = await newClient(browser);
    await submitLogin(page, { email: accounts.wrongPassword.email, password: "not the password at all" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("E-mail")).toHaveValue(accounts.wrongPassword.email);

    await submitLogin(page, { email: `nobody-${runId}@factdesk.example`, password: "not the password at all" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");

    await signIn(page, accounts.wrongPassword);
    await context.close();
  });

  test("locks an account out after five failures, even from another address and with the right password", async ({ browser }) => {
    const { context, page } = await newClient(browser);
    for (let i = 0; i < 5; i++) {
      await submitLogin(page, { email: accounts.lockout.email, password: `wrong guess number ${i}` });
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
    }
    await submitLogin(page, accounts.lockout);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts\. Try again in (a minute|\d+ minutes)\.$/);
    await expect(page).toHaveURL(/\/login/);

    const elsewhere = await newClient(browser);
    await submitLogin(elsewhere.page, accounts.lockout);
    await expect(elsewhere.page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts/);
    await context.close();
    await elsewhere.context.close();
  });
});

test.describe("two-factor sign-in", () => {
  test("enrols with the QR code, then asks for a code at sign-in; a code and a recovery code work once", async ({ browser }) => {
    const { context, page } = await newClient(browser);
    const violations = collectCspViolations(page);
    await signIn(page, accounts.totp);
    await page.goto("/admin/account");
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    await expect(page.getByTestId("totp-qr").locator("svg")).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").getAttribute("data-secret"))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This code is not right");
    await page.getByLabel("Code from the app").fill(generateTotpCode(secret));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const codes = page.getByTestId("recovery-codes").locator("li");
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().textContent())!.trim();
    await page.getByRole("link", { name: "Done" }).click();
    await expect(page.getByText(/10 unused recovery codes left/)).toBeVisible();
    await signOut(page);

    // The password alone no longer opens the newsroom.
    await submitLogin(page, accounts.totp);
    await expect(page).toHaveURL(/\/login\/verify\?next=%2Fadmin$/);
    await page.goto("/admin/account");
    await expect(page).toHaveURL(/\/login\/verify\?next=%2Fadmin%2Faccount$/);
    // The next time step's code: the enrolment used up the current one.
    const code = generateTotpCode(secret, new Date(Date.now() + 30_000));
    await page.getByLabel("Authentication code").fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/admin\/account$/);
    await signOut(page);

    // The same code again, within its window: refused.
    await submitLogin(page, accounts.totp);
    await page.getByLabel("Authentication code").fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not right, or was already used");
    await page.getByRole("link", { name: "Use a recovery code" }).click();
    await page.getByLabel("Recovery code").fill(recoveryCode);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await signOut(page);

    await submitLogin(page, accounts.totp);
    await page.getByRole("link", { name: "Use a recovery code" }).click();
    await page.getByLabel("Recovery code").fill(recoveryCode);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not right, or was already used");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect(violations).toEqual([]);
    await context.close();
  });

  test("when admins require it for editors, an editor without it is sent to set it up before using the newsroom", async ({ browser }) => {
    const admin = await newClient(browser);
    await signIn(admin.page, accounts.admin);
    const setRequirement = async (required: boolean) => {
      await admin.page.goto("/admin/users");
      await admin.page.getByLabel("Required for editors").setChecked(required);
      await admin.page.getByRole("button", { name: "Save requirement" }).click();
      await expect(admin.page.getByRole("main").getByRole("status")).toContainText(required ? "now required for editors" : "now optional");
    };
    try {
      await setRequirement(true);
      const editor = await newClient(browser);
      await submitLogin(editor.page, accounts.enrolOnDemand);
      await expect(editor.page).toHaveURL(/\/login\/two-factor\?next=%2Fadmin$/);
      await editor.page.goto("/admin/account");
      await expect(editor.page).toHaveURL(/\/login\/two-factor\?next=%2Fadmin%2Faccount$/);
      await editor.page.getByRole("button", { name: "Set up an authenticator app" }).click();
      const secret = (await editor.page.getByTestId("totp-secret").getAttribute("data-secret"))!;
      await editor.page.getByLabel("Code from the app").fill(generateTotpCode(secret));
      await editor.page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
      await expect(editor.page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
      await editor.page.getByRole("link", { name: "Continue to the newsroom" }).click();
      await expect(editor.page).toHaveURL(/\/admin\/account$/);
      await expect(editor.page.getByText("Two-factor sign-in is required for editors, so it cannot be turned off.")).toBeVisible();
      await editor.context.close();
    } finally {
      await setRequirement(false);
      await admin.context.close();
    }
  });
});

test.describe("sessions", () => {
  test("an account disabled by an admin is thrown out at its next request", async ({ browser }) => {
    const victim = await newClient(browser);
    await signIn(victim.page, accounts.toDisable);
    const admin = await newClient(browser);
    await signIn(admin.page, accounts.admin);
    await openAccount(admin.page, accounts.toDisable.name);
    await admin.page.getByRole("button", { name: "Disable account" }).click();
    await expect(admin.page.getByRole("main").getByRole("status")).toContainText("Account disabled");

    await victim.page.reload();
    await expect(victim.page).toHaveURL(/\/login\?next=%2Fadmin$/);
    await submitLogin(victim.page, accounts.toDisable);
    await expect(victim.page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");

    // On the record: who disabled whom.
    await admin.page.goto("/admin/audit?action=user.disabled");
    const row = admin.page.getByTestId("audit-row").filter({ hasText: accounts.toDisable.name });
    await expect(row.first()).toContainText("Alice Admin");

    await openAccount(admin.page, accounts.toDisable.name);
    await admin.page.getByRole("button", { name: "Enable account" }).click();
    await expect(admin.page.getByRole("main").getByRole("status")).toContainText("Account enabled");
    await signIn(victim.page, accounts.toDisable);
    await victim.context.close();
    await admin.context.close();
  });

  test("a session ended from another browser is signed out at its next request", async ({ browser }) => {
    const laptop = await newClient(browser);
    const phone = await newClient(browser);
    await signIn(phone.page, accounts.twoSessions);
    await signIn(laptop.page, accounts.twoSessions);
    await laptop.page.goto("/admin/account");
    const rows = laptop.page.getByTestId("session-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "This device" })).toHaveCount(1);
    await rows.filter({ hasNotText: "This device" }).getByRole("button", { name: "End session" }).click();
    await expect(rows).toHaveCount(1);

    await phone.page.reload();
    await expect(phone.page).toHaveURL(/\/login/);
    await laptop.page.reload();
    await expect(laptop.page).toHaveURL(/\/admin\/account$/);
    await laptop.context.close();
    await phone.context.close();
  });
});

test.describe("account management", () => {
  test("an admin creates accounts with a one-time password or a set-password link", async ({ browser }) => {
    const admin = await newClient(browser);
    const violations = collectCspViolations(admin.page);
    await signIn(admin.page, accounts.admin);
    await admin.page.goto("/admin/users/new");
    const otp = { email: `otp-${runId}@factdesk.example`, name: "Olive Onetime" };
    await admin.page.getByLabel("Name").fill(otp.name);
    await admin.page.getByLabel("E-mail").fill(otp.email);
    await admin.page.getByLabel("Role").selectOption("editor");
    await admin.page.getByLabel(/One-time password/).check();
    await admin.page.getByRole("button", { name: "Create account" }).click();
    const password = (await admin.page.getByTestId("issued-password").textContent())!.trim();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);

    // A purely client-side button: proves the page's scripts run under the nonce policy.
    await admin.page.getByRole("button", { name: "Create another" }).click();
    const invited = { email: `invited-${runId}@factdesk.example`, name: "Ivo Invited" };
    await admin.page.getByLabel("Name").fill(invited.name);
    await admin.page.getByLabel("E-mail").fill(invited.email);
    await admin.page.getByLabel(/Set-password link/).check();
    await admin.page.getByRole("button", { name: "Create account" }).click();
    const link = (await admin.page.getByTestId("issued-link").textContent())!.trim();
    expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);

    await admin.page.goto("/admin/users/new");
    await admin.page.getByLabel("Name").fill("Twin");
    await admin.page.getByLabel("E-mail").fill(otp.email.toUpperCase());
    await admin.page.getByRole("button", { name: "Create account" }).click();
    await expect(admin.page.getByRole("main").getByRole("alert")).toHaveText("An account with this e-mail address already exists.");
    expect(violations).toEqual([]);

    // The one-time password must be replaced at first sign-in.
    const first = await newClient(browser);
    await submitLogin(first.page, { email: otp.email, password });
    await expect(first.page).toHaveURL(/\/login\/new-password\?next=%2Fadmin$/);
    await first.page.getByLabel("One-time password").fill(password);
    await first.page.getByLabel("New password", { exact: true }).fill("password1234");
    await first.page.getByLabel("Repeat the new password").fill("password1234");
    await first.page.getByRole("button", { name: "Save and continue" }).click();
    await expect(first.page.getByRole("main").getByRole("alert")).toContainText("most common");
    await first.page.getByLabel("One-time password").fill(password);
    await first.page.getByLabel("New password", { exact: true }).fill("lighthouse keeper at noon");
    await first.page.getByLabel("Repeat the new password").fill("lighthouse keeper at noon");
    await first.page.getByRole("button", { name: "Save and continue" }).click();
    await expect(first.page).toHaveURL(/\/admin$/);
    await first.context.close();

    // The link works once.
    const second = await newClient(browser);
    await second.page.goto(new URL(link).pathname);
    await expect(second.page.getByRole("heading", { name: "Welcome to the newsroom" })).toBeVisible();
    await second.page.getByLabel("Password", { exact: true }).fill("orchard under snow at dusk");
    await second.page.getByLabel("Repeat the password").fill("orchard under snow at dusk");
    await second.page.getByRole("button", { name: "Set password" }).click();
    await expect(second.page).toHaveURL(/\/login\?notice=password_set$/);
    await expect(second.page.getByRole("main").getByRole("status")).toHaveText("Your password is set. Sign in with it.");
    await signIn(second.page, { email: invited.email, password: "orchard under snow at dusk" });
    await second.page.goto(new URL(link).pathname);
    await expect(second.page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await second.context.close();
    await admin.context.close();
  });
});

test.describe("access control", () => {
  const ADMIN_ONLY = ["/admin/users", "/admin/users/new", "/admin/users/1", "/admin/audit"];

  test("each role opens exactly the pages it may (a sample of the permissions matrix over HTTP)", async ({ browser }) => {
    for (const [account, allowed] of [
      [accounts.contributor, false],
      [accounts.editor, false],
      [accounts.admin, true],
    ] as const) {
      const { context, page } = await newClient(browser);
      await signIn(page, account);
      for (const path of ADMIN_ONLY) {
        const response = await page.goto(path);
        expect(response!.status(), `${account.email} ${path}`).toBe(allowed ? 200 : 403);
        if (!allowed) {
          await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
          expect(await page.content()).not.toContain(accounts.admin.email);
        }
      }
      expect((await page.goto("/admin/account"))!.status()).toBe(200);
      const nav = page.getByRole("navigation", { name: "Newsroom" });
      await expect(nav.getByRole("link", { name: "Accounts" })).toHaveCount(allowed ? 1 : 0);
      await context.close();
    }
  });

  test("an account action posted by a contributor, anonymously or from a foreign origin is refused", async ({ browser, baseURL }) => {
    const admin = await newClient(browser);
    await signIn(admin.page, accounts.admin);
    await openAccount(admin.page, accounts.actionTarget.name);

    // Capture the request the "Disable account" button sends, without letting it through.
    let captured: Request | null = null;
    await admin.page.route("**/admin/users/**", async (route) => {
      if (route.request().method() === "POST") {
        captured = route.request();
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await admin.page.getByRole("button", { name: "Disable account" }).click();
    await expect.poll(() => captured).not.toBeNull();
    await admin.page.unroute("**/admin/users/**");
    const request = captured! as Request;
    expect(request.headers()["next-action"]).toMatch(/^[0-9a-f]{20,}$/);
    // Replayed with the caller's own cookies: the admin's cookie header is left out.
    const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => name !== "cookie"));
    const replay = async (api: APIRequestContext, origin: string) =>
      api.post(request.url(), {
        headers: { ...headers, origin },
        data: request.postDataBuffer()!,
        maxRedirects: 0,
      });
    const stillActive = async () => {
      await admin.page.reload();
      await expect(admin.page.getByText("Active", { exact: true })).toBeVisible();
    };

    const contributor = await newClient(browser);
    await signIn(contributor.page, accounts.contributor);
    const byContributor = await replay(contributor.context.request, baseURL!);
    expect(byContributor.status()).toBe(403);
    await stillActive();

    const editor = await newClient(browser);
    await signIn(editor.page, accounts.editor);
    expect((await replay(editor.context.request, baseURL!)).status()).toBe(403);
    await stillActive();

    const anonymous = await newClient(browser);
    const byAnonymous = await replay(anonymous.context.request, baseURL!);
    expect(byAnonymous.status()).toBe(307);
    expect(byAnonymous.headers().location).toMatch(/^\/login\?next=/);
    await stillActive();

    // Next.js compares Origin with the host and aborts the action ("Invalid Server Actions request", a 500).
    const foreign = await replay(admin.context.request, "https://evil.example");
    expect(foreign.status()).toBeGreaterThanOrEqual(400);
    expect(await foreign.text()).not.toContain("Account disabled");
    await stillActive();

    // The same request from the admin, same origin: it does disable (so the refusals above were the checks, not a bad replay).
    const legit = await replay(admin.context.request, baseURL!);
    expect(legit.status()).toBe(200);
    await admin.page.reload();
    await expect(admin.page.getByText("Disabled", { exact: true })).toBeVisible();
    await admin.page.getByRole("button", { name: "Enable account" }).click();
    await expect(admin.page.getByRole("main").getByRole("status")).toContainText("Account enabled");

    for (const client of [admin, contributor, editor, anonymous]) await client.context.close();
  });

  test("no route under /admin answers data to an anonymous request, even with a forged cookie", async ({ browser, playwright, baseURL }) => {
    const admin = await newClient(browser);
    await signIn(admin.page, accounts.admin);
    const paths = new Set(["/admin", "/admin/account", "/admin/users", "/admin/users/new", "/admin/audit", "/admin/users/1"]);
    for (const start of ["/admin", "/admin/users"]) {
      await admin.page.goto(start);
      for (const href of await admin.page.locator('a[href^="/admin"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) {
        paths.add(href.split("#")[0]);
      }
    }
    await admin.context.close();
    expect(paths.size).toBeGreaterThan(7);

    const anonymous = await playwright.request.newContext({ baseURL });
    const forged = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged" },
    });
    for (const path of paths) {
      for (const [name, api] of [
        ["anonymous", anonymous],
        ["forged cookie", forged],
      ] as const) {
        const response = await api.get(path, { maxRedirects: 0 });
        const body = await response.text();
        // A page that exists sends the caller to sign in; a link to a page not built yet may answer 404, never data.
        const mustExist = ["/admin", "/admin/account", "/admin/users", "/admin/users/new", "/admin/audit", "/admin/users/1"].includes(path);
        expect(mustExist ? [303, 307, 308] : [303, 307, 308, 404], `${name} ${path}`).toContain(response.status());
        if (response.status() !== 404) expect(response.headers().location, `${name} ${path}`).toMatch(/^\/login/);
        expect(body).not.toContain("@factdesk.example");
      }
    }
    // An unknown admin path: the proxy still sends the anonymous caller to sign in.
    const unknown = await anonymous.get("/admin/does-not-exist", { maxRedirects: 0 });
    expect(unknown.status()).toBe(307);
    await anonymous.dispose();
    await forged.dispose();
  });
});

test.describe("security headers", () => {
  test("signed-in pages carry a fresh nonce on every script; public pages a static policy; HSTS in production", async ({ page, request }) => {
    await signIn(page, accounts.editor);
    const first = await page.goto("/admin");
    const policy = (await first!.allHeaders())["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    const second = await page.goto("/admin");
    expect((await second!.allHeaders())["content-security-policy"]).not.toBe(policy);

    const login = await request.get("/login");
    expect(login.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

    const home = await request.get("/en");
    const again = await request.get("/en");
    const publicPolicy = home.headers()["content-security-policy"];
    expect(publicPolicy).toBe(again.headers()["content-security-policy"]);
    expect(publicPolicy).not.toContain("nonce-");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(publicPolicy).toContain(directive);
    expect(publicPolicy).not.toContain("unsafe-eval");

    for (const response of [home, login, first!]) {
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
    }
    expect((await request.get("/api/health")).headers()["content-security-policy"]).toContain("default-src 'none'");
  });
});
