"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireSession, requireUser } from "@/lib/auth/current-user";
import { beginTotpEnrolment, confirmTotpEnrolment, disableOwnTwoFactor, regenerateRecoveryCodes } from "@/lib/auth/two-factor";
import { clientInfo } from "@/lib/request-context";
import type { FormState } from "@/components/admin/form-state";

export interface RecoveryCodesState extends FormState {
  recoveryCodes?: string[];
}

/** Enrolment runs from the account page, or from the sign-in step that requires it. */
const ENROLMENT_STATES = ["active", "enrolment_due"] as const;

function enrolmentReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  if (path === "/admin/account" || /^\/login\/two-factor(\?next=%2Fadmin[^\s]*)?$/.test(path)) return path;
  return "/admin/account";
}

export async function beginEnrolmentAction(formData: FormData): Promise<void> {
  const user = await requireSession(ENROLMENT_STATES);
  await beginTotpEnrolment(await getDb(), user.id);
  const back = enrolmentReturnPath(formData.get("returnTo"));
  // The same page again, now with the QR code: its server render must be redone.
  revalidatePath(back.split("?")[0]);
  redirect(back);
}

const codeSchema = z.string().trim().min(1, "Enter the code your app shows.").max(16, "Enter the 6-digit code.");

export async function confirmEnrolmentAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const user = await requireSession(ENROLMENT_STATES);
  const code = codeSchema.safeParse(formData.get("code"));
  if (!code.success) return { error: code.error.issues[0]?.message };
  const result = await confirmTotpEnrolment(await getDb(), { userId: user.id, code: code.data, client: await clientInfo() });
  if (!result.ok) {
    return { error: result.error === "invalid_code" ? "This code is not right. Check the time on your phone and try the next code." : "Start the set-up again." };
  }
  return { recoveryCodes: result.recoveryCodes, notice: "Two-factor sign-in is on." };
}

const passwordSchema = z.string().min(1, "Enter your password.").max(1024, "This password is too long.");

export async function regenerateRecoveryCodesAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const user = await requireUser("/admin/account");
  const password = passwordSchema.safeParse(formData.get("password"));
  if (!password.success) return { error: password.error.issues[0]?.message };
  const result = await regenerateRecoveryCodes(await getDb(), { userId: user.id, password: password.data, client: await clientInfo() });
  if (!result.ok) return { error: result.error === "wrong_password" ? "Your password is not right." : "Two-factor sign-in is not on." };
  return { recoveryCodes: result.recoveryCodes, notice: "New recovery codes made: the old ones no longer work." };
}

export async function disableTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/admin/account");
  const password = passwordSchema.safeParse(formData.get("password"));
  if (!password.success) return { error: password.error.issues[0]?.message };
  const result = await disableOwnTwoFactor(await getDb(), { userId: user.id, password: password.data, client: await clientInfo() });
  if (!result.ok) {
    const messages = {
      wrong_password: "Your password is not right.",
      not_enabled: "Two-factor sign-in is already off.",
      required_for_role: "Two-factor sign-in is required for your role: it cannot be turned off.",
    } as const;
    return { error: messages[result.error] };
  }
  revalidatePath("/admin/account");
  return { notice: "Two-factor sign-in is off." };
}
