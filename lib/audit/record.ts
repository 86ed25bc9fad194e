import type { DbOrTx } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { ClientInfo } from "@/lib/request-context";

export interface AuditEvent {
  actorId: number | null;
  /** Dotted verb, e.g. `auth.sign_in`, `user.role_changed`, `entry.published`. */
  action: string;
  target?: { type: string; id: string | number };
  client?: ClientInfo | null;
  details?: Record<string, unknown>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** PostgreSQL's jsonb refuses lone surrogates (`\ud800`): whatever a user typed, the audit row must be writable. */
function wellFormed(value: unknown): unknown {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [String(wellFormed(key)), wellFormed(v)]));
  }
  return value;
}

/** Appends to the audit log; call inside the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    actorId: event.actorId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target ? String(event.target.id) : null,
    ip: event.client?.ip ?? null,
    userAgent: event.client?.userAgent ?? null,
    details: event.details ? (wellFormed(event.details) as Record<string, unknown>) : null,
  });
}
