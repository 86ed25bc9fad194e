/**
 * The benchmark's arithmetic and presentation, kept free of I/O so it can be unit
 * tested: percentiles of latency samples, ratios to the static ceiling and between
 * archive sizes, the targets of issue 7, and the printed / Markdown tables.
 */

export const PAGE_KINDS = ["static", "home", "entry", "entryWarm", "topic", "search", "feed"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const KIND_LABELS: Record<PageKind, string> = {
  static: "static ceiling",
  home: "home",
  entry: "entry (random)",
  entryWarm: "entry (warmed set)",
  topic: "topic",
  search: "search (random word)",
  feed: "RSS feed",
};

export interface LatencySummary {
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  mean: number;
  max: number;
}

export type Measurement =
  | {
      kind: PageKind;
      connections: number;
      status: "ok";
      durationSeconds: number;
      /** Every response received (2xx and others). */
      requests: number;
      requestsPerSecond: number;
      /** Of 2xx responses, in milliseconds; null when there was none. */
      latency: LatencySummary | null;
      /** Connection errors and timeouts. */
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodes: Record<string, number>;
      bytesPerResponse: number;
    }
  | { kind: PageKind; connections: number; status: "missing"; reason: string }
  | { kind: PageKind; connections: number; status: "failed"; reason: string };

export type OkMeasurement = Extract<Measurement, { status: "ok" }>;

/* ----------------------------- statistics ---------------------------- */

/** Nearest-rank percentile of ascending `sorted` (p in 0–100); null for no samples. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (p <= 0) return sorted[0];
  if (p >= 100) return sorted[sorted.length - 1];
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const sum = list.reduce((total, value) => total + value, 0);
  return {
    p50: percentile(list, 50)!,
    p95: percentile(list, 95)!,
    p97_5: percentile(list, 97.5)!,
    p99: percentile(list, 99)!,
    mean: sum / list.length,
    max: list[list.length - 1],
  };
}

/** a / b, or null when either is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

export function findMeasurement(measurements: readonly Measurement[], kind: PageKind, connections: number): Measurement | undefined {
  return measurements.find((m) => m.kind === kind && m.connections === connections);
}

function ok(m: Measurement | undefined): OkMeasurement | undefined {
  return m && m.status === "ok" ? m : undefined;
}

/** Throughput of `m` as a share of the static page's at the same concurrency. */
export function ceilingRatio(measurements: readonly Measurement[], m: Measurement): number | null {
  const page = ok(m);
  const ceiling = ok(findMeasurement(measurements, "static", m.connections));
  return ratio(page?.requestsPerSecond, ceiling?.requestsPerSecond);
}

export interface ScaleComparison {
  kind: PageKind;
  connections: number;
  /** Each figure at the large archive divided by the same figure at the small one. */
  requestsPerSecond: number | null;
  p50: number | null;
  p97_5: number | null;
  p99: number | null;
}

export function compareScales(large: readonly Measurement[], small: readonly Measurement[]): ScaleComparison[] {
  return large.map((m) => {
    const big = ok(m);
    const little = ok(findMeasurement(small, m.kind, m.connections));
    return {
      kind: m.kind,
      connections: m.connections,
      requestsPerSecond: ratio(big?.requestsPerSecond, little?.requestsPerSecond),
      p50: ratio(big?.latency?.p50, little?.latency?.p50),
      p97_5: ratio(big?.latency?.p97_5, little?.latency?.p97_5),
      p99: ratio(big?.latency?.p99, little?.latency?.p99),
    };
  });
}

/* ------------------------------- targets ----------------------------- */

export type QueryCount = { kind: PageKind; status: "ok"; queries: number; samples: number[] } | { kind: PageKind; status: "missing" | "failed"; reason: string };

export interface TargetCheck {
  target: string;
  /** "pass" / "fail", or "not measured" when the figures are missing (route absent, no comparison run). */
  result: "pass" | "fail" | "not measured";
  detail: string;
}

export const TARGETS = {
  entryShareOfCeiling: 0.5,
  scaleLatencyRatio: 1.5,
  searchP95Ms: 100,
  queriesPerPage: 3,
};

const fmtPct = (value: number) => `${(value * 100).toFixed(0)} %`;

export function checkTargets(input: {
  large: readonly Measurement[];
  small: readonly Measurement[] | null;
  queries: readonly QueryCount[];
  largeEntries: number;
  smallEntries: number | null;
}): TargetCheck[] {
  const checks: TargetCheck[] = [];

  // 1. Entry page at ≥ 50 % of the static ceiling's throughput at concurrency 32, reported
  // twice: random entries of the whole archive (nearly every request the page's first
  // render) and random entries of a set rendered once during the warm-up.
  for (const [kind, what] of [
    ["entry", "random entries of the whole archive"],
    ["entryWarm", "random entries of a warmed set"],
  ] as const) {
    const entry32 = findMeasurement(input.large, kind, 32);
    const share = entry32 ? ceilingRatio(input.large, entry32) : null;
    checks.push({
      target: `entry page ≥ ${fmtPct(TARGETS.entryShareOfCeiling)} of the static ceiling's throughput at concurrency 32 (${what})`,
      result: share === null ? "not measured" : share >= TARGETS.entryShareOfCeiling ? "pass" : "fail",
      detail: share === null ? "no entry or static measurement at concurrency 32" : `${fmtPct(share)} of the ceiling`,
    });
  }

  // 2. Home, entry, topic and feed: median latency at the large archive within 1.5× of the small one's.
  for (const kind of ["home", "entry", "topic", "feed"] as const) {
    const target = `${KIND_LABELS[kind]}: p50 latency at ${input.largeEntries.toLocaleString("en")} within ${TARGETS.scaleLatencyRatio}× of ${input.smallEntries?.toLocaleString("en") ?? "the small archive"}`;
    if (!input.small) {
      checks.push({ target, result: "not measured", detail: "no comparison run" });
      continue;
    }
    const comparisons = compareScales(
      input.large.filter((m) => m.kind === kind),
      input.small,
    ).filter((c) => c.p50 !== null);
    if (comparisons.length === 0) {
      checks.push({ target, result: "not measured", detail: "route missing or failed at one of the sizes" });
      continue;
    }
    const worst = comparisons.reduce((a, b) => (b.p50! > a.p50! ? b : a));
    checks.push({
      target,
      result: comparisons.every((c) => c.p50! <= TARGETS.scaleLatencyRatio) ? "pass" : "fail",
      detail: comparisons.map((c) => `c${c.connections}: ${formatRatio(c.p50)}`).join(", ") + ` (worst c${worst.connections})`,
    });
  }

  // 3. Search p95 under 100 ms at the large archive, one reader at a time (no queueing).
  const search1 = ok(findMeasurement(input.large, "search", 1));
  const search32 = ok(findMeasurement(input.large, "search", 32));
  checks.push({
    target: `search p95 < ${TARGETS.searchP95Ms} ms at ${input.largeEntries.toLocaleString("en")} entries (concurrency 1)`,
    result: !search1?.latency ? "not measured" : search1.latency.p95 < TARGETS.searchP95Ms ? "pass" : "fail",
    detail: !search1?.latency
      ? "search not measured at concurrency 1"
      : `p95 ${formatMs(search1.latency.p95)}${search32?.latency ? ` (at concurrency 32: ${formatMs(search32.latency.p95)})` : ""}`,
  });

  // 4. No page issues more than 3 queries when rendered uncached.
  const counted = input.queries.filter((q): q is Extract<QueryCount, { status: "ok" }> => q.status === "ok" && q.kind !== "static");
  const over = counted.filter((q) => q.queries > TARGETS.queriesPerPage);
  checks.push({
    target: `≤ ${TARGETS.queriesPerPage} SQL queries per uncached page`,
    result: counted.length === 0 ? "not measured" : over.length === 0 ? "pass" : "fail",
    detail: counted.length === 0 ? "no page counted" : counted.map((q) => `${q.kind} ${q.queries}`).join(", "),
  });
  return checks;
}

/* ----------------------------- formatting ---------------------------- */

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return value >= 100 ? Math.round(value).toLocaleString("en") : value.toFixed(1);
}

