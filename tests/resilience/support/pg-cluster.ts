/**
 * A throwaway PostgreSQL cluster for one test file: initdb in a temp folder, its
 * own port and socket folder, trust authentication, started and stopped with
 * pg_ctl. The machine's shared server (5432) is never touched: every command here
 * names this cluster's data directory.
 *
 * PostgreSQL refuses to run as root, and CI runs as root: the cluster then belongs
 * to the `postgres` system user (RESILIENCE_PG_USER) and every pg_ctl/initdb runs
 * through `runuser`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";
import { register, runDir, stopClusterNow, type ClusterRecord } from "./run-registry";

/** Where initdb/pg_ctl live: PG_BIN, else PostgreSQL 15's Debian folder, else the newest installed. */
export function postgresBinDir(): string {
  const candidates = [process.env.PG_BIN, "/usr/lib/postgresql/15/bin"];
  if (fs.existsSync("/usr/lib/postgresql")) {
    const versions = fs
      .readdirSync("/usr/lib/postgresql")
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  for (const dir of candidates) {
    if (dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  throw new Error("PostgreSQL server binaries not found: install PostgreSQL (initdb, pg_ctl) or set PG_BIN.");
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port in [from, from + span). */
export async function freePort(from: number, span: number): Promise<number> {
  for (let port = from; port < from + span; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port in ${from}–${from + span - 1}`);
}

function pgPortRange(): { from: number; span: number } {
  return { from: Number(process.env.RESILIENCE_PG_PORT_BASE || 55400), span: Number(process.env.RESILIENCE_PG_PORT_SPAN || 20) };
}

export class PgCluster {
  readonly dataDir: string;
  readonly socketDir: string;
  readonly logFile: string;
  private readonly bin = postgresBinDir();
  private readonly runAs: string | null;
  private readonly forget: () => void;
  private running = false;

  private constructor(
    readonly root: string,
    readonly port: number,
  ) {
    this.dataDir = path.join(root, "data");
    this.socketDir = path.join(root, "socket");
    this.logFile = path.join(root, "postgres.log");
    this.runAs = process.getuid?.() === 0 ? process.env.RESILIENCE_PG_USER || "postgres" : null;
    const record: ClusterRecord = { kind: "cluster", dataDir: this.dataDir, pgCtl: path.join(this.bin, "pg_ctl"), runAs: this.runAs };
    this.forget = register(record);
  }

  /** initdb + start on the first free port of the resilience range. */
  static async create(name: string): Promise<PgCluster> {
    const range = pgPortRange();
    const port = await freePort(range.from, range.span);
    const root = fs.mkdtempSync(path.join(runDir(), `pg-${name}-`));
    const cluster = new PgCluster(root, port);
    cluster.init();
    await cluster.start();
    return cluster;
  }

  /** Runs a PostgreSQL binary as the cluster's owner. */
  private run(binary: string, args: string[]): string {
    const file = path.join(this.bin, binary);
    const [command, argv] = this.runAs ? ["runuser", ["-u", this.runAs, "--", file, ...args]] : [file, args];
    const result = spawnSync(command, argv, { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) {
      throw new Error(`${binary} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}\n${this.logTail()}`);
    }
    return result.stdout;
  }

  private init(): void {
    fs.mkdirSync(this.socketDir, { recursive: true });
    if (this.runAs) {
      // The run folder is root's: let the cluster's owner reach its own corner of it.
      for (let dir = this.root; dir !== path.dirname(dir) && dir.startsWith(runDir()); dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
      fs.chmodSync(runDir(), 0o755);
      execFileSync("chown", ["-R", this.runAs, this.root]);
    }
    this.run("initdb", ["-D", this.dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
  }

  /** Starts (or restarts after `stop`) and waits until it accepts connections. */
  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.socketDir}`,
      "-c listen_addresses=127.0.0.1",
      // A test database: durability is not what is under test, speed is welcome.
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    this.run("pg_ctl", ["start", "-D", this.dataDir, "-l", this.logFile, "-w", "-t", "60", "-o", options]);
    this.running = true;
  }

  /**
   * Stops the cluster. `fast` ends every session cleanly (what an operator's
   * restart does); `immediate` is a crash (no shutdown checkpoint).
   */
  async stop(mode: "fast" | "immediate" = "fast"): Promise<void> {
    this.run("pg_ctl", ["stop", "-D", this.dataDir, "-m", mode, "-w", "-t", "60"]);
    this.running = false;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Connection string for `database` on this cluster. */
  url(database = "postgres"): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Creates an empty database (name must start with factdesk_res_) and returns its URL. */
  async createDatabase(name: string): Promise<string> {
    if (!/^factdesk_res_[a-z0-9_]+$/.test(name)) throw new Error(`Resilience databases are named factdesk_res_…, not ${name}`);
    const admin = postgres(this.url(), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${name}`);
    } finally {
      await admin.end({ timeout: 5 });
    }
    return this.url(name);
  }

  logTail(lines = 30): string {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }

  /** Stops the cluster immediately and removes its folder. Safe to call twice. */
  async destroy(): Promise<void> {
    stopClusterNow({ kind: "cluster", dataDir: this.dataDir, pgCtl: path.join(this.bin, "pg_ctl"), runAs: this.runAs });
    this.running = false;
    this.forget();
    if (process.env.RESILIENCE_KEEP_RUN_DIR !== "1") fs.rmSync(this.root, { recursive: true, force: true });
  }
}
