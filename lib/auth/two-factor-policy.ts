/**
 * The site-wide rule "these roles must use two-factor sign-in", kept in the
 * settings table so every server applies the same rule from the next request.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { settings, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { ClientInfo } from "@/lib/request-context";
import { assertCan, type Actor } from "./permissions";

export const TWO_FACTOR_SETTING_KEY = "auth.two_factor_required_roles";
/** Only these roles can be required to use two-factor sign-in (issue: "for the editor and admin roles"). */
export const TWO_FACTOR_REQUIRABLE_ROLES = ["editor", "admin"] as const satisfies readonly Role[];

const storedValue = z.array(z.enum(TWO_FACTOR_REQUIRABLE_ROLES));

export async function getTwoFactorRequiredRoles(db: DbOrTx): Promise<Role[]> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, TWO_FACTOR_SETTING_KEY)).limit(1);
  const parsed = storedValue.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function twoFactorRequiredFor(db: DbOrTx, role: Role): Promise<boolean> {
  return (await getTwoFactorRequiredRoles(db)).includes(role);
}

export async function setTwoFactorRequiredRoles(
  db: DbOrTx,
  actor: Actor,
  input: { roles: unknown; client: ClientInfo | null },
): Promise<{ ok: true; roles: Role[] } | { ok: false; error: string }> {
  assertCan(actor, "settings.manage");
  const parsed = storedValue.safeParse(input.roles);
  if (!parsed.success) return { ok: false, error: "Choose among editor and admin." };
  const roles = TWO_FACTOR_REQUIRABLE_ROLES.filter((role) => parsed.data.includes(role));
  await db.transaction(async (tx) => {
    const before = await getTwoFactorRequiredRoles(tx);
    await tx
      .insert(settings)
      .values({ key: TWO_FACTOR_SETTING_KEY, value: roles, updatedAt: new Date() })
      .onConflictDoUpdate({ target: settings.key, set: { value: roles, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.two_factor_changed",
      target: { type: "setting", id: TWO_FACTOR_SETTING_KEY },
      client: input.client,
      details: { before, after: roles },
    });
  });
  return { ok: true, roles };
}
