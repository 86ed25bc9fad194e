import { createHmac } from "node:crypto";

/**
 * A reader's address is kept only as a keyed hash: enough to count submissions
 * per address across servers, useless to anyone reading the table without the
 * server secret.
 */
export function hashClientAddress(secret: string, ip: string): string {
  return createHmac("sha256", secret).update(`tip-ip:${ip.trim().toLowerCase()}`).digest("hex").slice(0, 32);
}
