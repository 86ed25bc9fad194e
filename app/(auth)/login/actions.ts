"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/next-auth";

const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(320).email("Enter a valid e-mail address."),
  password: z.string().min(1, "Enter your password.").max(1024),
  next: z.string().max(2048).optional(),
});

export type LoginState = { error?: string; email?: string };

/** Only same-site paths under /admin may be a redirect target (no open redirect). */
function safeNext(next: string | undefined): string {
  if (next && next.startsWith("/admin") && !next.startsWith("//")) return next;
  return "/admin";
}

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")).slice(0, 320) : "";
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input.", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return { error: "Wrong e-mail or password.", email };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
