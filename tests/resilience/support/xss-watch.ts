/**
 * Opens pages in Chromium while watching for anything a stored payload could do:
 * a dialog (alert/confirm/prompt), `window.__xss` set, a console or page error
 * carrying a payload's marker (or React refusing a javascript: URL), a request
 * carrying a marker, an element whose id is a marker, an inline event handler, a
 * script that is not the page's own, a frame/object/embed/base/meta-refresh, and
 * any href/src/action with a javascript:, vbscript: or data: URL.
 *
 * Requests to anything but the test server are aborted: no payload reaches out.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";

/** Every marker starts with this: `fdxss12`. */
export const MARKER_PREFIX = "fdxss";

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
      if (url.includes(MARKER_PREFIX)) watch.record("request carrying a marker", url);
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
