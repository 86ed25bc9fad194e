/**
 * Who is making this request, checked against the sessions table on every call:
 * the JWT cookie only carries a session id. A session can be in one of a few
 * states; only an "active" one may use the admin.
 */
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "./next-auth";
import { REQUESTED_PATH_HEADER } from "./requested-path";
import { can, ForbiddenError, type Action, type EntryFacts } from "./permissions";
import { revokeSession, validateSession, type SessionUser } from "./sessions";
import { pathForState, safeNextPath, type SessionState } from "./sign-in-steps";
import { PENDING_SECOND_FACTOR_MS } from "./two-factor";
import { twoFactorRequiredFor } from "./two-factor-policy";

export type { SessionUser } from "./sessions";
export { pathForState, safeNextPath, type SessionState } from "./sign-in-steps";

export class AuthenticationRequiredError extends Error {
  constructor() {
    super("Sign-in required");
    this.name = "AuthenticationRequiredError";
  }
}

/** The state of this request's session (validated against the database once per request). */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const session = await auth();
  if (!session?.sid) return { status: "anonymous" };
  const db = await getDb();
  const now = new Date();
  const user = await validateSession(db, session.sid, now);
  if (!user) return { status: "anonymous" };
  if (!user.mfaPassed) {
    if (now.getTime() - user.sessionCreatedAt.getTime() > PENDING_SECOND_FACTOR_MS) {
      await revokeSession(db, user.sessionId, now);
      return { status: "anonymous" };
    }
    return { status: "second_factor_due", user };
  }
  if (user.passwordMustChange) return { status: "password_change_due", user };
  if (!user.totpEnabled && (await twoFactorRequiredFor(db, user.role))) return { status: "enrolment_due", user };
  return { status: "active", user };
});

/** The signed-in user for this request, or null when not (fully) signed in. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.user : null;
});

type SessionStatus = SessionState["status"];

/**
 * The user of this request when their session is in one of `allowed` states (most
 * pages: only "active"; the sign-in steps: the state they complete), else a
 * redirect to where they must go. For pages and server actions alike.
 */
export async function requireSession(allowed: readonly Exclude<SessionStatus, "anonymous">[], next?: string): Promise<SessionUser> {
  const state = await getSessionState();
  if (state.status !== "anonymous" && allowed.includes(state.status)) return state.user;
  const target = next ?? (await headers()).get(REQUESTED_PATH_HEADER) ?? "/admin";
  redirect(pathForState(state, target) ?? safeNextPath(target));
}

/**
 * For admin pages and server actions: the active user, or a redirect to the step
 * they still owe (then back to `next`, by default the path the proxy saw).
 */
export async function requireUser(next?: string): Promise<SessionUser> {
  return requireSession(["active"], next);
}

/**
 * For admin pages and server actions that need a permission: the active user, a
 * redirect to sign in, or a 403 (forbidden.tsx) when the role may not do `action`.
 */
export async function requirePermission(action: Action, next?: string, entry?: EntryFacts): Promise<SessionUser> {
  const user = await requireUser(next);
  if (!can(user, action, entry)) forbidden();
  return user;
}

/** Runs a domain call and turns its ForbiddenError into a 403, for server actions and routes. */
export async function forbiddenOnDenial<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
