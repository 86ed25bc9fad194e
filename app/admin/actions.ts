"use server";

import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { revokeSession } from "@/lib/auth/sessions";
import { clientInfo } from "@/lib/request-context";

/** Ends this browser's session on the server too, not only its cookie. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    const db = await getDb();
    await revokeSession(db, user.sessionId);
    await recordAudit(db, { actorId: user.id, action: "auth.sign_out", target: { type: "user", id: user.id }, client: await clientInfo() });
  }
  await signOut({ redirectTo: "/login" });
}
