import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, sitemapIndexXml, urlsetXml } from "./sitemap";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("sitemap XML", () => {
  it("lists each URL with its lastmod and its hreflang alternates", () => {
    const xml = urlsetXml([
      {
        loc: "https://factdesk.example/fr/rumors/a",
        lastmod: new Date("2026-05-01T08:00:00Z"),
        alternates: { fr: "https://factdesk.example/fr/rumors/a", en: "https://factdesk.example/en/rumors/b" },
      },
      { loc: "https://factdesk.example/fr/rumors/c" },
    ]);
    const doc = parser.parse(xml);
    expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const [first, second] = doc.urlset.url;
    expect(first.loc).toBe("https://factdesk.example/fr/rumors/a");
    expect(first.lastmod).toBe("2026-05-01T08:00:00.000Z");
    expect(first["xhtml:link"].map((link: Record<string, string>) => [link["@hreflang"], link["@href"]])).toEqual([
      ["fr", "https://factdesk.example/fr/rumors/a"],
      ["en", "https://factdesk.example/en/rumors/b"],
    ]);
    expect(second["xhtml:link"]).toBeUndefined();
  });

  it("escapes what XML requires", () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
    const doc = parser.parse(urlsetXml([{ loc: "https://x.example/?a=1&b=<2>" }]));
    expect(doc.urlset.url.loc).toBe("https://x.example/?a=1&b=<2>");
  });

  it("writes an index of sitemap files", () => {
    const doc = parser.parse(sitemapIndexXml([{ loc: "https://x.example/sitemaps/pages.xml" }, { loc: "https://x.example/sitemaps/entries-1.xml" }]));
    expect(doc.sitemapindex.sitemap.map((item: { loc: string }) => item.loc)).toEqual([
      "https://x.example/sitemaps/pages.xml",
      "https://x.example/sitemaps/entries-1.xml",
    ]);
  });
});
