"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { redeemPasswordLink } from "@/lib/users/password-links";
import { clientInfo } from "@/lib/request-context";
import type { FormState } from "@/components/admin/form-state";

export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const field = (name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)) : "");
  if (field("newPassword").length > 1024) return { error: "This password is too long." };
  const result = await redeemPasswordLink(await getDb(), {
    token: field("token"),
    password: field("newPassword"),
    confirmPassword: field("confirmPassword"),
    client: await clientInfo(),
  });
  if (!result.ok) return { error: result.message };
  // Setting a password never signs in: the normal sign-in (and its second factor) follows.
  redirect("/login?notice=password_set");
}
