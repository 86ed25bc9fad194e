import { describe, expect, it } from "vitest";
import { VERDICTS } from "@/db/schema";
import { type Messages, applyFrenchSpacing, messages, t, verdictDescription, verdictLabel } from "./dictionaries";
import { interpolate, placeholdersOf } from "./interpolate";
import { LOCALES } from "./locales";

/** Every leaf of a dictionary, by path ("nav.home", "correctionsPolicy.sections.0.heading"). */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      for (const [leafPath, leaf] of leaves(item, path ? `${path}.${key}` : key)) out.set(leafPath, leaf);
    }
  } else {
    out.set(path, value);
  }
  return out;
}

describe("dictionaries", () => {
  const english = leaves(messages.en);
  const french = leaves(messages.fr);

  it("have exactly the same keys in both languages", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(120);
  });

  it("hold only non-empty strings", () => {
    for (const locale of LOCALES) {
      for (const [path, value] of leaves(messages[locale])) {
        expect(typeof value, `${locale}:${path}`).toBe("string");
        expect(String(value).trim(), `${locale}:${path}`).not.toBe("");
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const [path, value] of english) {
      const frenchValue = String(french.get(path));
      expect(placeholdersOf(frenchValue).sort(), path).toEqual(placeholdersOf(String(value)).sort());
    }
  });

  it("translate something: French differs from English beyond names and formats", () => {
    const identical = [...english].filter(([path, value]) => french.get(path) === value).map(([path]) => path);
    expect(identical.sort()).toEqual(
      [
        "correctionsPage.title",
        "entry.corrections",
        "entry.sources",
        "feeds.atom",
        "feeds.correctionsTitle",
        "feeds.jsonFeed",
        "feeds.rss",
        "footer.copyright",
        "list.pagination",
        "nav.corrections",
        "site.name",
      ].sort(),
    );
  });

  it("name the site and label the five verdicts", () => {
    for (const locale of LOCALES) expect(t(locale).site.name).toBe("Factdesk");
    expect(VERDICTS.map((verdict) => verdictLabel("fr", verdict))).toEqual([
      "Faux",
      "Trompeur",
      "Manque de contexte",
      "Non prouvé",
      "Vrai",
    ]);
    expect(VERDICTS.map((verdict) => verdictLabel("en", verdict))).toEqual([
      "False",
      "Misleading",
      "Missing context",
      "Unproven",
      "True",
    ]);
    for (const locale of LOCALES) {
      expect(Object.keys(t(locale).verdicts).sort()).toEqual([...VERDICTS].sort());
      for (const verdict of VERDICTS) expect(verdictDescription(locale, verdict).length).toBeGreaterThan(20);
    }
  });

  it("write each language's link in that language", () => {
    expect(t("en").languageSwitcher.readInThisLanguage).toBe("Read in English");
    expect(t("fr").languageSwitcher.readInThisLanguage).toBe("Lire en français");
  });

  it("give the report confirmation a reference number", () => {
    expect(interpolate(t("en").report.confirmation.body, { reference: "R-2025-0042" })).toContain("R-2025-0042");
    expect(interpolate(t("fr").report.confirmation.body, { reference: "R-2025-0042" })).toContain("R-2025-0042");
  });

  it("carry a corrections policy of the same shape in both languages", () => {
    const policy = (locale: "fr" | "en"): number[] =>
      t(locale).correctionsPolicy.sections.map((section) => section.paragraphs.length);
    expect(policy("fr")).toEqual(policy("en"));
    expect(policy("en").reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(8);
  });

  it("are frozen, since every request shares them", () => {
    expect(Object.isFrozen(messages.fr.nav)).toBe(true);
    expect(() => {
      (messages.en.nav as { home: string }).home = "changed";
    }).toThrow(TypeError);
  });

  it("make a missing French key a type error", () => {
    const { site: _site, ...withoutSite } = messages.fr;
    // @ts-expect-error — a dictionary without `site` is not a complete Messages.
    const incomplete: Messages = withoutSite;
    expect(incomplete).not.toHaveProperty("site");
  });
});

describe("French typography", () => {
  it("uses no-break spaces before high punctuation and inside guillemets", () => {
    for (const [path, value] of leaves(messages.fr)) {
      expect(String(value), path).not.toMatch(/ [:;!?»]|« /);
    }
    expect(interpolate(t("fr").search.resultsFor, { query: "vaccin" })).toBe("Résultats pour «\u202fvaccin\u202f»");
    expect(t("fr").list.topicTitle).toBe("Thème\u00a0: {topic}");
  });

  it("leaves URLs and already-correct text alone", () => {
    expect(applyFrenchSpacing("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(applyFrenchSpacing("Vrai\u00a0?")).toBe("Vrai\u00a0?");
  });
});
