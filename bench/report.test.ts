import { describe, expect, it } from "vitest";
import {
  ceilingRatio,
  checkTargets,
  compareScales,
  formatBytes,
  formatMs,
  formatRate,
  formatRatio,
  measurementTable,
  percentile,
  ratio,
  renderMarkdown,
  renderText,
  summarizeLatencies,
  type Measurement,
  type PageKind,
} from "./report";

function ok(kind: PageKind, connections: number, rps: number, p50: number, p95 = p50 * 2): Measurement {
  return {
    kind,
    connections,
    status: "ok",
    durationSeconds: 10,
    requests: rps * 10,
    requestsPerSecond: rps,
    latency: { p50, p95, p97_5: p95 * 1.1, p99: p95 * 1.2, mean: p50, max: p95 * 2 },
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: { "200": rps * 10 },
    bytesPerResponse: 20_000,
  };
}

const missing = (kind: PageKind, connections: number): Measurement => ({ kind, connections, status: "missing", reason: "404" });

describe("percentile (nearest rank)", () => {
  const samples = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it("takes the value at rank ⌈p·n⌉", () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 97.5)).toBe(98);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([3, 7, 9], 50)).toBe(7);
    // Just above a rank boundary moves to the next sample (not the nearest one).
    expect(percentile([1, 2, 3, 4], 26)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 91)).toBe(10);
  });

  it("clamps to the extremes and knows when there is nothing", () => {
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNull();
  });

  it("summarizes unsorted samples without changing them", () => {
    const unsorted = [10, 1, 5, 3, 8];
    const summary = summarizeLatencies(unsorted)!;
    expect(unsorted).toEqual([10, 1, 5, 3, 8]);
    expect(summary.p50).toBe(5);
    expect(summary.p99).toBe(10);
    expect(summary.mean).toBeCloseTo(5.4);
    expect(summary.max).toBe(10);
    expect(summarizeLatencies([])).toBeNull();
  });
});

describe("ratios", () => {
  it("divides, and refuses missing figures or a zero denominator", () => {
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, undefined)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });

  it("compares each page with the static page at the same concurrency", () => {
    const ms = [ok("static", 1, 1000, 1), ok("static", 32, 4000, 8), ok("entry", 1, 250, 4), ok("entry", 32, 2400, 13), missing("search", 32)];
    expect(ceilingRatio(ms, ms[2])).toBe(0.25);
    expect(ceilingRatio(ms, ms[3])).toBe(0.6);
    expect(ceilingRatio(ms, ms[4])).toBeNull();
    expect(ceilingRatio([ok("entry", 8, 10, 1)], ok("entry", 8, 10, 1))).toBeNull();
  });

  it("divides each figure at the large archive by the same figure at the small one", () => {
    const [c] = compareScales([ok("entry", 32, 1000, 30)], [ok("entry", 32, 2000, 20)]);
    expect(c.requestsPerSecond).toBe(0.5);
    expect(c.p50).toBe(1.5);
    expect(c.p97_5).toBeCloseTo(1.5);
    const [gone] = compareScales([ok("topic", 1, 10, 1)], [missing("topic", 1)]);
    expect(gone.p50).toBeNull();
  });
});

describe("targets", () => {
  const large = [
    ok("static", 1, 1000, 1),
    ok("static", 32, 4000, 8),
    ok("entry", 1, 300, 3),
    ok("entry", 32, 1800, 17),
    ok("entryWarm", 32, 3600, 9),
    ok("home", 1, 900, 1.2),
    ok("home", 32, 3000, 10),
    ok("search", 1, 50, 20, 120),
    missing("feed", 1),
    missing("feed", 32),
  ];
  const small = [ok("entry", 1, 310, 2.5), ok("entry", 32, 1900, 16), ok("home", 1, 950, 1), ok("home", 32, 3100, 5), missing("feed", 1)];

  it("passes, fails, or says it could not measure", () => {
    const checks = checkTargets({
      large,
      small,
      queries: [
        { kind: "static", status: "ok", queries: 0, samples: [0, 0, 0] },
        { kind: "home", status: "ok", queries: 1, samples: [1, 1, 2] },
        { kind: "entry", status: "ok", queries: 4, samples: [4, 4, 4] },
        { kind: "feed", status: "missing", reason: "404" },
      ],
      largeEntries: 100_000,
      smallEntries: 1_000,
    });
    const byStart = (start: string) => checks.find((c) => c.target.startsWith(start))!;
    expect(byStart("entry page ≥ 50 %")).toMatchObject({ result: "fail", detail: "45 % of the ceiling" });
    expect(byStart("entry page ≥ 50 %").target).toContain("whole archive");
    expect(checks.find((c) => c.target.includes("warmed set"))).toMatchObject({ result: "pass", detail: "90 % of the ceiling" });
    expect(byStart("home:")).toMatchObject({ result: "fail" }); // c32: 10 ms vs 5 ms = 2×
    expect(byStart("home:").detail).toContain("c32: 2.00×");
    expect(byStart("entry (random):")).toMatchObject({ result: "pass" }); // 1.2× and 1.06×
    expect(byStart("RSS feed:")).toMatchObject({ result: "not measured" });
    expect(byStart("search p95")).toMatchObject({ result: "fail", detail: "p95 120 ms" });
    expect(byStart("≤ 3 SQL")).toMatchObject({ result: "fail", detail: "home 1, entry 4" });
  });

  it("does not judge the scale targets without a comparison run", () => {
    const checks = checkTargets({ large, small: null, queries: [], largeEntries: 200, smallEntries: null });
    expect(checks.filter((c) => c.target.includes("within")).every((c) => c.result === "not measured")).toBe(true);
    expect(checks.find((c) => c.target.startsWith("≤ 3"))!.result).toBe("not measured");
  });
});

describe("formatting", () => {
  it("keeps three significant figures for latencies", () => {
    expect(formatMs(1.234)).toBe("1.23 ms");
    expect(formatMs(12.345)).toBe("12.3 ms");
    expect(formatMs(123.6)).toBe("124 ms");
    expect(formatMs(null)).toBe("–");
  });

  it("formats rates, ratios and sizes", () => {
    expect(formatRate(1234.5)).toBe("1,235");
    expect(formatRate(9.87)).toBe("9.9");
    expect(formatRatio(0.5234)).toBe("0.52×");
    expect(formatRatio(null)).toBe("–");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(26_000)).toBe("25.4 kB");
  });

  it("prints a missing route across the row instead of empty figures", () => {
    const table = measurementTable([ok("static", 1, 1000, 1), missing("feed", 1)]);
    const text = renderText(table);
    expect(text).toMatch(/RSS feed\s+1\s+route missing \(404\)$/m);
    expect(text.split("\n")[2]).toMatch(/^static ceiling\s+1\s+1,000\s+1\.00 ms/);
    const markdown = renderMarkdown(table);
    expect(markdown.split("\n")[0]).toBe("| page | conn | req/s | p50 | p97.5 | p99 | errors | non-2xx | × ceiling | size |");
    expect(markdown.split("\n")[1]).toBe("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    expect(markdown).toContain("| RSS feed | 1 | route missing (404) |");
  });
});
