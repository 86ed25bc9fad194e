/**
 * next-auth wiring: a Credentials provider (e-mail + password) whose JWT carries
 * only a server-side session id. Everything that decides (is this session still
 * good? who is it?) lives in lib/auth/sessions.ts.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateWithPassword, type SignInFailure } from "./sign-in";
import { resolveAuthSecret } from "./secret";
import { clientInfoFromHeaders } from "@/lib/request-context";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** The error code the login form shows (the same for unknown e-mail and wrong password). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: SignInFailure) {
    super();
    this.code = code;
  }
}

/**
 * Session cookies are HttpOnly and SameSite=Lax (next-auth's defaults), and Secure
 * whenever the site is served over HTTPS: from SITE_URL in production, so a proxy
 * that forgets X-Forwarded-Proto cannot downgrade them, else from the request.
 */
function useSecureCookies(): boolean | undefined {
  return (process.env.SITE_URL ?? "").startsWith("https://") ? true : undefined;
}

// Lazy config: the secret is resolved at the first request, not when `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  useSecureCookies: useSecureCookies(),
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticateWithPassword({
          email: typeof credentials.email === "string" ? credentials.email : "",
          password: typeof credentials.password === "string" ? credentials.password : "",
          client: clientInfoFromHeaders(request.headers),
        });
        if (!result.ok) throw new SignInRefused(result.code);
        return { id: String(result.userId), sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      return session;
    },
  },
}));
