import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs session cookies. In production it must be set; elsewhere a
 * random one is generated once and kept under .data/ so sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.NODE_ENV === "production" && process.env.FACTDESK_ALLOW_GENERATED_SECRET !== "1") {
    throw new Error("AUTH_SECRET must be set in production (e.g. `openssl rand -base64 33`).");
  }
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch {
    /* first run */
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(33).toString("base64");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
