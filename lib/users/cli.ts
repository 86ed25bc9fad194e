/**
 * `npm run user:create -- --email E --name N --role admin [--password-stdin]`:
 * creates an account from a shell (the first admin, typically). The password is
 * read from standard input, or generated and printed once.
 */
import { parseArgs } from "node:util";
import type { Db } from "@/db/client";
import { ROLES } from "@/db/schema";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/crypto";
import { createUserFromCli, DUPLICATE_EMAIL_MESSAGE, emailSchema, nameSchema, roleSchema } from "./manage";

export const USER_CREATE_USAGE = `Usage: npm run user:create -- --email E --name N --role ${ROLES.join("|")} [--password-stdin]

  --email           the person's e-mail address (their sign-in name)
  --name            their name as shown in the newsroom
  --role            ${ROLES.join(", ")}
  --password-stdin  read the password from standard input (else one is generated and printed once)`;

export interface CliIo {
  readStdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Exit codes: 0 created, 1 refused (duplicate e-mail, weak password), 2 bad usage. */
export async function runUserCreate(argv: string[], io: CliIo, openDb: () => Promise<Db>): Promise<number> {
  let values: { email?: string; name?: string; role?: string; "password-stdin"?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USER_CREATE_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USER_CREATE_USAGE);
    return 0;
  }
  const missing = (["email", "name", "role"] as const).filter((key) => !values[key]);
  if (missing.length > 0) {
    io.err(`Missing ${missing.map((key) => `--${key}`).join(", ")}.\n\n${USER_CREATE_USAGE}`);
    return 2;
  }
  const role = roleSchema.safeParse(values.role);
  if (!role.success) {
    io.err(`Unknown role "${values.role}": use one of ${ROLES.join(", ")}.`);
    return 2;
  }
  const email = emailSchema.safeParse(values.email);
  if (!email.success) {
    io.err(`${email.error.issues[0]?.message ?? "Invalid e-mail address."} (got "${values.email}")`);
    return 2;
  }
  const name = nameSchema.safeParse(values.name);
  if (!name.success) {
    io.err(name.error.issues[0]?.message ?? "Invalid name.");
    return 2;
  }

  let password: string | null = null;
  if (values["password-stdin"]) {
    // One line: the trailing newline of `echo` or a heredoc is not part of the password.
    password = (await io.readStdin()).replace(/\r?\n$/, "");
    if (password.length === 0) {
      io.err("No password on standard input.");
      return 2;
    }
    if (password.length > PASSWORD_MAX_LENGTH * 4) {
      io.err("The password on standard input is too long.");
      return 2;
    }
  }

  const db = await openDb();
  const result = await createUserFromCli(db, { email: email.data, name: name.data, role: role.data, password });
  if (!result.ok) {
    io.err(result.error === DUPLICATE_EMAIL_MESSAGE ? `An account with the e-mail ${email.data} already exists.` : result.error);
    return 1;
  }
  io.out(`Created ${role.data} account #${result.userId} for ${name.data} <${email.data}>.`);
  if (result.password) {
    io.out(`Password (shown once, keep it safe): ${result.password}`);
  }
  return 0;
}
