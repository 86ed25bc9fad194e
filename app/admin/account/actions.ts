"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { changeOwnPassword } from "@/lib/auth/passwords";
import { endSession } from "@/lib/users/manage";
import { clientInfo } from "@/lib/request-context";
import type { FormState } from "@/components/admin/form-state";

const field = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)) : "");

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/admin/account");
  if (field(formData, "newPassword").length > 1024 || field(formData, "currentPassword").length > 1024) return { error: "This password is too long." };
  const result = await changeOwnPassword(await getDb(), {
    userId: user.id,
    sessionId: user.sessionId,
    currentPassword: field(formData, "currentPassword"),
    newPassword: field(formData, "newPassword"),
    confirmPassword: field(formData, "confirmPassword"),
    client: await clientInfo(),
  });
  if (!result.ok) return { error: result.message };
  return { notice: "Password changed. Your other sessions have ended." };
}

/** Ends one of one's own sessions; ending the current one signs out. */
export async function endOwnSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/admin/account");
  const result = await endSession(await getDb(), user, { userId: user.id, handle: field(formData, "handle") }, await clientInfo());
  if (!result.ok) return { error: result.error };
  if (result.sessionId === user.sessionId) await signOut({ redirectTo: "/login" });
  revalidatePath("/admin/account");
  return { notice: "Session ended." };
}
