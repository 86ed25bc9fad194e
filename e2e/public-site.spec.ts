import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { siteFixtures } from "./fixtures/site";

const ENTRY_FR = "/fr/rumors/les-antennes-5g-propagent-les-virus";
const ENTRY_EN = "/en/rumors/5g-antennas-spread-viruses";
const TOPIC = "/fr/topics/health";

/** The pages the issue names, plus the error pages a reader can meet. */
const AUDITED_PAGES = [
  "/fr",
  "/en",
  ENTRY_FR,
  ENTRY_EN,
  TOPIC,
  "/en/topics/technology",
  "/fr/search?q=donnees",
  "/en/search",
  "/en/search?q=zzzznothing",
  "/fr/corrections",
  "/en/corrections-policy",
  "/login",
];

async function expectNoAxeViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${path}`).toEqual([]);
}

test.describe("accessibility (axe-core)", () => {
  const pages: [string, number][] = [
    ...AUDITED_PAGES.map((path): [string, number] => [path, 200]),
    ["/fr/rumors/nothing-here", 404],
    [`/en/rumors/${siteFixtures.withdrawn.en}`, 410],
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [path, status] of pages) {
      test(`no violations on ${path} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(status);
        await expectNoAxeViolations(page, path);
        await context.close();
      });
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every public page is readable", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("h1")).toHaveText("Dernières vérifications");
    expect(await page.getByTestId("entry-card").count()).toBe(20);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toBeVisible();

    await page.goto(ENTRY_EN);
    await expect(page.locator("h1")).toContainText("5G antennas spread viruses");
    await expect(page.getByTestId("verdict")).toContainText("False");
    await expect(page.getByTestId("entry-body")).toContainText("electromagnetic");
    expect(await page.getByTestId("sources").locator("li").count()).toBeGreaterThan(0);

    await page.goto(TOPIC);
    await expect(page.locator("h1")).toHaveText("Thème\u00a0: Santé");
    expect(await page.getByTestId("entry-card").count()).toBeGreaterThan(0);

    await page.goto("/fr/corrections");
    expect(await page.getByTestId("corrections-list").locator("li").count()).toBeGreaterThan(0);

    await page.goto("/login");
    await expect(page.getByLabel("E-mail")).toBeVisible();
  });

  test("the filter form, pagination and search work as plain GET forms", async ({ page }) => {
    await page.goto("/en");
    await page.getByLabel("Filter by verdict").selectOption("false");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\?verdict=false&topic=$/);
    const badges = page.getByTestId("entry-card").locator("[data-verdict]");
    expect(await badges.count()).toBeGreaterThan(0);
    for (const verdict of await badges.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-verdict")))) {
      expect(verdict).toBe("false");
    }

    await page.goto("/fr");
    const firstPage = await page.getByTestId("entry-card").locator("h2").allTextContents();
    await page.getByRole("link", { name: "Plus anciennes" }).click();
    await expect(page).toHaveURL(/\/fr\?cursor=/);
    const secondPage = await page.getByTestId("entry-card").locator("h2").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((claim) => firstPage.includes(claim))).toBe(false);
    await page.getByRole("link", { name: "Plus récentes" }).click();
    expect(await page.getByTestId("entry-card").locator("h2").allTextContents()).toEqual(firstPage);

    await page.goto("/fr/search");
    await expect(page.getByTestId("search-message")).toContainText("Saisissez quelques mots");
    await page.getByLabel("Rechercher dans les vérifications").fill("donnees");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/search\?q=donnees$/);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
  });
});

