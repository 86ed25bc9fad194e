import { afterEach, describe, expect, it, vi } from "vitest";
import { t } from "./dictionaries";
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, formatNumber, siteTimeZone } from "./format";
import { interpolate, plural } from "./interpolate";

afterEach(() => {
  vi.unstubAllEnvs();
});

// 23:30 UTC on 12 March is already 13 March in Paris (UTC+1).
const LATE_EVENING_UTC = "2025-03-12T23:30:00Z";
// 10:05 UTC on 14 July is 12:05 in Paris (summer time, UTC+2).
const SUMMER_MORNING_UTC = new Date("2025-07-14T10:05:00Z");

describe("formatDate", () => {
  it("formats in the newsroom's time zone, not the server's", () => {
    vi.stubEnv("SITE_TIME_ZONE", "");
    expect(siteTimeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(formatDate(LATE_EVENING_UTC, "fr")).toBe("13 mars 2025");
    expect(formatDate(LATE_EVENING_UTC, "en")).toBe("13 March 2025");
    expect(formatDate(new Date(LATE_EVENING_UTC), "fr", "short")).toBe("13/03/2025");
    expect(formatDate(new Date(LATE_EVENING_UTC), "en", "short")).toBe("13/03/2025");
  });

  it("follows SITE_TIME_ZONE when it is set and valid", () => {
    vi.stubEnv("SITE_TIME_ZONE", "America/New_York");
    expect(formatDate(LATE_EVENING_UTC, "en")).toBe("12 March 2025");
    vi.stubEnv("SITE_TIME_ZONE", "Not/AZone");
    expect(siteTimeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(formatDate(LATE_EVENING_UTC, "en")).toBe("13 March 2025");
  });

  it("keeps a calendar date on its day whatever the time zone", () => {
    vi.stubEnv("SITE_TIME_ZONE", "Pacific/Honolulu");
    expect(formatDate("2025-01-01", "fr")).toBe("1 janvier 2025");
    expect(formatDate("2025-01-01", "en")).toBe("1 January 2025");
  });

  it("refuses an invalid date clearly", () => {
    expect(() => formatDate("not a date", "fr")).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN), "en")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("formats date and 24-hour time in both languages", () => {
    expect(formatDateTime(SUMMER_MORNING_UTC, "fr")).toBe("14 juillet 2025 à 12:05");
    expect(formatDateTime(SUMMER_MORNING_UTC, "en")).toBe("14 July 2025 at 12:05");
    expect(formatDateTime(SUMMER_MORNING_UTC, "fr", "short")).toBe("14/07/2025 12:05");
    expect(formatDateTime(SUMMER_MORNING_UTC.toISOString(), "en", "short")).toBe("14/07/2025, 12:05");
  });
});

describe("formatNumber", () => {
  it("groups digits the way each language does", () => {
    expect(formatNumber(1234567.5, "fr")).toBe("1\u202f234\u202f567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(0.25, "fr", { style: "percent" })).toBe("25\u00a0%");
    expect(formatNumber(0.25, "en", { style: "percent" })).toBe("25%");
  });
});

describe("messages with values", () => {
  it("fill placeholders and leave unknown ones visible", () => {
    expect(interpolate("Published on {date}", { date: "1 May" })).toBe("Published on 1 May");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("pluralise by each language's rules, with formatted counts", () => {
    const fr = t("fr").search.resultCount;
    const en = t("en").search.resultCount;
    expect([0, 1, 2, 1234].map((n) => plural("fr", n, fr))).toEqual([
      "0 résultat",
      "1 résultat",
      "2 résultats",
      "1\u202f234 résultats",
    ]);
    expect([0, 1, 2, 1234].map((n) => plural("en", n, en))).toEqual([
      "0 results",
      "1 result",
      "2 results",
      "1,234 results",
    ]);
  });

  it("compose entry labels with formatted dates", () => {
    expect(interpolate(t("fr").entry.publishedOn, { date: formatDate(SUMMER_MORNING_UTC, "fr") })).toBe(
      "Publié le 14 juillet 2025",
    );
    expect(interpolate(t("en").entry.updatedOn, { date: formatDate(SUMMER_MORNING_UTC, "en") })).toBe(
      "Updated on 14 July 2025",
    );
  });
});
