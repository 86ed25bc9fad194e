import { describe, expect, it } from "vitest";

import type { PublicEntry } from "@/lib/entries/public-queries";
import { absolutizeHtmlUrls, correctionContentHtml, entryContentHtml } from "./entry-content";

const permalink = "https://factdesk.example/en/rumors/a-claim";

function entry(overrides: Partial<PublicEntry> = {}): PublicEntry {
  return {
    id: 1,
    locale: "en",
    slug: "a-claim",
    claim: "A claim",
    claimOriginText: null,
    claimOriginUrl: null,
    claimFirstSeen: null,
    verdict: "false",
    summary: "Not so.",
    body: "The **explanation**.",
    sources: [{ url: "https://example.org/report", title: "A report", publisher: "An agency", accessedAt: null }],
    topics: [],
    corrections: [],
    firstPublishedAt: new Date("2024-03-01T10:00:00Z"),
    lastPublishedAt: new Date("2024-03-02T10:00:00Z"),
    translation: null,
    ...overrides,
  };
}

describe("absolutizeHtmlUrls", () => {
  it("resolves relative links and images against the entry, keeps absolute ones", () => {
    const html = '<p><a href="/fr/rumors/x">x</a> <a href="other?a=1&amp;b=2">o</a> <a href="#notes">n</a> <a href="https://example.org/?q=&quot;">e</a> <img src="pic.png" alt="p"></p>';
    expect(absolutizeHtmlUrls(html, permalink)).toBe(
      '<p><a href="https://factdesk.example/fr/rumors/x">x</a> <a href="https://factdesk.example/en/rumors/other?a=1&amp;b=2">o</a> <a href="https://factdesk.example/en/rumors/a-claim#notes">n</a> <a href="https://example.org/?q=&quot;">e</a> <img src="https://factdesk.example/en/rumors/pic.png" alt="p"></p>',
    );
  });

  it("leaves text that merely looks like an attribute alone", () => {
    const html = "<p>write href=&quot;/x&quot; in your page</p>";
    expect(absolutizeHtmlUrls(html, permalink)).toBe(html);
  });
});

describe("entryContentHtml", () => {
  it("carries the verdict, the summary, the explanation and the sources, links absolute", () => {
    const html = entryContentHtml(entry({ body: "See [the other check](/en/rumors/other)." }), permalink);
    expect(html).toBe(
      [
        "<p><strong>Our verdict — False</strong></p>",
        "<p>Not so.</p>",
        '<p>See <a href="https://factdesk.example/en/rumors/other">the other check</a>.</p>\n',
        "<h2>Sources</h2>",
        '<ol><li><a href="https://example.org/report" rel="nofollow noopener noreferrer">A report</a> — An agency</li></ol>',
      ].join("\n"),
    );
  });

  it("escapes stored text and never links an unsafe source", () => {
    const html = entryContentHtml(
      entry({
        summary: `<script>alert("s")</script>`,
        body: "<img src=x onerror=alert(1)>",
        sources: [{ url: "javascript:alert(1)", title: "<b>T</b>", publisher: "<i>P</i>", accessedAt: null }],
      }),
      permalink,
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>|javascript:/);
    expect(html).toContain("<p>&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt;</p>");
    expect(html).toContain("<li>&lt;b&gt;T&lt;/b&gt; — &lt;i&gt;P&lt;/i&gt;</li>");
  });

  it("lists corrections, newest first as given, with the verdict change", () => {
    const html = entryContentHtml(
      entry({
        corrections: [
          { note: "Second.", previousVerdict: "unproven", newVerdict: "false", publishedAt: "2024-03-02T10:00:00Z" },
          { note: "First.", previousVerdict: "unproven", newVerdict: "unproven", publishedAt: "2024-03-01T12:00:00Z" },
        ],
      }),
      permalink,
    );
    expect(html).toContain(
      "<h2>Corrections</h2>\n<ul><li><p><strong>Correction of 2 March 2024</strong></p><p>Verdict changed from “Unproven” to “False”.</p><p>Second.</p></li>" +
        "<li><p><strong>Correction of 1 March 2024</strong></p><p>First.</p></li></ul>",
    );
  });

  it("writes in the entry's language", () => {
    const html = entryContentHtml(entry({ locale: "fr", verdict: "missing-context" }), permalink);
    expect(html).toContain("<p><strong>Notre verdict — Manque de contexte</strong></p>");
  });
});

describe("correctionContentHtml", () => {
  it("gives the note, the verdict change and a link to the corrected answer", () => {
    const html = correctionContentHtml({ note: "We & they <fixed> it.", previousVerdict: "true", newVerdict: "misleading", publishedAt: "2024-03-02T10:00:00Z" }, "en", permalink);
    expect(html).toBe(
      [
        "<p>We &amp; they &lt;fixed&gt; it.</p>",
        "<p>Verdict changed from “True” to “Misleading”.</p>",
        `<p><a href="${permalink}">Read the corrected fact-check</a></p>`,
      ].join("\n"),
    );
  });
});
