/** Date formats the feeds and their HTTP responses speak. */

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date cannot be written to a feed");
}

/** RFC 3339 in UTC, for Atom and JSON Feed: `2024-03-05T08:09:10.000Z`. */
export function toRfc3339(date: Date): string {
  assertValidDate(date);
  return date.toISOString();
}

/** RFC 822 (with a four-digit year, as RSS 2.0 readers expect): `Tue, 05 Mar 2024 08:09:10 GMT`. */
export function toRfc822(date: Date): string {
  assertValidDate(date);
  return date.toUTCString();
}

/** HTTP-date in the preferred IMF-fixdate form (RFC 9110 §5.6.7), e.g. for Last-Modified. */
export function toHttpDate(date: Date): string {
  assertValidDate(date);
  return date.toUTCString();
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const MONTH = MONTHS.join("|");
const SHORT_DAY = "Mon|Tue|Wed|Thu|Fri|Sat|Sun";
const LONG_DAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

// The three forms RFC 9110 §5.6.7 obliges a recipient to accept.
const IMF_FIXDATE = new RegExp(`^(?:${SHORT_DAY}), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`);
const RFC_850_DATE = new RegExp(`^(?:${LONG_DAY}), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^(?:${SHORT_DAY}) (${MONTH}) ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

interface DateFields {
  year: number;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** A two-digit year that would land more than 50 years ahead means the previous century (RFC 9110). */
function expandTwoDigitYear(twoDigits: number, currentYear: number): number {
  const candidate = currentYear - (currentYear % 100) + twoDigits;
  return candidate > currentYear + 50 ? candidate - 100 : candidate;
}

function matchHttpDate(value: string): DateFields | undefined {
  let match = IMF_FIXDATE.exec(value);
  if (match) {
    const [, day, month, year, hour, minute, second] = match;
    return { year: Number(year), month, day, hour, minute, second };
  }
  match = RFC_850_DATE.exec(value);
  if (match) {
    const [, day, month, year, hour, minute, second] = match;
    const fullYear = expandTwoDigitYear(Number(year), new Date().getUTCFullYear());
    return { year: fullYear, month, day, hour, minute, second };
  }
  match = ASCTIME_DATE.exec(value);
  if (match) {
    const [, month, day, hour, minute, second, year] = match;
    return { year: Number(year), month, day: day.trim(), hour, minute, second };
  }
  return undefined;
}

/**
 * Parses an HTTP-date (IMF-fixdate, RFC 850 or asctime). Anything else, including
 * impossible dates such as 31 February or 25:00, gives undefined: a malformed
 * validator must be ignored, never guessed at.
 */
export function parseHttpDate(value: string): Date | undefined {
  const fields = matchHttpDate(value.trim());
  if (fields === undefined) return undefined;
  const month = MONTHS.indexOf(fields.month as (typeof MONTHS)[number]);
  const [day, hour, minute, second] = [fields.day, fields.hour, fields.minute, fields.second].map(Number);
  const date = new Date(Date.UTC(fields.year, month, day, hour, minute, second));
  // Date.UTC rolls over out-of-range fields (Feb 31 → Mar 3); reject instead.
  const rolledOver =
    date.getUTCFullYear() !== fields.year ||
    date.getUTCMonth() !== month ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hour ||
    date.getUTCMinutes() !== minute ||
    date.getUTCSeconds() !== second;
  return rolledOver ? undefined : date;
}
