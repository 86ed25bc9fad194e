/**
 * Placeholders in messages are `{name}` and are filled at the call site, so the
 * dictionaries stay plain JSON-serialisable data that a server component can hand
 * to a client component.
 */
import { formatNumber } from "./format";
import { INTL_LOCALE, type Locale } from "./locales";

export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER_RE = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function interpolate(template: string, values: MessageValues): string {
  return template.replace(PLACEHOLDER_RE, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/** Names of the placeholders of a template, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER_RE), (match) => match[1]);
}

export interface PluralForms {
  /** Used where the language says "one": 1 in English, 0 and 1 in French. */
  one: string;
  other: string;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form for `count` and fills `{count}`, formatted for the locale. */
export function plural(
  locale: Locale,
  count: number,
  forms: PluralForms,
  values: MessageValues = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    pluralRules.set(locale, rules);
  }
  // French CLDR also has "many" (1 000 000 → "many"); it reads like "other".
  const form = rules.select(count) === "one" ? forms.one : forms.other;
  return interpolate(form, { count: formatNumber(count, locale), ...values });
}
