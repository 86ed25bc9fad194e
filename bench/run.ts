/**
 * npm run bench — how fast each public page is beside the fastest thing the same
 * server can do, and how that holds as the archive grows. `--help` for options;
 * the README's "Benchmark" section explains the method.
 *
 *   build (next build → .next-bench)
 *   for the archive sizes (--entries, then --compare-entries):
 *     create factdesk_bench_* database, migrate, bulk-seed       → seeding time
 *     next start (cache on, as in production), probe, warm up (render the warmed set of entries once)
 *     autocannon: each kind of page × each concurrency         → req/s, latency, errors
 *   next start with FACTDESK_COUNT_QUERIES=1 FACTDESK_CACHE=off → SQL queries per uncached render
 *   report → bench/results/<timestamp>.json, latest.json, latest.md, and the tables below
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { runLoad } from "./measure";
import { HELP, parseOptions, type BenchOptions } from "./options";
import {
  checkTargets,
  compareScales,
  KIND_LABELS,
  measurementTable,
  queryTable,
  renderMarkdown,
  renderText,
  scaleTable,
  targetTable,
  type Measurement,
  type PageKind,
  type QueryCount,
} from "./report";
import { databaseUrlFor, dropScratchDatabase, loadTargets, seedDatabase, type SeedResult } from "./seed";
import { assertBuilt, buildApp, killAllServersNow, portIsFree, startServer, stopAllServers, type RunningServer } from "./server";
import { pageTargets, type PageTarget } from "./targets";

const FALLBACK_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const PAUSE_MS = 500;
/**
 * Entries of the warmed set ("entry (warmed set)"): a tenth of the archive, at most
 * this many. An entry page takes ~225 kB of the page cache (two-byte HTML, RSC and
 * segment payloads): 1,000 of them plus the ~750 first renders of a cold measurement
 * stay within its default 512 MB, so the cold measurement does not evict the warmed set.
 */
const WARM_SET_SIZE = 1_000;

