import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./render";
import { isExternalUrl, isSafeImageUrl, isSafeLinkUrl } from "./url";

/* ------------------------------------------------------------------ */
/* A small, strict reading of the output HTML, independent of the code */
/* under test: every tag and attribute must be on an allow-list.       */
/* ------------------------------------------------------------------ */

const ALLOWED_ATTRS: Record<string, readonly string[]> = {
  a: ["href", "title", "rel"],
  img: ["src", "alt", "title"],
  code: ["class"],
  ol: ["start"],
  th: ["style"],
  td: ["style"],
};
const ALLOWED_TAGS = new Set([
  "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "s",
  "code", "pre", "blockquote", "hr", "br", "img",
  "table", "thead", "tbody", "tr", "th", "td",
]);

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR_RE = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

/** Decodes entities the way a browser would before using an attribute value. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const DANGEROUS_URL_RE = /^(javascript|vbscript|data|file):/;

function assertNoExecutableConstructs(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|object|embed|style|link|meta|form|math|body|div|video|details)\b/i);
  const leftover = html.replace(TAG_RE, (_m, _close: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    expect(ALLOWED_TAGS.has(name), `tag <${name}> in ${html}`).toBe(true);
    for (const [, rawAttr, rawValue = ""] of attrs.matchAll(ATTR_RE)) {
      const attr = rawAttr.toLowerCase();
      expect(attr, `event handler in ${html}`).not.toMatch(/^on/);
      expect(ALLOWED_ATTRS[name] ?? [], `attribute ${attr} on <${name}> in ${html}`).toContain(attr);
      const value = decodeAttribute(rawValue);
      if (attr === "href" || attr === "src") {
        // Browsers drop C0 controls and spaces around and inside a scheme.
        const scheme = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, "").toLowerCase();
        expect(scheme, `dangerous URL in ${html}`).not.toMatch(DANGEROUS_URL_RE);
      }
      if (attr === "style") expect(value).toMatch(/^text-align:(left|right|center)$/);
    }
    return "";
  });
  // Everything that is not an allowed tag is text, and text is fully escaped.
  expect(leftover, `unescaped markup in ${html}`).not.toMatch(/[<>]/);
  // No event-handler attribute in any tag (quoted values blanked: inside them an
  // escaped `&quot; onmouseover=` is inert text).
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+\s*=/i);
}

/* ------------------------------------------------------------------ */

const B64_SCRIPT = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==";

const XSS_PAYLOADS: readonly string[] = [
  // Raw HTML: escaped, never executed
  "<script>alert(1)</script>",
  "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  "<img src=x onerror=alert(1)>",
  "<img src=x onerror=alert(1)//",
  '<img src="jav\tascript:alert(\'XSS\');">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  `<iframe src="data:text/html;base64,${B64_SCRIPT}"></iframe>`,
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#14;javascript:alert(1)">x</a>',
  "<body onload=alert(1)>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  "<style>@import 'javascript:alert(1)';</style>",
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  `<embed src="data:text/html;base64,${B64_SCRIPT}">`,
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "<details open ontoggle=alert(1)>",
  '<video><source onerror="alert(1)"></video>',
  "Inline <b onmouseover=alert(1)>bold</b> text",
  // Markdown links with dangerous schemes, in many disguises
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click]( javascript:alert(1))",
  "[click](<javascript:alert(1)>)",
  "[click](jav&#x09;ascript:alert(1))",
  "[click](jav&#x0A;ascript:alert(1))",
  "[click](jav&#x0D;ascript:alert(1))",
  "[click](&#x20;javascript:alert(1))",
  "[click](&Tab;javascript:alert(1))",
  "[click](java&NewLine;script:alert(1))",
  "[click](javascript&colon;alert(1))",
  "[click](jAvAsCrIpT&#58;alert(1))",
  "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[click](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
  "[click](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1))",
  "[click](%6A%61vascript:alert(1))",
  "[click](java%0ascript:alert(1))",
  "[click](java\u0000script:alert(1))",
  "[click](\u200Bjavascript:alert(1))",
  "[click](javascript://%0aalert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](VBScript:msgbox(1))",
  `[click](data:text/html;base64,${B64_SCRIPT})`,
  "[click](data:text/html,<script>alert(1)</script>)",
  "[click](file:///etc/passwd)",
  '[click](javascript:alert(1) "title")',
  "<javascript:alert(1)>",
  "<vbscript:msgbox(1)>",
  "[a]: javascript:alert(1)\n\n[click][a]",
  "[click]\n\n[click]: data:text/html;base64,PHNjcmlwdD4=",
  // Images: only http(s) sources
  "![x](javascript:alert(1))",
  `![x](data:image/svg+xml;base64,${B64_SCRIPT})`,
  "![x](data:image/png;base64,iVBORw0KGgo=)",
  "![x](file:///c:/windows/win.ini)",
  '![x"onerror="alert(1)](https://example.org/a.png)',
  // Attribute breaking through titles, URLs and code fence info strings
  '[x](https://example.org "t\\" onmouseover=\\"alert(1)")',
  '[x](https://example.org/"><script>alert(1)</script>)',
  '```js" onmouseover="alert(1)\ncode\n```',
  "```\n</code></pre><script>alert(1)</script>\n```",
  "`<script>alert(1)</script>`",
  // Inside other structures
  "| <script>alert(1)</script> | b |\n|---|---|\n| [click](javascript:alert(1)) | <img src=x onerror=alert(1)> |",
  "> [click](javascript:alert(1))\n> <svg onload=alert(1)>",
  "- [click](javascript:alert(1))\n- <iframe src=javascript:alert(1)>",
  "# <script>alert(1)</script>",
];

