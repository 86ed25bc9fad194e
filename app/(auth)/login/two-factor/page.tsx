import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { requireSession, safeNextPath } from "@/lib/auth/current-user";
import { cancelSignInAction } from "../actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in · Factdesk", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function RequiredEnrolmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const user = await requireSession(["enrolment_due"], next);
  return (
    <AuthShell
      wide
      title="Set up two-factor sign-in"
      intro={<>Your newsroom requires {user.role}s to confirm each sign-in with a code from an authenticator app. Set it up once to continue.</>}
    >
      <TotpEnrolment userId={user.id} returnTo={`/login/two-factor?next=${encodeURIComponent(next)}`} continueHref={next} continueLabel="Continue to the newsroom" />
      <form action={cancelSignInAction} className="mt-8 text-sm">
        <button type="submit" className="text-stone-600 underline hover:no-underline dark:text-stone-400">
          Cancel and sign out
        </button>
      </form>
    </AuthShell>
  );
}