test.describe("entry page", () => {
  test("shows the claim, its origin, the verdict, sources with publishers and dates, topics, corrections and links", async ({ page }) => {
    await page.goto(ENTRY_FR);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByTestId("claim-origin")).toContainText("Publication virale");
    await expect(page.getByTestId("claim-origin")).toContainText("Vu pour la première fois le 29 juillet 2026");
    await expect(page.getByTestId("claim-origin").getByRole("link")).toHaveAttribute("href", "https://social.example.com/posts/antennes-5g-virus");
    await expect(page.getByTestId("verdict").locator("[data-verdict=false]")).toHaveText(/Faux/);
    const firstSource = page.getByTestId("sources").locator("li").first();
    await expect(firstSource).toContainText("Organisation mondiale de la santé");
    await expect(firstSource).toContainText("1 août 2026");
    await expect(page.getByRole("link", { name: "Santé" }).last()).toHaveAttribute("href", "/fr/topics/health");
    await expect(page.getByTestId("report-error")).toHaveAttribute("href", "/fr/report?entry=les-antennes-5g-propagent-les-virus");
    await expect(page.getByTestId("translation-link").getByRole("link")).toHaveAttribute("href", ENTRY_EN);
  });

  test("shows corrections with the verdict change", async ({ page }) => {
    await page.goto("/fr/corrections");
    const first = page.getByTestId("corrections-list").locator("li").first();
    const href = await first.getByRole("link").first().getAttribute("href");
    await page.goto(href!);
    await expect(page.getByTestId("corrections")).toBeVisible();
  });

  test("carries ClaimReview JSON-LD with Google's required and recommended properties, matching the page", async ({ page, baseURL }) => {
    await page.goto(ENTRY_EN);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const review = JSON.parse(blocks[0]);
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    for (const property of ["url", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"]) {
      expect(review, property).toHaveProperty(property);
    }
    expect(review.url).toBe(`${baseURL}${ENTRY_EN}`);
    expect(review.claimReviewed).toBe((await page.locator("h1").textContent())?.trim());
    expect(review.author["@type"]).toBe("Organization");
    expect(review.author.name).toBe("Factdesk");
    expect(new Date(review.datePublished).toString()).not.toBe("Invalid Date");
    const rating = review.reviewRating;
    expect(rating["@type"]).toBe("Rating");
    expect(rating.worstRating).toBe(1);
    expect(rating.bestRating).toBe(5);
    expect(rating.ratingValue).toBe(1);
    expect(Number.isInteger(rating.ratingValue) && rating.ratingValue >= rating.worstRating && rating.ratingValue <= rating.bestRating).toBe(true);
    expect(rating.alternateName).toBe((await page.getByTestId("verdict").locator("[data-verdict]").textContent())?.replace(/^\W+/, "").trim());
    expect(review.itemReviewed["@type"]).toBe("Claim");
    expect(review.itemReviewed.firstAppearance).toMatchObject({
      "@type": "CreativeWork",
      url: "https://social.example.com/posts/antennes-5g-virus",
      datePublished: "2026-07-29",
    });
    expect(review.itemReviewed.appearance[0].url).toBe("https://social.example.com/posts/antennes-5g-virus");
  });

  test("hostile stored text never runs, in the JSON-LD or anywhere else", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/en/rumors/${siteFixtures.hostile.slug}`);
    await expect(page.locator("h1")).toHaveText(siteFixtures.hostile.claim.replace(/\s+/g, " ").trim());
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]).claimReviewed).toBe(siteFixtures.hostile.claim);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("main iframe, main svg, main img[onerror]").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.getByTestId("claim-origin").getByRole("link").count()).toBe(0);
  });

  test("has canonical, hreflang alternates, OpenGraph, Twitter and feed autodiscovery tags", async ({ page, baseURL }) => {
    await page.goto(ENTRY_FR);
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${ENTRY_FR}`);
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}${ENTRY_EN}`);
    await expect(head.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", `${baseURL}${ENTRY_FR}`);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}${ENTRY_FR}`);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Faux — /);
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /^Faux\./);
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${baseURL}/fr/feed.xml`);
    await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/fr/atom.xml`);
    await expect(head.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", `${baseURL}/fr/feed.json`);

    await page.goto(TOPIC);
    const topicFeeds = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
    expect(topicFeeds).toEqual([`${baseURL}/fr/topics/health/feed.xml`, `${baseURL}/fr/feed.xml`]);
    await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/topics/health`);

    await page.goto("/en");
    await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/en/atom.xml`);
  });
});

