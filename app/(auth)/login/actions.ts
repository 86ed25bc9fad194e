"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireSession, safeNextPath } from "@/lib/auth/current-user";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { changeOwnPassword, retryAfterMessage } from "@/lib/auth/passwords";
import { revokeSession } from "@/lib/auth/sessions";
import { normaliseLoginEmail, throttleDecision } from "@/lib/auth/throttle";
import { completeSecondFactor } from "@/lib/auth/two-factor";
import { clientInfo } from "@/lib/request-context";
import type { FormState } from "@/components/admin/form-state";

const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(320).email("Enter a valid e-mail address."),
  password: z.string().min(1, "Enter your password.").max(1024, "This password is too long."),
  next: z.string().max(2048).optional(),
});

export type LoginState = { error?: string; email?: string };

const WRONG_CREDENTIALS = "Wrong e-mail or password.";

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")).slice(0, 320) : "";
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input.", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      const decision = await throttleDecision(await getDb(), { email: normaliseLoginEmail(parsed.data.email), ip: (await clientInfo()).ip });
      return { error: retryAfterMessage(decision.allowed ? 60_000 : decision.retryAfterMs), email };
    }
    if (error instanceof AuthError) return { error: WRONG_CREDENTIALS, email };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

const secondFactorSchema = z.object({
  method: z.enum(["totp", "recovery"]),
  code: z.string().trim().min(1, "Enter the code.").max(64, "This code is too long."),
  next: z.string().max(2048).optional(),
});

export async function verifySecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireSession(["second_factor_due"]);
  const parsed = secondFactorSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input." };
  const result = await completeSecondFactor(await getDb(), {
    sessionId: user.sessionId,
    method: parsed.data.method,
    code: parsed.data.code,
    client: await clientInfo(),
  });
  if (!result.ok) {
    if (result.error === "throttled") return { error: retryAfterMessage(result.retryAfterMs) };
    if (result.error === "expired") redirect("/login?notice=expired");
    return { error: parsed.data.method === "totp" ? "This code is not right, or was already used. Wait for the next one." : "This recovery code is not right, or was already used." };
  }
  redirect(safeNextPath(parsed.data.next));
}

/** Abandons a half-finished sign-in (second factor or first password still due). */
export async function cancelSignInAction(): Promise<void> {
  const user = await requireSession(["second_factor_due", "password_change_due", "enrolment_due"]);
  const db = await getDb();
  await revokeSession(db, user.sessionId);
  await recordAudit(db, { actorId: user.id, action: "auth.sign_out", target: { type: "user", id: user.id }, client: await clientInfo() });
  await signOut({ redirectTo: "/login" });
}

/** The first password change after signing in with a one-time password. */
export async function chooseNewPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireSession(["password_change_due"]);
  const field = (name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)) : "");
  if (field("newPassword").length > 1024) return { error: "This password is too long." };
  const result = await changeOwnPassword(await getDb(), {
    userId: user.id,
    sessionId: user.sessionId,
    currentPassword: field("currentPassword"),
    newPassword: field("newPassword"),
    confirmPassword: field("confirmPassword"),
    client: await clientInfo(),
  });
  if (!result.ok) return { error: result.message };
  redirect(safeNextPath(field("next")));
}
