/** Accounts and clients for the auth integration tests. */
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/crypto";
import type { ClientInfo } from "@/lib/request-context";

export const PASSWORD = "integration-Correct-Horse-42";

let passwordHash: Promise<string> | null = null;

export async function createAccount(email: string, role: Role = "editor", name = email.split("@")[0]): Promise<number> {
  passwordHash ??= hashPassword(PASSWORD);
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email, name, role, passwordHash: await passwordHash })
    .returning({ id: users.id });
  return row.id;
}

export function clientAt(ip: string): ClientInfo {
  return { ip, userAgent: "Mozilla/5.0 (X11; Linux x86_64) integration-test" };
}
