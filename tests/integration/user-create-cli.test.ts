/**
 * `npm run user:create`: the command creates an admin who can then sign in; it
 * refuses a duplicate e-mail and a bad role with a clear message. Runs the same
 * function the script runs, against this run's database, and the real script as a
 * separate process on an embedded database of its own.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/crypto";
import { authenticateWithPassword } from "@/lib/auth/sign-in";
import { runUserCreate } from "@/lib/users/cli";
import { clientAt } from "./auth-fixtures";
import { resetDatabase } from "./helpers";

async function run(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUserCreate(argv, { readStdin: async () => stdin, out: (l) => out.push(l), err: (l) => err.push(l) }, getDb);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe(`npm run user:create on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
  });

  it("creates an admin with a password from standard input, who can then sign in", async () => {
    const result = await run(["--email", "Chief@Newsroom.test", "--name", "Chief Editor", "--role", "admin", "--password-stdin"], "a quiet harbour at dawn\n");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("Created admin account");
    expect(result.out).not.toContain("harbour");
    const signIn = await authenticateWithPassword({ email: "chief@newsroom.test", password: "a quiet harbour at dawn", client: clientAt("192.0.2.200") });
    expect(signIn).toMatchObject({ ok: true, mfaRequired: false });
    const [row] = await (await getDb()).select().from(users).where(eq(users.email, "chief@newsroom.test"));
    expect(row.role).toBe("admin");
  });

  it("generates a password and prints it once when none is given", async () => {
    const result = await run(["--email", "second@newsroom.test", "--name", "Second", "--role", "editor"]);
    expect(result.code).toBe(0);
    const password = /Password \(shown once, keep it safe\): (\S+)/.exec(result.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await authenticateWithPassword({ email: "second@newsroom.test", password: password!, client: clientAt("192.0.2.201") })).ok).toBe(true);
  });

  it("refuses a duplicate e-mail, a bad role, a weak password and missing options, clearly", async () => {
    expect(await run(["--email", "CHIEF@newsroom.test", "--name", "Again", "--role", "admin"])).toMatchObject({
      code: 1,
      err: "An account with the e-mail chief@newsroom.test already exists.",
    });
    expect(await run(["--email", "x@newsroom.test", "--name", "X", "--role", "root"])).toMatchObject({
      code: 2,
      err: 'Unknown role "root": use one of contributor, editor, admin.',
    });
    expect((await run(["--email", "x@newsroom.test", "--name", "X", "--role", "editor", "--password-stdin"], "password123456\n")).err).toMatch(/most common/);
    expect((await run(["--email", "x@newsroom.test", "--role", "editor"])).err).toMatch(/^Missing --name/);
    expect((await run(["--email", "x@newsroom.test", "--name", "X", "--role", "editor", "--bogus"])).code).toBe(2);
    expect((await run(["--email", "nope", "--name", "X", "--role", "editor"])).err).toMatch(/valid e-mail/);
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, "x@newsroom.test"))).toHaveLength(0);
  });

  it("works as a real command: creates the account with the password from standard input, refuses a bad role", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-cli-"));
    try {
      const env = { ...process.env, PGLITE_DIR: path.join(dir, "pglite"), DATABASE_URL: "" };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const args = ["tsx", "scripts/user-create.ts", "--email", "cli@newsroom.test", "--name", "Cli Admin", "--role", "admin", "--password-stdin"];
      const first = spawnSync("npx", args, { input: "a quiet harbour at dawn\n", env, encoding: "utf8", timeout: 120_000 });
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/Created admin account #1 for Cli Admin <cli@newsroom\.test>\./);
      const badRole = spawnSync("npx", ["tsx", "scripts/user-create.ts", "--email", "y@newsroom.test", "--name", "Y", "--role", "owner"], { env, encoding: "utf8", timeout: 120_000 });
      expect(badRole.status).toBe(2);
      expect(badRole.stderr).toContain('Unknown role "owner"');

      // The stored hash is the password given on standard input.
      const { PGlite } = await import("@electric-sql/pglite");
      const pg = await PGlite.create(path.join(dir, "pglite"));
      const { rows } = await pg.query<{ password_hash: string; role: string }>("select password_hash, role from users where email = 'cli@newsroom.test'");
      await pg.close();
      expect(rows[0].role).toBe("admin");
      expect(await verifyPassword(rows[0].password_hash, "a quiet harbour at dawn")).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