/** 0.523 → "0.52×". */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return `${value.toFixed(2)}×`;
}

export function formatBytes(value: number): string {
  if (value < 1024) return `${Math.round(value)} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} kB`;
  return `${(value / 1024 / 1024).toFixed(1)} MB`;
}

export function statusText(m: Measurement): string {
  if (m.status === "missing") return `route missing (${m.reason})`;
  if (m.status === "failed") return `failed: ${m.reason}`;
  return "ok";
}

export type Table = { header: string[]; rows: string[][]; align?: ("l" | "r")[] };

export function measurementTable(measurements: readonly Measurement[]): Table {
  const header = ["page", "conn", "req/s", "p50", "p97.5", "p99", "errors", "non-2xx", "× ceiling", "size"];
  const rows = measurements.map((m) => {
    const head = [KIND_LABELS[m.kind], String(m.connections)];
    if (m.status !== "ok") return [...head, statusText(m), "", "", "", "", "", "", ""];
    return [
      ...head,
      formatRate(m.requestsPerSecond),
      formatMs(m.latency?.p50),
      formatMs(m.latency?.p97_5),
      formatMs(m.latency?.p99),
      String(m.errors),
      String(m.non2xx),
      m.kind === "static" ? "1.00×" : formatRatio(ceilingRatio(measurements, m)),
      formatBytes(m.bytesPerResponse),
    ];
  });
  return { header, rows };
}

