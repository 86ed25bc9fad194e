/**
 * Opens pages in Chromium while watching for anything a stored payload could do:
 * a dialog (alert/confirm/prompt), `window.__xss` set, a console or page error
 * carrying a payload's marker (or React refusing a javascript: URL), a request
 * carrying a marker, an element whose id is a marker, an inline event handler, a
 * script that is not the page's own, a frame/object/embed/base/meta-refresh, and
 * any href/src/action with a javascript:, vbscript: or data: URL. `visitHtml`
 * renders a fragment the site serves elsewhere (a feed item's HTML) the same way.
 *
 * Requests to anything but the test server are aborted: no payload reaches out.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";

/** Every marker starts with this: `fdxss12`. */
export const MARKER_PREFIX = "fdxss";

/**
 * A search of the site whose query is the payload (the search page and its own
 * links, e.g. the next page): the marker travels in `q` because the reader typed it.
 */
function isOwnSearch(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.origin !== origin || !/^\/(fr|en)\/search$/.test(parsed.pathname)) return false;
  parsed.searchParams.delete("q");
  return !parsed.href.includes(MARKER_PREFIX);
}

export interface Finding {
  url: string;
  kind: string;
  detail: string;
}

export class InjectionWatch {
  readonly findings: Finding[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, baseUrl: string): Promise<InjectionWatch> {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    const watch = new InjectionWatch(context, page);
    const origin = new URL(baseUrl).origin;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.includes(MARKER_PREFIX) && !isOwnSearch(url, origin)) watch.record("request carrying a marker", url);
      if (url.startsWith(origin)) return route.continue();
      return route.abort("blockedbyclient");
    });
    page.on("dialog", (dialog) => {
      watch.record(`${dialog.type()} dialog`, dialog.message());
      dialog.dismiss().catch(() => {});
    });
    page.on("console", (message) => {
      const text = message.text();
      if (text.includes(MARKER_PREFIX) || /blocked a javascript: URL/i.test(text)) watch.record(`console ${message.type()}`, text);
    });
    page.on("pageerror", (error) => {
      if (error.message.includes(MARKER_PREFIX) || /blocked a javascript: URL/i.test(error.message)) watch.record("page error", error.message);
    });
    return watch;
  }

  private record(kind: string, detail: string) {
    this.findings.push({ url: this.page.url(), kind, detail: detail.slice(0, 300) });
  }

  /** Loads `path`, lets late handlers (onerror, ontoggle, timers) fire, then inspects the DOM. */
  async visit(path: string): Promise<{ status: number }> {
    const response = await this.page.goto(path, { waitUntil: "load" });
    await this.page.waitForTimeout(100);
    const found = await this.page.evaluate((prefix) => {
      const problems: { kind: string; detail: string }[] = [];
      const flag = (window as unknown as { __xss?: unknown }).__xss;
      if (flag !== undefined) problems.push({ kind: "window.__xss set", detail: String(flag) });
      const dangerousScheme = (value: string) => /^(javascript|vbscript|data):/.test(value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, "").toLowerCase());
      const urlAttributes = new Set(["href", "src", "action", "formaction", "data", "background", "poster", "xlink:href", "srcdoc", "lowsrc", "dynsrc", "codebase"]);
      for (const element of Array.from(document.querySelectorAll("*"))) {
        const tag = element.tagName.toLowerCase();
        const describe = () => element.outerHTML.slice(0, 200);
        if ((element.id || "").includes(prefix)) problems.push({ kind: "injected element", detail: describe() });
        for (const attribute of Array.from(element.attributes)) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith("on")) problems.push({ kind: "inline event handler", detail: describe() });
          if (urlAttributes.has(name) && dangerousScheme(attribute.value)) problems.push({ kind: `${name} with a dangerous URL`, detail: describe() });
        }
        if (["iframe", "frame", "frameset", "object", "embed", "applet", "base", "bgsound"].includes(tag)) {
          problems.push({ kind: `<${tag}> in the page`, detail: describe() });
        }
        if (tag === "meta" && element.getAttribute("http-equiv")) problems.push({ kind: "meta http-equiv", detail: describe() });
        if (tag === "script") {
          const src = element.getAttribute("src");
          const type = (element.getAttribute("type") || "").toLowerCase();
          const text = element.textContent || "";
          const ownInline = !src && (type === "application/ld+json" || /^\s*\(?self\.__next_f/.test(text) || !text.includes(prefix));
          const ownExternal = src !== null && src.startsWith("/_next/");
          if (!(ownInline || ownExternal)) problems.push({ kind: "foreign script", detail: describe() });
        }
      }
      return problems;
    }, MARKER_PREFIX);
    for (const problem of found) this.record(problem.kind, problem.detail);
    return { status: response?.status() ?? 0 };
  }

  /**
   * Renders `html` as a page of the test server's origin (no CSP, scripts allowed:
   * the worst host it could land in, e.g. a feed reader that does not sanitise)
   * and inspects it like any page.
   */
  async visitHtml(name: string, html: string): Promise<void> {
    const path = `/__rendered/${name}`;
    await this.page.route(`**${path}`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    try {
      await this.visit(path);
    } finally {
      await this.page.unroute(`**${path}`);
    }
  }

  /** Signs in through the login form, as a person would. */
  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto("/login");
    await this.page.getByLabel("E-mail").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await this.page.waitForURL(/\/admin$/);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
