import { describe, expect, it } from "vitest";

import { parseHttpDate, toHttpDate, toRfc3339, toRfc822 } from "./dates";

const instant = new Date("1994-11-06T08:49:37.000Z");

describe("formatting", () => {
  it("writes RFC 3339, RFC 822 and HTTP dates in UTC", () => {
    expect(toRfc3339(new Date("2024-03-05T08:09:10.123+02:00"))).toBe("2024-03-05T06:09:10.123Z");
    expect(toRfc822(instant)).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
    expect(toHttpDate(instant)).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
  });

  it("refuses an invalid Date rather than write 'Invalid Date'", () => {
    const invalid = new Date("garbage");
    expect(() => toRfc3339(invalid)).toThrow(RangeError);
    expect(() => toRfc822(invalid)).toThrow(RangeError);
    expect(() => toHttpDate(invalid)).toThrow(RangeError);
  });
});

describe("parseHttpDate", () => {
  it("reads the three forms RFC 9110 requires", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toEqual(instant);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toEqual(instant);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toEqual(instant);
  });

  it("reads back what toHttpDate writes", () => {
    const date = new Date("2031-12-31T23:59:59.000Z");
    expect(parseHttpDate(toHttpDate(date))).toEqual(date);
  });

  it("puts a two-digit year in the last 50 years or the next 50", () => {
    const thisYear = new Date().getUTCFullYear();
    const soon = (thisYear + 1) % 100;
    const parsed = parseHttpDate(`Monday, 01-Jan-${String(soon).padStart(2, "0")} 00:00:00 GMT`);
    expect(parsed?.getUTCFullYear()).toBe(thisYear + 1);
    const longAgo = (thisYear + 60) % 100;
    const old = parseHttpDate(`Monday, 01-Jan-${String(longAgo).padStart(2, "0")} 00:00:00 GMT`);
    expect(old?.getUTCFullYear()).toBe(thisYear - 40);
  });

  it.each([
    "",
    "garbage",
    "1",
    "2024-03-05T08:09:10Z",
    "Sun, 06 Nov 1994 08:49:37 +0000",
    "Sun, 6 Nov 1994 08:49:37 GMT",
    "sun, 06 nov 1994 08:49:37 gmt",
    "Sun, 31 Feb 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 24:00:00 GMT",
    "Sun, 06 Nov 1994 08:60:00 GMT",
    "Sun, 06 Foo 1994 08:49:37 GMT",
  ])("ignores %j", (value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
});
