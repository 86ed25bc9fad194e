/**
 * The steps between "password accepted" and "may use the admin", and where each
 * one is done. Pure, so the routing is testable without a request.
 */
import type { SessionUser } from "./sessions";

export type SessionState =
  | { status: "anonymous" }
  /** Password accepted, the authenticator code (or a recovery code) is still due. */
  | { status: "second_factor_due"; user: SessionUser }
  /** Signed in with a one-time password an admin gave: must choose their own first. */
  | { status: "password_change_due"; user: SessionUser }
  /** Their role requires two-factor sign-in and they have not set it up yet. */
  | { status: "enrolment_due"; user: SessionUser }
  | { status: "active"; user: SessionUser };

/** Only same-site admin paths may be a redirect target after signing in (no open redirect). */
export function safeNextPath(next: string | null | undefined): string {
  if (typeof next === "string" && /^\/admin(?:[/?#]|$)/.test(next) && !next.includes("\\")) return next;
  return "/admin";
}

/** Where a session in `state` must go before it may use the admin. */
export function pathForState(state: SessionState, next: string): string | null {
  const query = `?next=${encodeURIComponent(safeNextPath(next))}`;
  switch (state.status) {
    case "anonymous":
      return `/login${query}`;
    case "second_factor_due":
      return `/login/verify${query}`;
    case "password_change_due":
      return `/login/new-password${query}`;
    case "enrolment_due":
      return `/login/two-factor${query}`;
    case "active":
      return null;
  }
}

