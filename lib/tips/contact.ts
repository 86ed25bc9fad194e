/**
 * The only way a reader's contact e-mail leaves the database: shown to an editor
 * on request, or exported as CSV. Both need `tips.view_contact` and write the
 * audit log (who, which tips, from where) in the same transaction as the read.
 */
import { eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { tips } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClientInfo } from "@/lib/request-context";
import { toCsv } from "./csv";
import { tipFilterSql, type TipQueueFilter } from "./queries";

export type RevealContactResult =
  | { ok: true; email: string | null; deletedAt: Date | null }
  | { ok: false; error: "forbidden" | "not_found" };

export async function revealTipContact(db: Db, actor: Actor, tipId: number, client?: ClientInfo | null): Promise<RevealContactResult> {
  if (!can(actor, "tips.view_contact")) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const [tip] = await tx
      .select({ id: tips.id, reference: tips.reference, email: tips.contactEmail, deletedAt: tips.contactDeletedAt })
      .from(tips)
      .where(eq(tips.id, tipId));
    if (!tip) return { ok: false, error: "not_found" } as const;
    if (tip.email) {
      await recordAudit(tx, { actorId: actor.id, action: "tip.contact_viewed", target: { type: "tip", id: tip.id }, client, details: { reference: tip.reference } });
    }
    return { ok: true, email: tip.email, deletedAt: tip.deletedAt } as const;
  });
}

export const EXPORT_MAX_ROWS = 10_000;

export type ExportTipsResult = { ok: true; csv: string; count: number } | { ok: false; error: "forbidden" };

/** The queue's tips matching `filter`, with their contact e-mails, as CSV. */
export async function exportTipsCsv(
  db: Db,
  actor: Actor,
  filter: Pick<TipQueueFilter, "status" | "kind">,
  client?: ClientInfo | null,
): Promise<ExportTipsResult> {
  if (!can(actor, "tips.view_contact")) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const rows = await queryRows<{
      reference: string;
      kind: string;
      locale: string;
      status: string;
      created_at: string | Date;
      claim: string;
      seen_url: string | null;
      seen_description: string | null;
      contact_email: string | null;
      entry_slug: string | null;
      group_reference: string | null;
    }>(
      tx,
      sql`select t.reference, t.kind, t.locale, t.status, t.created_at, t.claim, t.seen_url, t.seen_description,
                 t.contact_email, e.slug as entry_slug, g.reference as group_reference
          from tips t
          left join entries e on e.id = t.entry_id
          left join tips g on g.id = t.group_id
          where ${tipFilterSql(filter)}
          order by t.created_at desc, t.id desc
          limit ${EXPORT_MAX_ROWS}`,
    );
    const withContact = rows.filter((row) => row.contact_email).length;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tip.contacts_exported",
      target: { type: "tips", id: `${filter.status}/${filter.kind}` },
      client,
      details: { filter, rows: rows.length, contacts: withContact },
    });
    const csv = toCsv(
      ["reference", "kind", "locale", "status", "received_at", "claim", "seen_url", "seen_description", "contact_email", "entry_slug", "group"],
      rows.map((row) => [
        row.reference,
        row.kind,
        row.locale,
        row.status,
        new Date(row.created_at),
        row.claim,
        row.seen_url,
        row.seen_description,
        row.contact_email,
        row.entry_slug,
        row.group_reference,
      ]),
    );
    return { ok: true, csv, count: rows.length } as const;
  });
}