const log = (line: string) => console.log(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SizeRun {
  entries: number;
  seed: Omit<SeedResult, "url">;
  measurements: Measurement[];
}

const createdDatabases: string[] = [];
let baseUrlForCleanup = FALLBACK_DATABASE_URL;
let keepDatabases = false;

async function dropDatabases(): Promise<void> {
  if (keepDatabases) {
    if (createdDatabases.length > 0) log(`kept databases: ${createdDatabases.map((u) => new URL(u).pathname.slice(1)).join(", ")}`);
    return;
  }
  while (createdDatabases.length > 0) {
    const url = createdDatabases.pop()!;
    await dropScratchDatabase(baseUrlForCleanup, url).catch((error) => log(`could not drop ${url}: ${error}`));
  }
}

/** GET `path`, reading the whole body; the status, or the network error. */
async function fetchStatus(origin: string, pathname: string): Promise<number> {
  const response = await fetch(origin + pathname, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  await response.arrayBuffer();
  return response.status;
}

async function probe(server: RunningServer, target: PageTarget): Promise<{ present: true } | { present: false; status: "missing" | "failed"; reason: string }> {
  try {
    const status = await fetchStatus(server.origin, target.probePath);
    if (status === 200) return { present: true };
    if (status === 404) return { present: false, status: "missing", reason: "404" };
    return { present: false, status: "failed", reason: `GET ${target.probePath} answered ${status}` };
  } catch (error) {
    return { present: false, status: "failed", reason: `GET ${target.probePath}: ${error instanceof Error ? error.message : error}` };
  }
}

function serverEnv(databaseUrl: string, authSecret: string, extra: Record<string, string> = {}): Record<string, string> {
  // FACTDESK_BENCH=1 enables /api/bench/forget (404 otherwise).
  return { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, FACTDESK_SEED_DEMO: "0", FACTDESK_BENCH: "1", ...extra };
}

async function measureSize(options: BenchOptions, server: RunningServer, targets: PageTarget[]): Promise<Measurement[]> {
  const present = new Map<PageKind, Awaited<ReturnType<typeof probe>>>();
  for (const target of targets) {
    const result = await probe(server, target);
    present.set(target.kind, result);
    log(`  ${KIND_LABELS[target.kind].padEnd(22)} ${result.present ? "present" : result.status === "missing" ? "route missing (404)" : `FAILED: ${result.reason}`}`);
  }
  const live = targets.filter((t) => present.get(t.kind)?.present);
  const warmConnections = Math.min(8, Math.max(...options.connections));
  for (const target of live) {
    if (target.warmPaths) {
      // Every page of the warmed set once, in order.
      const paths = target.warmPaths;
      let next = 0;
      const warmed = await runLoad({ origin: server.origin, kind: target.kind, connections: warmConnections, duration: 600, amount: paths.length, nextPath: () => paths[next++ % paths.length] });
      if (warmed.non2xx > 0 || warmed.errors > 0) throw new Error(`warming ${KIND_LABELS[target.kind]}: ${warmed.non2xx} non-2xx, ${warmed.errors} errors`);
      log(`  ${KIND_LABELS[target.kind].padEnd(22)} ${paths.length} pages rendered once in ${warmed.durationSeconds.toFixed(1)} s`);
    }
    const amount = Math.min(options.smoke ? 20 : 200, target.warmUpRequests ?? Infinity);
    await runLoad({ origin: server.origin, kind: target.kind, connections: warmConnections, duration: 1, amount, nextPath: target.nextPath });
  }
  log(`  warmed up (${options.smoke ? 20 : 200} requests per page)`);

  const measurements: Measurement[] = [];
  for (const connections of options.connections) {
    for (const target of targets) {
      const state = present.get(target.kind)!;
      if (!state.present) {
        measurements.push({ kind: target.kind, connections, status: state.status, reason: state.reason });
        continue;
      }
      await target.beforeMeasure?.(server.origin);
      await sleep(PAUSE_MS);
      const m = await runLoad({ origin: server.origin, kind: target.kind, connections, duration: options.duration, nextPath: target.nextPath });
      await target.afterMeasure?.(server.origin);
      measurements.push(m);
      log(
        `  ${KIND_LABELS[target.kind].padEnd(22)} c=${String(connections).padStart(3)}  ${m.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${m.latency?.p50.toFixed(1) ?? "–"} ms  p99 ${m.latency?.p99.toFixed(1) ?? "–"} ms` +
          (m.errors || m.non2xx ? `  errors ${m.errors} non-2xx ${m.non2xx}` : ""),
      );
    }
  }
  return measurements;
}

async function readQueryCount(server: RunningServer): Promise<number> {
  const response = await fetch(`${server.origin}/api/bench/query-count`, { signal: AbortSignal.timeout(10_000) });
  if (response.status !== 200) throw new Error(`/api/bench/query-count answered ${response.status}: is the build older than the benchmark? (run without --skip-build)`);
  const body = (await response.json()) as { count: number; cache: string };
  if (body.cache !== "off") throw new Error("the counting server runs with its cache on");
  return body.count;
}

/** One uncached render per sample, read between two readings of the server's query counter. */
async function countQueries(server: RunningServer, targets: PageTarget[], samples: number): Promise<QueryCount[]> {
  const counts: QueryCount[] = [];
  for (const target of targets) {
    const state = await probe(server, target); // also loads the route's code before counting
    if (!state.present) {
      counts.push({ kind: target.kind, status: state.status, reason: state.reason });
      continue;
    }
    const values: number[] = [];
    for (const pathname of target.samplePaths(samples)) {
      const before = await readQueryCount(server);
      const status = await fetchStatus(server.origin, pathname);
      const after = await readQueryCount(server);
      if (status !== 200) throw new Error(`GET ${pathname} answered ${status} on the counting server`);
      values.push(after - before);
    }
    // A background job (the scheduler) may add a query between two readings: the minimum is the page's own.
    counts.push({ kind: target.kind, status: "ok", queries: Math.min(...values), samples: values });
    log(`  ${KIND_LABELS[target.kind].padEnd(22)} ${Math.min(...values)} queries (samples ${values.join(", ")})`);
  }
  return counts;
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
}

async function postgresVersion(baseUrl: string): Promise<string> {
  const client = postgres(baseUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await client<{ version: string }[]>`select version()`;
    return row.version;
  } finally {
    await client.end({ timeout: 5 });
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cpus: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  keepDatabases = options.keepDb;
  const started = new Date();
  const stamp = timestamp(started);

  const baseUrl = process.env.DATABASE_URL || FALLBACK_DATABASE_URL;
  if (!process.env.DATABASE_URL) log(`DATABASE_URL is not set: using ${FALLBACK_DATABASE_URL}`);
  if (!/^postgres(ql)?:\/\//.test(baseUrl)) throw new Error("DATABASE_URL must be a postgres:// URL: the benchmark needs a PostgreSQL server");
  baseUrlForCleanup = baseUrl;
  const pgVersion = await postgresVersion(baseUrl).catch((error) => {
    throw new Error(`cannot reach PostgreSQL at ${baseUrl.replace(/\/\/[^@]*@/, "//…@")}: ${error instanceof Error ? error.message : error}`);
  });
  if (!(await portIsFree(options.port))) throw new Error(`port ${options.port} is already in use: stop what listens there or pass --port`);
  const machineAtStart = machine();
  log(`${machineAtStart.cpus} × ${machineAtStart.cpuModel}, load ${machineAtStart.loadAverage.join(" ")}; ${pgVersion.split(",")[0]}`);

  let buildSeconds: number | null = null;
  if (options.skipBuild) {
    assertBuilt(options.distDir);
    log(`reusing the build in ${options.distDir}`);
  } else {
    log(`next build → ${options.distDir}`);
    buildSeconds = buildApp(options.distDir);
    log(`built in ${buildSeconds}s`);
  }

  const authSecret = randomBytes(32).toString("hex");
  const sizes = [options.entries, ...(options.compareEntries > 0 ? [options.compareEntries] : [])];
  const runs: SizeRun[] = [];
  let queries: QueryCount[] = [];

  for (const [index, entries] of sizes.entries()) {
    log(`— ${entries.toLocaleString("en")} entries —`);
    const name = `factdesk_bench_${entries}_${stamp.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
    createdDatabases.push(databaseUrlFor(baseUrl, name)); // dropped even if seeding fails half-way
    const seed = await seedDatabase({ baseUrl, name, total: entries, now: started, log: (line) => log(`  ${line}`) });
    log(`  seeded ${entries.toLocaleString("en")} entries in ${seed.seconds}s (average body ${seed.averageBodyChars} characters)`);
    const targets = pageTargets(await loadTargets(seed.url, entries), { warmSetSize: options.smoke ? 20 : WARM_SET_SIZE });

    const server = await startServer({ distDir: options.distDir, port: options.port, env: serverEnv(seed.url, authSecret), label: `${entries} entries` });
    let measurements: Measurement[];
    try {
      log(`  next start on ${server.origin} (pid ${server.pid}, read cache on)`);
      measurements = await measureSize(options, server, targets);
    } finally {
      await server.stop();
    }

    if (index === 0) {
      const counting = await startServer({
        distDir: options.distDir,
        port: options.port,
        env: serverEnv(seed.url, authSecret, { FACTDESK_COUNT_QUERIES: "1", FACTDESK_CACHE: "off" }),
        label: "query counting",
      });
      try {
        log(`  counting SQL queries per uncached render (pid ${counting.pid}, FACTDESK_CACHE=off)`);
        queries = await countQueries(counting, targets.filter((target) => target.countQueries), 3);
      } finally {
        await counting.stop();
      }
    }
    const { url: _url, ...seedReport } = seed;
    runs.push({ entries, seed: seedReport, measurements });
    await dropDatabases();
  }

  const [large, small] = runs;
  const comparison = small ? compareScales(large.measurements, small.measurements) : null;
  const targets = checkTargets({
    large: large.measurements,
    small: small?.measurements ?? null,
    queries,
    largeEntries: large.entries,
    smallEntries: small?.entries ?? null,
  });
  const finished = new Date();
  const machineAtEnd = machine();
  const report = {
    version: 1,
    smoke: options.smoke,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    options: { ...options, help: undefined },
    machine: { ...machineAtStart, loadAverageAtStart: machineAtStart.loadAverage, loadAverageAtEnd: machineAtEnd.loadAverage, postgres: pgVersion },
    build: { skipped: options.skipBuild, seconds: buildSeconds, distDir: options.distDir },
    method: {
      server: "next start (production build), one process, in-process read cache on (FACTDESK_CACHE default)",
      load: "autocannon 8 as a library, HTTP/1.1 keep-alive, no pipelining, no Accept-Encoding (uncompressed)",
      latency: "milliseconds, of 2xx responses, nearest-rank percentiles over every response",
      queries: "one uncached render (FACTDESK_CACHE=off), counted by db/client's query counter (FACTDESK_COUNT_QUERIES=1), minimum of 3 samples",
    },
    runs,
    comparison: comparison && small ? { large: large.entries, small: small.entries, ratios: comparison } : null,
    queries: { entries: large.entries, pages: queries },
    targets,
  };

  const text: string[] = [];
  const markdown: string[] = [];
  const machineLine = `${machineAtStart.cpus} × ${machineAtStart.cpuModel}, ${machineAtStart.memoryGb} GB, ${machineAtStart.os}, Node ${machineAtStart.node}, ${pgVersion.split(" ").slice(0, 2).join(" ")}; load average ${machineAtStart.loadAverage[0]} at start, ${machineAtEnd.loadAverage[0]} at end`;
  markdown.push(`Run of ${started.toISOString()} — ${machineLine}. ${options.duration} s per measurement.`);
  for (const run of runs) {
    const title = `${run.entries.toLocaleString("en")} entries (seeded in ${run.seed.seconds} s)`;
    text.push(`\n${title}\n${renderText(measurementTable(run.measurements))}`);
    markdown.push(`\n**${title}**\n\n${renderMarkdown(measurementTable(run.measurements))}`);
  }
  if (comparison && small) {
    const title = `${large.entries.toLocaleString("en")} vs ${small.entries.toLocaleString("en")} entries (figure at ${large.entries.toLocaleString("en")} ÷ figure at ${small.entries.toLocaleString("en")})`;
    text.push(`\n${title}\n${renderText(scaleTable(comparison, large.entries, small.entries))}`);
    markdown.push(`\n**${title}**\n\n${renderMarkdown(scaleTable(comparison, large.entries, small.entries))}`);
  }
  text.push(`\nSQL queries per uncached render (${large.entries.toLocaleString("en")} entries)\n${renderText(queryTable(queries))}`);
  markdown.push(`\n**SQL queries per uncached render**\n\n${renderMarkdown(queryTable(queries))}`);
  text.push(`\nTargets\n${renderText(targetTable(targets))}`);
  markdown.push(`\n**Targets**\n\n${renderMarkdown(targetTable(targets))}`);
  console.log(`\nMachine: ${machineLine}${text.join("\n")}\n`);

  fs.mkdirSync(options.outDir, { recursive: true });
  const suffix = options.smoke ? "-smoke" : "";
  const file = path.join(options.outDir, `${stamp}${suffix}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(options.outDir, `latest${suffix}.json`), json);
  fs.writeFileSync(path.join(options.outDir, `latest${suffix}.md`), `${markdown.join("\n")}\n`);
  log(`report: ${file} (and latest${suffix}.json, latest${suffix}.md)`);

  return verdict(options, runs, queries);
}

/** Exit status: the smoke run (and --require-all) fail on anything that means the harness or a page is broken. */
function verdict(options: BenchOptions, runs: SizeRun[], queries: QueryCount[]): number {
  const problems: string[] = [];
  for (const run of runs) {
    for (const m of run.measurements) {
      const where = `${KIND_LABELS[m.kind]} c=${m.connections} at ${run.entries} entries`;
      if (m.status === "failed") problems.push(`${where}: ${m.reason}`);
      if (m.status === "missing" && (options.requireAll || ["static", "home", "entry"].includes(m.kind))) problems.push(`${where}: route missing`);
      if (m.status === "ok" && options.smoke && (m.errors > 0 || m.non2xx > 0)) {
        problems.push(`${where}: ${m.requests} responses, ${m.errors} errors, ${m.non2xx} non-2xx (${JSON.stringify(m.statusCodes)})`);
      }
    }
    // On a busy machine a 1-second window at high concurrency may close before the
    // first renders finish; a page that never answered at any concurrency is broken.
    if (options.smoke) {
      for (const kind of new Set(run.measurements.filter((m) => m.status === "ok").map((m) => m.kind))) {
        const answered = run.measurements.some((m) => m.kind === kind && m.status === "ok" && m.requests > 0);
        if (!answered) problems.push(`${KIND_LABELS[kind]} at ${run.entries} entries: no response at any concurrency`);
      }
    }
  }
  for (const q of queries) if (q.status === "failed") problems.push(`query count of ${KIND_LABELS[q.kind]}: ${q.reason}`);
  if (problems.length === 0) return 0;
  console.error(`[bench] ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  return options.smoke || options.requireAll ? 1 : 0;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the server and dropping the benchmark databases…`);
    stopAllServers()
      .then(dropDatabases)
      .finally(() => process.exit(130));
  });
}
process.on("exit", killAllServersNow);

main()
  .then(async (code) => {
    await stopAllServers();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    await stopAllServers();
    await dropDatabases();
    process.exit(1);
  });
