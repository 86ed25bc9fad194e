import { headers } from "next/headers";

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The client's address: first X-Forwarded-For hop when behind our load balancer, else X-Real-IP. */
export function clientInfoFromHeaders(h: Headers): ClientInfo {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
  const userAgent = h.get("user-agent")?.slice(0, 400) ?? null;
  return { ip, userAgent };
}

export async function clientInfo(): Promise<ClientInfo> {
  return clientInfoFromHeaders(await headers());
}
