/**
 * The production server under test: `next build` into its own folder, then
 * `next start` in its own process group (setsid), stopped by its process id — at
 * the end, and on Ctrl-C or an error (see stopAllServers).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";

const NEXT_BIN = createRequire(path.join(process.cwd(), "package.json")).resolve("next/dist/bin/next");

export function buildApp(distDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  return Math.round((performance.now() - started) / 100) / 10;
}

export function assertBuilt(distDir: string): void {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}: run without --skip-build (or build with NEXT_DIST_DIR=${distDir} next build).`);
  }
}

export interface RunningServer {
  pid: number;
  origin: string;
  /** The last lines the server printed (for error messages). */
  output: () => string;
  stop: () => Promise<void>;
}

const running = new Set<RunningServer>();

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

function processExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (processExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // The server runs in its own session: its id is also its process group's.
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

export async function startServer(options: { distDir: string; port: number; env: Record<string, string>; label: string }): Promise<RunningServer> {
  if (!(await portIsFree(options.port))) {
    throw new Error(`Port ${options.port} is already in use: stop what listens there or pass --port.`);
  }
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(options.port)], {
    detached: true, // setsid: the server and anything it spawns form one group we can stop together
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: options.distDir,
      SITE_URL: origin,
      ...options.env,
    },
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start next start");

  const server: RunningServer = {
    pid,
    origin,
    output: () => lines.slice(-40).join("\n"),
    stop: async () => {
      running.delete(server);
      if (processExited(child)) return;
      signalGroup(pid, "SIGTERM");
      if (!(await waitForExit(child, 5_000))) {
        signalGroup(pid, "SIGKILL");
        await waitForExit(child, 2_000);
      }
    },
  };
  running.add(server);

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (processExited(child)) throw new Error(`next start (${options.label}) exited early:\n${server.output()}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`next start (${options.label}) did not become healthy within 120 s:\n${server.output()}`);
}

/** Stops every server this process started (on exit, Ctrl-C or error). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

/** Synchronous last resort from an `exit` handler. */
export function killAllServersNow(): void {
  for (const server of running) signalGroup(server.pid, "SIGKILL");
  running.clear();
}
