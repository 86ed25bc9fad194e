import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clientInfoFromHeaders } from "@/lib/request-context";
import { exportTipsCsv } from "@/lib/tips/contact";
import { parseTipQueueFilter } from "@/lib/tips/queries";

export const dynamic = "force-dynamic";

/**
 * CSV export of the queue (with contact e-mails). POST only, from the queue's
 * export button: a download that writes the audit log is an action, not a link
 * that a prefetch or a crawler could follow.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign-in required.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Bad request.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const filter = parseTipQueueFilter({
    status: typeof form.get("status") === "string" ? String(form.get("status")) : undefined,
    kind: typeof form.get("kind") === "string" ? String(form.get("kind")) : undefined,
  });
  const result = await exportTipsCsv(await getDb(), user, filter, clientInfoFromHeaders(request.headers));
  if (!result.ok) return new Response("You may not export readers' contact details.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(result.csv, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="factdesk-tips-${filter.status}-${filter.kind}-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
