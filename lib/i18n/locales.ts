/**
 * The site's locales and how a visitor's browser preference maps onto them.
 * Mirrors `LOCALES` in db/schema.ts (a type test keeps the two equal); kept here
 * as well so client components can import it without pulling in the schema.
 */

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The other locale: the target of "read in English" / "lire en français". */
export function otherLocale(locale: Locale): Locale {
  return locale === "fr" ? "en" : "fr";
}

/** BCP 47 tag given to Intl and to `<html lang>` / `hreflang`. */
export const INTL_LOCALE: Record<Locale, string> = {
  fr: "fr-FR",
  // British conventions (day before month, 24-hour clock) read naturally next to
  // the French edition, and avoid the ambiguous 03/12 of US short dates.
  en: "en-GB",
};

interface LanguageRange {
  /** Lower-cased primary subtag ("fr" for "fr-CA"), or "*". */
  primary: string;
  /** True when the range is exactly its primary subtag ("fr", not "fr-CA"). */
  bare: boolean;
  quality: number;
  order: number;
}

// RFC 9110 §12.5.4: language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"
const LANGUAGE_RANGE_RE = /^(?:[a-z]{1,8}(?:-[a-z0-9]{1,8})*|\*)$/i;
// weight = OWS ";" OWS "q=" qvalue ; qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QUALITY_RE = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;
// Real browsers send a handful of ranges; a longer header is not worth parsing fully.
const MAX_RANGES = 32;
const MAX_HEADER_LENGTH = 4096;

function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  const items = header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES);
  items.forEach((item, order) => {
    const [rawTag = "", ...parameters] = item.split(";").map((piece) => piece.trim());
    if (!LANGUAGE_RANGE_RE.test(rawTag)) return;
    let quality = 1;
    for (const parameter of parameters) {
      const match = QUALITY_RE.exec(parameter.replace(/\s+/g, ""));
      // A malformed weight makes the whole range unreliable: ignore the range.
      if (!match) return;
      quality = Number(match[1]);
    }
    const tag = rawTag.toLowerCase();
    const primary = tag.split("-")[0];
    ranges.push({ primary, bare: primary === tag, quality, order });
  });
  return ranges;
}

/**
 * The best site locale for an `Accept-Language` header: highest q-value first,
 * header order among equals, regional variants matched on their language
 * (`fr-CA` → fr, `en-GB` → en), `*` meaning any locale not refused with q=0.
 * Missing, malformed or unmatched headers give DEFAULT_LOCALE.
 */
export function pickLocaleFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = parseAcceptLanguage(header);
  const refused = new Set(
    ranges.filter((range) => range.quality === 0 && range.bare).map((range) => range.primary),
  );
  const acceptable = ranges
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);

  for (const range of acceptable) {
    if (range.primary === "*") {
      const any = [DEFAULT_LOCALE, ...LOCALES].find((locale) => !refused.has(locale));
      if (any) return any;
    } else if (isLocale(range.primary)) {
      return range.primary;
    }
  }
  return DEFAULT_LOCALE;
}
