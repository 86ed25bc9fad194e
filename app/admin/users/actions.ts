"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { forbiddenOnDenial, requireUser } from "@/lib/auth/current-user";
import { setTwoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import {
  changeUserRole,
  createUser,
  endAllSessionsOf,
  endSession,
  resetUserPassword,
  resetUserTwoFactor,
  setUserDisabled,
  type IssuedCredential,
} from "@/lib/users/manage";
import { siteUrl } from "@/lib/users/password-links";
import { clientInfo } from "@/lib/request-context";
import type { FormState } from "@/components/admin/form-state";

/**
 * Server actions of /admin/users. Each one checks the session here and the
 * permission in the domain function it calls; a role without the right gets a 403.
 */

export interface CredentialState extends FormState {
  /** Shown once, then gone: a one-time password or a set-password link. */
  credential?: { kind: "password"; value: string } | { kind: "link"; url: string; expiresAt: string };
  userId?: number;
}

function credentialForDisplay(issued: IssuedCredential): CredentialState["credential"] {
  if (issued.method === "password") return { kind: "password", value: issued.password };
  return { kind: "link", url: siteUrl(issued.path), expiresAt: issued.expiresAt.toISOString() };
}

const field = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)) : undefined);

async function actor() {
  return requireUser("/admin/users");
}

export async function createUserAction(_previous: CredentialState, formData: FormData): Promise<CredentialState> {
  const user = await actor();
  const input = { email: field(formData, "email"), name: field(formData, "name"), role: field(formData, "role"), credential: field(formData, "credential") };
  const result = await forbiddenOnDenial(async () => createUser(await getDb(), user, input, await clientInfo()));
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users");
  return { notice: `Account created for ${input.email?.trim()}.`, credential: credentialForDisplay(result.issued), userId: result.userId };
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const result = await forbiddenOnDenial(async () =>
    changeUserRole(await getDb(), user, { userId: field(formData, "userId"), role: field(formData, "role") }, await clientInfo()),
  );
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users", "layout");
  return { notice: "Role changed. The person's sessions have ended." };
}

export async function setDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const disabled = field(formData, "disabled") === "true";
  const result = await forbiddenOnDenial(async () => setUserDisabled(await getDb(), user, { userId: field(formData, "userId"), disabled }, await clientInfo()));
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users", "layout");
  return { notice: disabled ? "Account disabled. Its sessions have ended." : "Account enabled." };
}

export async function resetPasswordAction(_previous: CredentialState, formData: FormData): Promise<CredentialState> {
  const user = await actor();
  const result = await forbiddenOnDenial(async () =>
    resetUserPassword(await getDb(), user, { userId: field(formData, "userId"), credential: field(formData, "credential") }, await clientInfo()),
  );
  if (!result.ok) return { error: result.error };
  return { notice: "Password reset. The old one no longer works and the person's sessions have ended.", credential: credentialForDisplay(result.issued) };
}

export async function resetTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const result = await forbiddenOnDenial(async () => resetUserTwoFactor(await getDb(), user, { userId: field(formData, "userId") }, await clientInfo()));
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users", "layout");
  return { notice: "Two-factor sign-in removed. The person sets it up again at their next sign-in if their role requires it." };
}

export async function endAllSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const result = await forbiddenOnDenial(async () => endAllSessionsOf(await getDb(), user, { userId: field(formData, "userId") }, await clientInfo()));
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users", "layout");
  return { notice: "All sessions ended." };
}

export async function endUserSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const result = await forbiddenOnDenial(async () =>
    endSession(await getDb(), user, { userId: field(formData, "userId"), handle: field(formData, "handle") }, await clientInfo()),
  );
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users", "layout");
  return { notice: "Session ended." };
}

export async function setTwoFactorPolicyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await actor();
  const roles = formData.getAll("roles").filter((value): value is string => typeof value === "string");
  const result = await forbiddenOnDenial(async () => setTwoFactorRequiredRoles(await getDb(), user, { roles, client: await clientInfo() }));
  if (!result.ok) return { error: result.error };
  revalidatePath("/admin/users");
  return {
    notice:
      result.roles.length === 0
        ? "Two-factor sign-in is now optional for everyone."
        : `Two-factor sign-in is now required for ${result.roles.map((role) => `${role}s`).join(" and ")}.`,
  };
}
