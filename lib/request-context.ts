import { headers } from "next/headers";

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/**
 * How many X-Forwarded-For entries, counted from the right, were written by
 * proxies we run. Next.js itself writes the socket address when the header is
 * absent, and a load balancer appends the address it saw, so the rightmost entry
 * is the client in both cases (1, the default). Behind a CDN in front of a load
 * balancer, set FACTDESK_PROXY_HOPS=2. Entries further left are whatever the
 * client sent and are never trusted.
 */
export function proxyHops(): number {
  const hops = Number.parseInt(process.env.FACTDESK_PROXY_HOPS ?? "1", 10);
  return Number.isFinite(hops) && hops >= 1 ? Math.min(hops, 10) : 1;
}

/** The client's address, as seen by our outermost trusted proxy (see proxyHops). */
export function clientInfoFromHeaders(h: Headers): ClientInfo {
  const hops = h
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const fromForwarded = hops && hops.length > 0 ? hops[Math.max(0, hops.length - proxyHops())] : undefined;
  const ip = (fromForwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
  const userAgent = h.get("user-agent")?.slice(0, 400) ?? null;
  return { ip, userAgent };
}

export async function clientInfo(): Promise<ClientInfo> {
  return clientInfoFromHeaders(await headers());
}
