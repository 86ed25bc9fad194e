import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "./next-auth";
import { validateSession, type SessionUser } from "./sessions";

export type { SessionUser } from "./sessions";

export class AuthenticationRequiredError extends Error {
  constructor() {
    super("Sign-in required");
    this.name = "AuthenticationRequiredError";
  }
}

/** The signed-in user for this request (validated against the sessions table), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const db = await getDb();
  const user = await validateSession(db, session.sid);
  return user && user.mfaPassed ? user : null;
});

/** For pages and server actions: the user, or a redirect to /login. */
export async function requireUser(next = "/admin"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  return user;
}
