/**
 * Everything a resilience run starts outside its own process tree — `next start`
 * process groups (they run in their own session) and PostgreSQL clusters (their
 * postmaster is daemonised by pg_ctl) — is written down here, so that the run can
 * end them even when a test, a hook or the whole test runner dies halfway.
 *
 * The registry is a folder of small files under the run directory
 * (RESILIENCE_RUN_DIR, made by scripts/run-resilience.mjs or by the vitest global
 * setup). `cleanUpRun` reads it back: kill every group, stop every cluster, remove
 * every temporary folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ProcessRecord {
  kind: "process";
  /** Process-group id (the leader's pid: started with `detached`, i.e. setsid). */
  pgid: number;
  label: string;
}
export interface ClusterRecord {
  kind: "cluster";
  dataDir: string;
  pgCtl: string;
  /** Run pg_ctl as this system user (PostgreSQL refuses to run as root). */
  runAs: string | null;
}
export type RunRecord = ProcessRecord | ClusterRecord;

/** The run's scratch folder: every temp dir, log and registry file lives under it. */
export function runDir(): string {
  const dir = process.env.RESILIENCE_RUN_DIR;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }
  // Used outside the runner and the global setup (e.g. a one-off script): a private folder.
  const made = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-resilience-"));
  process.env.RESILIENCE_RUN_DIR = made;
  return made;
}

function registryDir(base = runDir()): string {
  const dir = path.join(base, "registry");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Records something to end at cleanup; returns the function that forgets it (after a clean stop). */
export function register(record: RunRecord): () => void {
  const id = record.kind === "process" ? `process-${record.pgid}` : `cluster-${path.basename(record.dataDir)}-${process.pid}`;
  const file = path.join(registryDir(), `${id}.json`);
  fs.writeFileSync(file, JSON.stringify(record));
  return () => fs.rmSync(file, { force: true });
}

function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function killGroup(pgid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

export function isGroupAlive(pgid: number): boolean {
  return groupIsAlive(pgid);
}

export function stopClusterNow(record: ClusterRecord): void {
  if (!fs.existsSync(path.join(record.dataDir, "postmaster.pid"))) return;
  const args = ["stop", "-D", record.dataDir, "-m", "immediate", "-w", "-t", "20"];
  if (record.runAs && process.getuid?.() === 0) {
    spawnSync("runuser", ["-u", record.runAs, "--", record.pgCtl, ...args], { stdio: "ignore" });
  } else {
    spawnSync(record.pgCtl, args, { stdio: "ignore" });
  }
}

/**
 * Ends what the registry lists, then removes the run folder (unless
 * RESILIENCE_KEEP_RUN_DIR=1, to read the server logs after a failure).
 * Returns what it had to end: a clean run leaves nothing behind and ends nothing.
 */
export function cleanUpRun(base: string, options: { removeDir?: boolean } = {}): string[] {
  const ended: string[] = [];
  const dir = path.join(base, "registry");
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      let record: RunRecord;
      try {
        record = JSON.parse(fs.readFileSync(file, "utf8")) as RunRecord;
      } catch {
        continue;
      }
      if (record.kind === "process") {
        if (groupIsAlive(record.pgid)) {
          killGroup(record.pgid, "SIGKILL");
          ended.push(`${record.label} (process group ${record.pgid})`);
        }
      } else {
        if (fs.existsSync(path.join(record.dataDir, "postmaster.pid"))) ended.push(`PostgreSQL cluster ${record.dataDir}`);
        stopClusterNow(record);
      }
      fs.rmSync(file, { force: true });
    }
  }
  if (options.removeDir !== false && process.env.RESILIENCE_KEEP_RUN_DIR !== "1") {
    fs.rmSync(base, { recursive: true, force: true });
  }
  return ended;
}
