/**
 * Signing in over real HTTP, as a browser would: next-auth's csrf endpoint
 * (token + cookie), then the credentials callback. The client address goes in
 * X-Forwarded-For (the servers trust one proxy hop, FACTDESK_PROXY_HOPS=1).
 */
export interface SignInOutcome {
  status: number;
  location: string;
  /** The refusal code next-auth puts in the redirect (`invalid_credentials`, `throttled`…), or null on success. */
  code: string | null;
  /** Cookie header to send with later requests (csrf + session cookies). */
  cookies: string;
}

function cookieHeader(setCookies: string[], previous = ""): string {
  const jar = new Map<string, string>();
  for (const part of previous.split(/;\s*/).filter(Boolean)) {
    const [name, ...rest] = part.split("=");
    jar.set(name, rest.join("="));
  }
  for (const line of setCookies) {
    const [pair] = line.split(";");
    const [name, ...rest] = pair.split("=");
    jar.set(name.trim(), rest.join("="));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export async function signInOverHttp(baseUrl: string, input: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const forwarded = { "x-forwarded-for": input.ip, "user-agent": "resilience-sign-in" };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: forwarded, signal: AbortSignal.timeout(15_000) });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookieHeader(csrf.headers.getSetCookie());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
    headers: { ...forwarded, "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: baseUrl },
    body: new URLSearchParams({ email: input.email, password: input.password, csrfToken, callbackUrl: `${baseUrl}/admin` }).toString(),
  });
  await response.body?.cancel();
  const location = response.headers.get("location") ?? "";
  const url = new URL(location || "/", baseUrl);
  const refused = url.searchParams.has("error");
  return {
    status: response.status,
    location,
    code: refused ? (url.searchParams.get("code") ?? url.searchParams.get("error")) : null,
    cookies: cookieHeader(response.headers.getSetCookie(), cookies),
  };
}
