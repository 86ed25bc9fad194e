/**
 * Dates and numbers for readers. Every date is formatted in one fixed time zone
 * (the newsroom's, `SITE_TIME_ZONE`, default Europe/Paris), never the server's:
 * the same entry renders the same date on every server, in every feed, and in
 * the browser after hydration.
 */
import { INTL_LOCALE, type Locale } from "./locales";

export type DateStyle = "long" | "short";

export const DEFAULT_TIME_ZONE = "Europe/Paris";

const validTimeZones = new Map<string, boolean>();

function isValidTimeZone(timeZone: string): boolean {
  let valid = validTimeZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    validTimeZones.set(timeZone, valid);
  }
  return valid;
}

/**
 * The site's time zone. Read on each call (cheap, cached) so tests and scripts
 * can set it; a mistyped value falls back to the default instead of failing
 * every page.
 */
export function siteTimeZone(): string {
  const configured = process.env.SITE_TIME_ZONE?.trim();
  return configured && isValidTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
}

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: "numeric", month: "long", year: "numeric" },
  short: { day: "2-digit", month: "2-digit", year: "numeric" },
};

const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

// A calendar date with no time ("2025-03-12", e.g. a claim's first-seen date)
// names a day, not an instant: shifting it by a time zone would change the day.
const CALENDAR_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

function zoneFor(value: Date | string): string {
  return typeof value === "string" && CALENDAR_DATE_RE.test(value) ? "UTC" : siteTimeZone();
}

/** "12 mars 2025" / "12 March 2025" (long), "12/03/2025" (short). */
export function formatDate(value: Date | string, locale: Locale, style: DateStyle = "long"): string {
  const date = toDate(value);
  return dateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: zoneFor(value) }).format(date);
}

/** "12 mars 2025 à 14:30" / "12 March 2025 at 14:30" (long), "12/03/2025 14:30" (short). */
export function formatDateTime(value: Date | string, locale: Locale, style: DateStyle = "long"): string {
  const date = toDate(value);
  return dateTimeFormat(locale, {
    ...DATE_OPTIONS[style],
    ...TIME_OPTIONS,
    timeZone: zoneFor(value),
  }).format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "12 345,5" / "12,345.5" (French groups with a narrow no-break space). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
