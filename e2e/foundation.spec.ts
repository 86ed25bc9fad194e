import { expect, test } from "@playwright/test";
import { accounts } from "./fixtures/accounts";

test("/ sends readers to their language", async ({ request }) => {
  const fr = await request.get("/", { headers: { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" }, maxRedirects: 0 });
  expect(fr.status()).toBe(307);
  expect(fr.headers().location).toMatch(/\/fr$/);
  const en = await request.get("/", { headers: { "Accept-Language": "en-GB,en;q=0.8" }, maxRedirects: 0 });
  expect(en.headers().location).toMatch(/\/en$/);
});

test("the French home lists the demo entries and opens one", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const links = page.locator("main h2 a");
  expect(await links.count()).toBeGreaterThanOrEqual(12);
  const claim = (await links.first().textContent())!.trim();
  await links.first().click();
  await expect(page.locator("h1")).toHaveText(claim);
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
});

test("an unknown entry and an unknown locale answer 404", async ({ request }) => {
  expect((await request.get("/fr/rumors/this-does-not-exist")).status()).toBe(404);
  expect((await request.get("/de")).status()).toBe(404);
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect((await response.json()).database.reachable).toBe(true);
});

test("a demo editor signs in and reaches the dashboard", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
  await page.getByLabel("E-mail").fill(accounts.editor.email);
  await page.getByLabel("Password").fill(accounts.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("current-user")).toContainText("editor");
});
