import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const script = path.join(__dirname, "fixtures", "open-embedded.ts");

function open(dir: string): { child: ChildProcess; output: Promise<{ code: number | null; text: string }>; ready: Promise<void> } {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, PGLITE_DIR: dir };
  const child = spawn(process.execPath, ["--import", "tsx", script], { env, cwd: process.cwd() });
  let text = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (chunk) => {
    text += chunk;
    if (text.includes("opened")) markReady();
  });
  child.stderr.on("data", (chunk) => (text += chunk));
  const output = new Promise<{ code: number | null; text: string }>((resolve) => child.on("exit", (code) => resolve({ code, text })));
  return { child, output, ready };
}

describe("embedded database lock", () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-lock-")), "pglite");
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("refuses a second process with a clear error, and frees the directory when the first one exits", async () => {
    const first = open(dir);
    children.push(first.child);
    await first.ready;

    const second = open(dir);
    children.push(second.child);
    const result = await second.output;
    expect(result.code).toBe(3);
    expect(result.text).toContain("EmbeddedDatabaseLockedError");
    expect(result.text).toContain(`pid ${first.child.pid}`);

    first.child.kill("SIGTERM");
    await first.output;
    // A lock left by a process that is gone is stale: the next process takes over.
    const third = open(dir);
    children.push(third.child);
    await third.ready;
    third.child.kill("SIGTERM");
    await third.output;
  }, 90_000);
});
