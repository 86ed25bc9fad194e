/** Command-line options of `npm run bench` (see --help and the README's "Benchmark" section). */
import { parseArgs } from "node:util";

export interface BenchOptions {
  entries: number;
  /** 0: no comparison run. */
  compareEntries: number;
  duration: number;
  connections: number[];
  skipBuild: boolean;
  port: number;
  keepDb: boolean;
  smoke: boolean;
  distDir: string;
  outDir: string;
  requireAll: boolean;
  help: boolean;
}

export const HELP = `npm run bench -- [options]

Measures the public site of a production build against a seeded PostgreSQL
database: the static ceiling, the home page, random entry pages, a topic page,
search with random words and the RSS feed, at each concurrency; then the same at
a small archive for comparison, and the SQL queries of one uncached render.

  --entries N            entries in the archive (default 100000)
  --compare-entries N    entries of the comparison archive, 0 to skip (default 1000)
  --duration S           seconds per measurement (default 10)
  --connections LIST     concurrencies, comma-separated (default "1,32")
  --skip-build           reuse the existing build in --dist-dir instead of running next build
  --dist-dir DIR         build folder (default .next-bench; NEXT_DIST_DIR for next)
  --port P               port of the server under test (default 3300)
  --keep-db              keep the benchmark databases (default: dropped at the end)
  --out DIR              where reports go (default bench/results)
  --require-all          fail when a kind of page is missing (404) instead of reporting it
  --smoke                CI smoke run: 200 entries, 1 s per measurement, no comparison run;
                         fails on any error or non-2xx answer of a page that exists
  --help                 this text

Needs DATABASE_URL pointing at a PostgreSQL server (the databases are created
beside it, named factdesk_bench_*); defaults to postgres://postgres@127.0.0.1:5432/postgres.`;

function positiveInteger(name: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} integer (got "${value}")`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      entries: { type: "string" },
      "compare-entries": { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      "skip-build": { type: "boolean", default: false },
      "dist-dir": { type: "string", default: ".next-bench" },
      port: { type: "string", default: "3300" },
      "keep-db": { type: "boolean", default: false },
      out: { type: "string", default: "bench/results" },
      "require-all": { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const smoke = values.smoke ?? false;
  const entries = positiveInteger("entries", values.entries ?? (smoke ? "200" : "100000"));
  const compareEntries = positiveInteger("compare-entries", values["compare-entries"] ?? (smoke ? "0" : "1000"), true);
  const duration = Number(values.duration ?? (smoke ? "1" : "10"));
  if (!Number.isFinite(duration) || duration <= 0 || duration > 600) throw new Error(`--duration must be between 0 and 600 seconds (got "${values.duration}")`);
  const connections = (values.connections ?? "1,32").split(",").map((part) => positiveInteger("connections", part.trim()));
  if (connections.length === 0 || connections.some((c) => c > 1000)) throw new Error("--connections must list concurrencies between 1 and 1000");
  const port = positiveInteger("port", values.port ?? "3300");
  if (port > 65535) throw new Error("--port must be a TCP port");
  return {
    entries,
    compareEntries: compareEntries === entries ? 0 : compareEntries,
    duration,
    connections: [...new Set(connections)],
    skipBuild: values["skip-build"] ?? false,
    port,
    keepDb: values["keep-db"] ?? false,
    smoke,
    distDir: values["dist-dir"] ?? ".next-bench",
    outDir: values.out ?? "bench/results",
    requireAll: values["require-all"] ?? false,
    help: values.help ?? false,
  };
}