export function scaleTable(comparisons: readonly ScaleComparison[], large: number, small: number): Table {
  return {
    header: ["page", "conn", `req/s ${large}/${small}`, "p50 ratio", "p97.5 ratio", "p99 ratio"],
    rows: comparisons.map((c) => [KIND_LABELS[c.kind], String(c.connections), formatRatio(c.requestsPerSecond), formatRatio(c.p50), formatRatio(c.p97_5), formatRatio(c.p99)]),
  };
}

export function queryTable(queries: readonly QueryCount[]): Table {
  return {
    header: ["page", "SQL queries (one uncached render)"],
    align: ["l", "l"],
    rows: queries.map((q) => [KIND_LABELS[q.kind], q.status === "ok" ? String(q.queries) + (new Set(q.samples).size > 1 ? ` (samples ${q.samples.join(", ")})` : "") : `route missing (${q.reason})`]),
  };
}

export function targetTable(checks: readonly TargetCheck[]): Table {
  return { header: ["target", "result", "detail"], rows: checks.map((c) => [c.target, c.result, c.detail]), align: ["l", "l", "l"] };
}

/** A row whose cells after the third are all empty: its third cell (a status) spans the rest. */
function spans(row: readonly string[]): boolean {
  return row.length > 3 && row.slice(3).every((cell) => cell === "");
}

function alignment(table: Table, i: number): "l" | "r" {
  return table.align?.[i] ?? (i === 0 ? "l" : "r");
}

/** Fixed-width text table for the terminal. */
export function renderText(table: Table): string {
  const widths = table.header.map((h, i) =>
    Math.max(h.length, ...table.rows.filter((row) => !(spans(row) && i >= 2)).map((row) => (row[i] ?? "").length)),
  );
  const pad = (cell: string, i: number) => (alignment(table, i) === "l" ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
  const out = [table.header.map(pad).join("  ").trimEnd(), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of table.rows) {
    out.push(spans(row) ? `${row.slice(0, 2).map(pad).join("  ")}  ${row[2]}` : row.map(pad).join("  ").trimEnd());
  }
  return out.join("\n");
}

export function renderMarkdown(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  return [
    `| ${table.header.map(escape).join(" | ")} |`,
    `| ${table.header.map((_, i) => (alignment(table, i) === "l" ? "---" : "---:")).join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}