test.describe("bilingual navigation", () => {
  test("the language switcher lands on the translation when there is one, else on the other home", async ({ page }) => {
    await page.goto(ENTRY_FR);
    const switcher = page.getByTestId("language-switcher");
    await expect(switcher).toHaveAttribute("lang", "en");
    await switcher.click();
    await expect(page).toHaveURL(new RegExp(`${ENTRY_EN}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto(`/en/rumors/${siteFixtures.hostile.slug}`);
    await expect(page.getByTestId("language-switcher")).toHaveAttribute("href", "/fr");

    await page.goto("/en/corrections");
    await expect(page.getByTestId("language-switcher")).toHaveAttribute("href", "/fr/corrections");
    await page.goto("/fr/topics/health");
    await expect(page.getByTestId("language-switcher")).toHaveAttribute("href", "/en/topics/health");
  });

  test("the header and footer link every section and the feeds", async ({ page }) => {
    await page.goto("/en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const [name, href] of [
      ["Home", "/en"],
      ["Search", "/en/search"],
      ["Corrections", "/en/corrections"],
      ["Report a rumor", "/en/report"],
    ]) {
      await expect(nav.getByRole("link", { name })).toHaveAttribute("href", href);
    }
    const footer = page.locator("footer").last();
    for (const href of ["/en/feed.xml", "/en/atom.xml", "/en/feed.json", "/en/corrections/feed.xml", "/en/corrections-policy"]) {
      await expect(footer.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    await page.goto("/en/corrections-policy");
    await expect(page.locator("h1")).toHaveText("Corrections policy");
    expect(await page.locator("main h2").count()).toBeGreaterThanOrEqual(4);
  });
});

test.describe("search", () => {
  test("finds « données » for « donnees », claim matches first, with highlighted snippets", async ({ page }) => {
    await page.goto("/fr/search?q=donnees");
    const results = page.getByTestId("search-result");
    expect(await results.count()).toBeGreaterThan(1);
    await expect(results.first().locator("h3")).toContainText("données");
    await expect(results.first().locator("h3 mark").first()).toHaveText(/^données$/i);
    await expect(page.getByTestId("result-count")).toContainText("résultats");
    expect(await page.locator("[data-testid=snippet] mark").count()).toBeGreaterThan(0);
  });

  test("explains empty, too long and fruitless searches", async ({ page }) => {
    await page.goto("/en/search?q=");
    await expect(page.getByTestId("search-message")).toHaveText("Type a few words to search the published fact-checks.");
    await page.goto(`/en/search?q=${"a".repeat(300)}`);
    await expect(page.getByTestId("search-message")).toHaveText("Your search is too long. Please shorten it.");
    await page.goto("/en/search?q=zzzznothing");
    await expect(page.getByTestId("no-results")).toContainText("No fact-check matches “zzzznothing”");
    await page.goto("/en/search?q=a&q=b");
    await expect(page.getByTestId("search-message")).toContainText("could not be run");
  });
});

test.describe("status codes", () => {
  test("unknown locale, entry and topic → 404; withdrawn entry → 410 with the localized page", async ({ request }) => {
    for (const path of [
      "/de",
      "/de/rumors/x",
      "/xx/search",
      "/fr/rumors/nothing-here",
      "/fr/rumors/Not_A_Slug",
      "/fr/topics/nothing-here",
      "/fr/withdrawn",
      "/fr/withdrawn?entry=les-antennes-5g-propagent-les-virus",
      "/en/nope",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      // No CDN may keep a 404 for a year (Next's default for static routes): the address may come to exist.
      expect(response.headers()["cache-control"] ?? "", path).not.toContain("s-maxage");
    }
    const notFound = await request.get("/en/rumors/nothing-here");
    expect(await notFound.text()).toContain("Page not found");

    const fr = await request.get(`/fr/rumors/${siteFixtures.withdrawn.fr}`);
    expect(fr.status()).toBe(410);
    expect(fr.headers()["content-type"]).toContain("text/html");
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr"');
    expect(frHtml).toContain("Vérification retirée");
    // The real page, with the site's header, not a bare fallback.
    expect(frHtml).toContain('data-testid="withdrawn"');
    expect(frHtml).toContain("Navigation principale");
    expect(frHtml).not.toContain(siteFixtures.withdrawn.fr.replace(/-/g, " "));
    // Served from the page cache from then on, still with 410, and no year-long s-maxage.
    const again = await request.get(`/fr/rumors/${siteFixtures.withdrawn.fr}`);
    expect(again.status()).toBe(410);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(await again.text()).toBe(frHtml);
    const en = await request.get(`/en/rumors/${siteFixtures.withdrawn.en}`);
    expect(en.status()).toBe(410);
    expect(await en.text()).toContain("Fact-check withdrawn");
    // A client-side navigation asks for the RSC payload: it gets the 410 too (the router then loads the page).
    const flight = await request.get(`/en/rumors/${siteFixtures.withdrawn.en}`, { headers: { RSC: "1" } });
    expect(flight.status()).toBe(410);
  });

  test("absurd and malformed query strings get 200, 400 or 404 — never a 5xx", async ({ request }) => {
    const routes = ["/fr", "/en", TOPIC, ENTRY_FR, "/fr/search", "/fr/corrections", "/api/v1/entries", "/api/v1/entries/fr/les-antennes-5g-propagent-les-virus", "/sitemap.xml", "/robots.txt"];
    const queries = [
      `q=${"x".repeat(10_000)}`,
      `cursor=${"A".repeat(10_000)}`,
      `verdict=${"%C3%A9".repeat(1500)}`,
      "cursor=not-a-cursor",
      "cursor=MjAyNi0wMS0wMVQwMDowMDowMC4wMDBafC0x",
      "before=%%%",
      "q=%C3%28",
      "q=%FF",
      "q=%ED%A0%80",
      "q=%00",
      "cursor=%FF&verdict=%C3%28&topic=%FF",
      "q=a&q=b",
      "verdict=false&verdict=true",
      "topic[]=a&topic[]=b",
      "verdict=__proto__&topic=constructor",
      "page=-1",
      "page=99999999999999999999",
      "limit=1000000",
      "locale=%FF",
      "q=%22%27%3C%3E%5C%3A*%26%7C%21",
    ];
    const failures: string[] = [];
    for (const route of routes) {
      for (const query of queries) {
        const url = `${route}?${query}`;
        const response = await request.get(url);
        if (![200, 400, 404].includes(response.status())) failures.push(`${response.status()} ${url.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);

    const invalid = await request.get("/fr?cursor=not-a-cursor");
    expect(await invalid.text()).toContain("repère de page que nous ne reconnaissons pas");
  });

  test("malformed percent-escapes in the path are refused with 400", async ({ request }) => {
    for (const path of ["/%FF", "/fr/rumors/%C3%28", "/fr/topics/%FF", "/api/v1/entries/fr/%C3%28", "/fr/%E0%A4%A", "/sitemaps/%FF"]) {
      const status = (await request.get(path)).status();
      expect([400, 404], path).toContain(status);
    }
  });
});

test.describe("machine-readable", () => {
  test("sitemap.xml lists pages and entries with hreflang alternates; robots.txt excludes the admin", async ({ request, baseURL }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()["content-type"]).toContain("application/xml");
    const xml = await sitemap.text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(`<loc>${baseURL}${ENTRY_FR}</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}${ENTRY_EN}"/>`);
    expect(xml).not.toContain(siteFixtures.withdrawn.fr);

    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/^Disallow: \/admin$/m);
    expect(robots).toMatch(/^Disallow: \/login$/m);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("the JSON API lists, filters and pages entries, and refuses bad parameters with a JSON 400", async ({ request }) => {
    const first = await request.get("/api/v1/entries?locale=en&limit=5");
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toBe("public, max-age=1, must-revalidate");
    const body = await first.json();
    expect(body.data).toHaveLength(5);
    expect(body.data[0]).toMatchObject({ locale: "en", rating: { best: 5, worst: 1 } });
    expect(body.nextCursor).toEqual(expect.any(String));
    const second = await (await request.get(body.links.next)).json();
    expect(second.data.some((item: { id: number }) => body.data.some((other: { id: number }) => other.id === item.id))).toBe(false);

    const etag = first.headers().etag;
    const notModified = await request.get("/api/v1/entries?locale=en&limit=5", { headers: { "If-None-Match": etag } });
    expect(notModified.status()).toBe(304);

    const filtered = await (await request.get("/api/v1/entries?locale=fr&verdict=true&topic=technology")).json();
    for (const item of filtered.data) {
      expect(item.verdict).toBe("true");
      expect(item.topics.map((topic: { slug: string }) => topic.slug)).toContain("technology");
    }

    for (const query of ["verdict=maybe", "cursor=nope", "limit=0", "locale=de", "topic=nope", "verdict=false&verdict=true"]) {
      const response = await request.get(`/api/v1/entries?${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect((await response.json()).error).toMatchObject({ status: 400, code: "invalid_parameter" });
    }
  });

  test("the JSON API answers one entry, 404 for unknown ones and 410 for withdrawn ones", async ({ request, baseURL }) => {
    const response = await request.get("/api/v1/entries/en/5g-antennas-spread-viruses");
    expect(response.status()).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ locale: "en", slug: "5g-antennas-spread-viruses", verdict: "false", url: `${baseURL}${ENTRY_EN}` });
    expect(data.sources.length).toBeGreaterThan(0);
    expect(data.translation.url).toBe(`${baseURL}${ENTRY_FR}`);
    expect(data.bodyHtml).toContain("<p>");

    const missing = await request.get("/api/v1/entries/en/nothing-here");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
    const gone = await request.get(`/api/v1/entries/fr/${siteFixtures.withdrawn.fr}`);
    expect(gone.status()).toBe(410);
    expect((await gone.json()).error.code).toBe("gone");
  });

  test("the benchmark's routes do not exist on a normal server", async ({ request }) => {
    expect((await request.get("/api/bench/query-count")).status()).toBe(404);
    expect((await request.post("/api/bench/forget", { data: { paths: [ENTRY_EN] } })).status()).toBe(404);
    // The entry is still served from the page cache: nothing was forgotten.
    await request.get(ENTRY_EN);
    expect((await request.get(ENTRY_EN)).headers()["x-nextjs-cache"]).toBe("HIT");
  });
});

test("screenshots of the home and an entry page at 375 px and 1280 px", async ({ browser }, testInfo) => {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, path] of [
      ["home", "/fr"],
      ["entry", ENTRY_EN],
    ] as const) {
      await page.goto(path);
      const file = testInfo.outputPath(`${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${name}-${width}px`, { path: file, contentType: "image/png" });
    }
    await context.close();
  }
});
