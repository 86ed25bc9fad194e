import { describe, expect, expectTypeOf, it } from "vitest";
import { LOCALES as SCHEMA_LOCALES, type Locale as SchemaLocale } from "@/db/schema";
import { DEFAULT_LOCALE, LOCALES, type Locale, isLocale, otherLocale, pickLocaleFromAcceptLanguage } from "./locales";

describe("locales", () => {
  it("are French (the default) and English, as in the database schema", () => {
    expect(LOCALES).toEqual(["fr", "en"]);
    expect(DEFAULT_LOCALE).toBe("fr");
    expect(LOCALES).toEqual(SCHEMA_LOCALES);
    expectTypeOf<Locale>().toEqualTypeOf<SchemaLocale>();
  });

  it("recognises locales and nothing else", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("en")).toBe(true);
    for (const value of ["FR", "fr-CA", "de", "", " fr", null, undefined, 1, {}, ["fr"]]) {
      expect(isLocale(value)).toBe(false);
    }
  });

  it("names the other locale", () => {
    expect(otherLocale("fr")).toBe("en");
    expect(otherLocale("en")).toBe("fr");
  });
});

describe("pickLocaleFromAcceptLanguage", () => {
  it.each([
    // absent or empty
    [null, "fr"],
    [undefined, "fr"],
    ["", "fr"],
    // plain and regional tags
    ["en", "en"],
    ["fr", "fr"],
    ["en-GB", "en"],
    ["fr-CA", "fr"],
    ["EN-us", "en"],
    ["zh-Hant-TW, en-GB;q=0.7", "en"],
    // q-values
    ["en-GB,en;q=0.9,fr;q=0.8", "en"],
    ["en;q=0.5, fr;q=0.8", "fr"],
    ["de-DE,de;q=0.9,en;q=0.5,fr;q=0.3", "en"],
    ["de, fr;q=0.4, en;q=0.4", "fr"],
    ["de, en;q=0.4, fr;q=0.4", "en"],
    ["fr;q=0.001, en;q=0", "fr"],
    ["en;q=1.000, fr;q=0.999", "en"],
    ["fr ; q=0.2 , en ; q=0.3", "en"],
    // wildcard and refusals
    ["*", "fr"],
    ["de, *;q=0.5", "fr"],
    ["fr;q=0, *", "en"],
    ["fr;q=0, en;q=0", "fr"],
    ["en;q=0, en-GB;q=0.8", "en"],
    // no supported language
    ["de-DE, es;q=0.8", "fr"],
    // malformed: the broken range is ignored, the rest still counts
    ["en;q=abc", "fr"],
    ["en;q=1.5", "fr"],
    ["en;q=-1", "fr"],
    ["en;q=0.12345", "fr"],
    ["en;level=1", "fr"],
    ["en;q=abc, fr-BE", "fr"],
    ["garbage!!!", "fr"],
    ["en-", "fr"],
    ["toolongtag-en", "fr"],
    [";;;,,,", "fr"],
    [",en", "en"],
    ["\u00e9n, en", "en"],
  ] as const)("%j → %s", (header, expected) => {
    expect(pickLocaleFromAcceptLanguage(header)).toBe(expected);
  });

  it("copes with absurdly long headers", () => {
    expect(pickLocaleFromAcceptLanguage(`${"de;q=0.9,".repeat(10_000)}en`)).toBe("fr");
    expect(pickLocaleFromAcceptLanguage(`en,${"x".repeat(100_000)}`)).toBe("en");
  });
});
