import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ActionForm } from "@/components/admin/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireSession, safeNextPath } from "@/lib/auth/current-user";
import { cancelSignInAction, verifySecondFactorAction } from "../actions";

export const metadata: Metadata = { title: "Two-factor sign-in · Factdesk", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const user = await requireSession(["second_factor_due"], next);
  const recovery = params.method === "recovery";
  const otherMethod = `/login/verify?${new URLSearchParams({ next, ...(recovery ? {} : { method: "recovery" }) })}`;
  return (
    <AuthShell
      title="Two-factor sign-in"
      intro={
        recovery ? (
          <>Enter one of the recovery codes you saved when you set up two-factor sign-in for {user.email}. Each code works once.</>
        ) : (
          <>Enter the 6-digit code your authenticator app shows for Factdesk ({user.email}).</>
        )
      }
    >
      <ActionForm action={verifySecondFactorAction} className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="method" value={recovery ? "recovery" : "totp"} />
        <div>
          <label htmlFor="code" className="label">
            {recovery ? "Recovery code" : "Authentication code"}
          </label>
          {recovery ? (
            <input id="code" name="code" type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} required placeholder="xxxx-xxxx-xx" className="field mt-1 font-mono" />
          ) : (
            <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={7} required placeholder="123456" className="field mt-1 font-mono tracking-widest" />
          )}
        </div>
        <SubmitButton className="w-full" pendingLabel="Checking…">
          Continue
        </SubmitButton>
      </ActionForm>
      <div className="mt-6 flex items-center justify-between gap-4 text-sm">
        <Link href={otherMethod} className="text-blue-800 underline hover:no-underline dark:text-blue-300">
          {recovery ? "Use your authenticator app" : "Use a recovery code"}
        </Link>
        <form action={cancelSignInAction}>
          <button type="submit" className="text-stone-600 underline hover:no-underline dark:text-stone-400">
            Cancel
          </button>
        </form>
      </div>
    </AuthShell>
  );
}
