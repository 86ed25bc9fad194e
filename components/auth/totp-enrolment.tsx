import { getDb } from "@/db/client";
import { beginEnrolmentAction } from "@/app/admin/account/two-factor-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { pendingTotpEnrolment } from "@/lib/auth/two-factor";
import { PendingEnrolment } from "./pending-enrolment";

/**
 * Setting up an authenticator app: a button that makes a secret, then the QR code
 * (drawn on the server as inline SVG: nothing leaves the site) and the first code.
 */
export async function TotpEnrolment({
  userId,
  returnTo,
  continueHref,
  continueLabel,
  laterHref,
}: {
  userId: number;
  returnTo: string;
  continueHref: string;
  continueLabel: string;
  laterHref?: string;
}) {
  const enrolment = await pendingTotpEnrolment(await getDb(), userId);
  if (!enrolment) {
    return (
      <form action={beginEnrolmentAction}>
        <input type="hidden" name="returnTo" value={returnTo} />
        <SubmitButton pendingLabel="Preparing…">Set up an authenticator app</SubmitButton>
      </form>
    );
  }
  return (
    <PendingEnrolment
      qrSvg={enrolment.qrSvg}
      secret={enrolment.secret}
      returnTo={returnTo}
      continueHref={continueHref}
      continueLabel={continueLabel}
      laterHref={laterHref}
    />
  );
}
