/**
 * `next start` processes for the resilience suites: one production build (made
 * once by scripts/run-resilience.mjs, folder in RESILIENCE_BUILD_DIR), any number
 * of servers on the resilience ports, each with its own DATABASE_URL and
 * environment. Each server runs in its own session (setsid through `detached`), so
 * stopping it kills the whole group — `next start` and the next-server process —
 * and the run registry can end it even if the test process dies.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./pg-cluster";
import { isGroupAlive, killGroup, register, runDir } from "./run-registry";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..", "..");

export const RESILIENCE_AUTH_SECRET = "resilience-secret-not-for-production-0123456789abcdef";

/** The build folder the servers run (relative to the project, like next.config's distDir). */
export function buildDir(): string {
  const dir = process.env.RESILIENCE_BUILD_DIR || ".next";
  if (!fs.existsSync(path.join(PROJECT_ROOT, dir, "BUILD_ID"))) {
    throw new Error(`No production build in ${dir}: run \`npm run test:resilience\` (it builds), or \`npx next build\` first.`);
  }
  return dir;
}

function appPortRange(): { from: number; span: number } {
  return { from: Number(process.env.RESILIENCE_APP_PORT_BASE || 3400), span: Number(process.env.RESILIENCE_APP_PORT_SPAN || 20) };
}

/** Free ports of the resilience range, all distinct (for servers started together). */
export async function appPorts(count: number): Promise<number[]> {
  const range = appPortRange();
  const ports: number[] = [];
  let from = range.from;
  while (ports.length < count) {
    const port = await freePort(from, range.from + range.span - from);
    ports.push(port);
    from = port + 1;
  }
  return ports;
}

export interface StartOptions {
  databaseUrl: string;
  port?: number;
  label?: string;
  env?: Record<string, string>;
  /** Wait until /api/health answers 200 (default) or only until the server answers at all (any status). */
  waitFor?: "healthy" | "listening";
  timeoutMs?: number;
}

export class NextServer {
  readonly url: string;
  private exitCode: number | null | undefined = undefined;
  private readonly forget: () => void;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly label: string,
    readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.forget = register({ kind: "process", pgid: child.pid!, label: `next start ${label} :${port}` });
    child.once("exit", (code, signal) => {
      this.exitCode = code ?? (signal ? -1 : null);
      // Said in the server's own log: a server that dies mid-suite leaves the reason behind.
      fs.appendFileSync(logFile, `\n[resilience] next start exited (code ${code}, signal ${signal}) at ${new Date().toISOString()}\n`);
    });
  }

  /** Starts a server without waiting (several can then be awaited together). */
  static async spawn(options: StartOptions): Promise<NextServer> {
    const port = options.port ?? (await appPorts(1))[0];
    const label = options.label ?? `server-${port}`;
    const logFile = path.join(runDir(), `${label}-${port}.log`);
    const log = fs.openSync(logFile, "a");
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: buildDir(),
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: RESILIENCE_AUTH_SECRET,
        SITE_URL: `http://127.0.0.1:${port}`,
        FACTDESK_SEED_DEMO: "0",
        ...options.env,
      },
    });
    fs.closeSync(log);
    if (!child.pid) throw new Error(`Could not start next for ${label}`);
    return new NextServer(child, port, label, logFile);
  }

  /** Starts a server and waits until it is healthy (or listening). */
  static async start(options: StartOptions): Promise<NextServer> {
    const server = await NextServer.spawn(options);
    try {
      await server.waitUntilReady(options.waitFor ?? "healthy", options.timeoutMs ?? 90_000);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  get exited(): boolean {
    return this.exitCode !== undefined;
  }

  async waitUntilReady(waitFor: "healthy" | "listening" = "healthy", timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = "no answer";
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.label} exited (${this.exitCode}) before it was ready:\n${this.logTail()}`);
      try {
        const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
        last = `HTTP ${response.status}`;
        await response.body?.cancel();
        if (waitFor === "listening" || response.status === 200) return;
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.label} not ready after ${timeoutMs} ms (${last}):\n${this.logTail()}`);
  }

  logTail(lines = 40): string {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }

  log(): string {
    try {
      return fs.readFileSync(this.logFile, "utf8");
    } catch {
      return "";
    }
  }

  /** SIGTERM to the whole group, SIGKILL after a grace period. Safe to call twice. */
  async stop(graceMs = 5_000): Promise<void> {
    const pgid = this.child.pid!;
    if (isGroupAlive(pgid)) {
      killGroup(pgid, "SIGTERM");
      const deadline = Date.now() + graceMs;
      while (isGroupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (isGroupAlive(pgid)) killGroup(pgid, "SIGKILL");
    }
    this.forget();
  }
}