describe("renderMarkdown: XSS payloads", () => {
  it("covers a broad set of filter-evasion payloads", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(XSS_PAYLOADS)("renders %j without executable constructs", (payload) => {
    assertNoExecutableConstructs(renderMarkdown(payload));
  });

  const linkPayloads = XSS_PAYLOADS.filter((p) => p.startsWith("[click]"));
  it.each(linkPayloads)("renders %j as its text only, without a link", (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toContain("<a");
    expect(html).toContain("click");
  });

  it("the checker itself rejects executable HTML", () => {
    expect(() => assertNoExecutableConstructs('<a href="jav&#x09;ascript:x">x</a>')).toThrow();
    expect(() => assertNoExecutableConstructs('<img src="x" onerror="x">')).toThrow();
    expect(() => assertNoExecutableConstructs("<p><script>x</script></p>")).toThrow();
    expect(() => assertNoExecutableConstructs('<p style="color:red">x</p>')).toThrow();
  });

  it("stays safe for random mixes of hostile fragments", () => {
    const fragment = fc.constantFrom(
      "[", "]", "(", ")", "<", ">", "!", "`", "```", "\n", "\n\n", "|", "---", "*", "_", "\"", "'",
      "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "&#x09;", "&#58;", "&colon;", "%0a",
      "alert(1)", "onerror=", " onload=", "<script>", "<img src=x ", "<svg ", "https://example.org", "click", " ",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        assertNoExecutableConstructs(renderMarkdown(parts.join("")));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a dangerous autolink as inert text", () => {
    expect(renderMarkdown("<javascript:alert(1)>")).toBe("<p>javascript:alert(1)</p>\n");
  });

  it("drops an image with a non-http source to its alt text", () => {
    expect(renderMarkdown("![a *chart*](data:image/png;base64,AAAA)")).toBe("<p>a chart</p>\n");
    expect(renderMarkdown("![logo](/logo.png)")).toBe("<p>logo</p>\n");
  });

  it("escapes raw HTML instead of dropping it, so readers see what was written", () => {
    expect(renderMarkdown("<b>bold</b>")).toBe("<p>&lt;b&gt;bold&lt;/b&gt;</p>\n");
  });
});

describe("renderMarkdown: ordinary content", () => {
  it("renders emphasis, strong, strikethrough and inline code", () => {
    expect(renderMarkdown("*a* **b** ~~c~~ `d < e`")).toBe(
      "<p><em>a</em> <strong>b</strong> <s>c</s> <code>d &lt; e</code></p>\n",
    );
  });

  it("renders bullet and ordered lists", () => {
    expect(renderMarkdown("- one\n- two")).toBe("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    expect(renderMarkdown("3. three\n4. four")).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n');
  });

  it("keeps http, https, mailto, relative and fragment links", () => {
    expect(renderMarkdown("[a](/fr/rumors/x)")).toBe('<p><a href="/fr/rumors/x">a</a></p>\n');
    expect(renderMarkdown("[a](#sources)")).toBe('<p><a href="#sources">a</a></p>\n');
    expect(renderMarkdown("[a](../x?q=a:b)")).toBe('<p><a href="../x?q=a:b">a</a></p>\n');
    expect(renderMarkdown("[a](mailto:desk@example.org)")).toBe('<p><a href="mailto:desk@example.org">a</a></p>\n');
    expect(renderMarkdown('[a](http://example.org/x "Title")')).toBe(
      '<p><a href="http://example.org/x" title="Title" rel="nofollow noopener noreferrer">a</a></p>\n',
    );
  });

  it("marks external links, including protocol-relative ones, and only those", () => {
    expect(renderMarkdown("[a](HTTPS://Example.org)")).toContain('rel="nofollow noopener noreferrer"');
    expect(renderMarkdown("[a](//example.org/x)")).toContain('rel="nofollow noopener noreferrer"');
    expect(renderMarkdown("[a](/about)")).not.toContain("rel=");
    expect(renderMarkdown("[a](mailto:x@example.org)")).not.toContain("rel=");
  });

  it("linkifies explicit URLs and e-mail addresses, not bare domain names", () => {
    expect(renderMarkdown("See https://example.org/report.")).toBe(
      '<p>See <a href="https://example.org/report" rel="nofollow noopener noreferrer">https://example.org/report</a>.</p>\n',
    );
    expect(renderMarkdown("Write to desk@example.org")).toBe(
      '<p>Write to <a href="mailto:desk@example.org">desk@example.org</a></p>\n',
    );
    expect(renderMarkdown("Seen on fake-news.example.com")).toBe("<p>Seen on fake-news.example.com</p>\n");
  });

  it("keeps http(s) images", () => {
    expect(renderMarkdown("![Chart](https://example.org/c.png)")).toBe(
      '<p><img src="https://example.org/c.png" alt="Chart"></p>\n',
    );
  });

  it("shifts headings one level down so the body never emits <h1>", () => {
    const html = renderMarkdown("# One\n\n## Two\n\n###### Six\n\nSetext\n===");
    expect(html).toBe("<h2>One</h2>\n<h3>Two</h3>\n<h6>Six</h6>\n<h2>Setext</h2>\n");
    expect(html).not.toContain("<h1");
  });

  it("renders tables with alignment", () => {
    expect(renderMarkdown("| Claim | Verdict |\n|:--|--:|\n| A | False |")).toBe(
      "<table>\n<thead>\n<tr>\n" +
        '<th style="text-align:left">Claim</th>\n<th style="text-align:right">Verdict</th>\n' +
        "</tr>\n</thead>\n<tbody>\n<tr>\n" +
        '<td style="text-align:left">A</td>\n<td style="text-align:right">False</td>\n' +
        "</tr>\n</tbody>\n</table>\n",
    );
  });

  it("renders fenced code with a language class and escaped content", () => {
    expect(renderMarkdown("```ts\nconst a = 1 < 2;\n```")).toBe(
      '<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>\n',
    );
  });

  it("leaves typography alone (typographer off)", () => {
    expect(renderMarkdown('"quoted" -- (c)')).toBe("<p>&quot;quoted&quot; -- (c)</p>\n");
  });

  it("renders blockquotes and a 20 kB body", () => {
    expect(renderMarkdown("> quoted")).toBe("<blockquote>\n<p>quoted</p>\n</blockquote>\n");
    const big = "Paragraph with **bold** and [a link](https://example.org).\n\n".repeat(350);
    expect(big.length).toBeGreaterThan(20_000);
    expect(renderMarkdown(big).match(/<p>/g)).toHaveLength(350);
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    expect(
      markdownToPlainText("# Title\n\nSome **bold** and [a link](https://example.org).\n\n- one\n- two"),
    ).toBe("Title\nSome bold and a link.\none\ntwo");
  });

  it("joins soft-wrapped lines, keeps code, images' alt text and table rows", () => {
    expect(markdownToPlainText("a\nb  \nc")).toBe("a b\nc");
    expect(markdownToPlainText("```\nx = 1\n```")).toBe("x = 1");
    expect(markdownToPlainText("![A chart](https://example.org/c.png)")).toBe("A chart");
    expect(markdownToPlainText("| a | b |\n|---|---|\n| 1 | 2 |")).toBe("a b\n1 2");
  });

  it("returns decoded, unescaped text (escaping is the caller's job)", () => {
    expect(markdownToPlainText("Fish &amp; chips <b>x</b>")).toBe("Fish & chips <b>x</b>");
  });

  it("returns an empty string for empty input", () => {
    expect(markdownToPlainText("")).toBe("");
    expect(markdownToPlainText("   \n\n")).toBe("");
  });
});

describe("URL allow-list", () => {
  it.each([
    ["https://example.org", true],
    ["/relative/path", true],
    ["#fragment", true],
    ["?q=1", true],
    ["mailto:a@example.org", true],
    ["tel:+33123456789", false],
    ["ftp://example.org", false],
    [" JAVASCRIPT:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["data:text/html,x", false],
  ] as const)("isSafeLinkUrl(%j) is %s", (url, expected) => {
    expect(isSafeLinkUrl(url)).toBe(expected);
  });

  it("allows only explicit http(s) images", () => {
    expect(isSafeImageUrl("https://example.org/a.png")).toBe(true);
    expect(isSafeImageUrl("//example.org/a.png")).toBe(false);
    expect(isSafeImageUrl("data:image/png;base64,AAAA")).toBe(false);
  });

  it("knows which links leave the site", () => {
    expect(isExternalUrl("http://example.org")).toBe(true);
    expect(isExternalUrl("/\\example.org")).toBe(true);
    expect(isExternalUrl("/fr")).toBe(false);
  });
});
