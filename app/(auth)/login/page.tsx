import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { Alert } from "@/components/ui/alert";
import { getSessionState, pathForState, safeNextPath } from "@/lib/auth/current-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in · Factdesk", robots: { index: false } };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  password_set: "Your password is set. Sign in with it.",
  expired: "That sign-in took too long. Please start again.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const state = await getSessionState();
  if (state.status !== "anonymous") redirect(pathForState(state, next) ?? next);
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  return (
    <AuthShell title="Sign in to the newsroom">
      {notice ? <Alert tone="info" className="mb-5">{notice}</Alert> : null}
      <LoginForm next={next} />
    </AuthShell>
  );
}
