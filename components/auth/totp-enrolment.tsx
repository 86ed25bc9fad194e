import { getDb } from "@/db/client";
import { beginEnrolmentAction } from "@/app/admin/account/two-factor-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { pendingTotpEnrolment } from "@/lib/auth/two-factor";
import { EnrolmentConfirmForm } from "./enrolment-confirm-form";

/** The secret in groups of four, as authenticator apps ask for it when typed by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * Setting up an authenticator app: a button that makes a secret, then the QR code
 * (drawn on the server as inline SVG, nothing leaves the site), the key to type by
 * hand, and the field for the first code.
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
    <div className="grid gap-6 sm:grid-cols-[auto_1fr]">
      <div>
        <div
          role="img"
          aria-label="QR code to scan with your authenticator app"
          className="h-48 w-48 rounded-md border border-stone-200 bg-white p-1 [&_svg]:h-full [&_svg]:w-full"
          data-testid="totp-qr"
          // The SVG is drawn by the qrcode library from our own otpauth URI: no user-written markup.
          dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
        />
      </div>
      <div className="space-y-4">
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          <li>Open an authenticator app on your phone (for example Aegis, Google Authenticator, Microsoft Authenticator or 1Password).</li>
          <li>Scan the QR code, or type this key by hand:</li>
        </ol>
        <p className="break-all rounded-md bg-stone-100 px-3 py-2 font-mono text-sm dark:bg-stone-800" data-testid="totp-secret" data-secret={enrolment.secret}>
          {groupSecret(enrolment.secret)}
        </p>
        <p className="text-sm">Then enter the 6-digit code the app shows for Factdesk.</p>
        <EnrolmentConfirmForm continueHref={continueHref} continueLabel={continueLabel} laterHref={laterHref} />
        <form action={beginEnrolmentAction}>
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="text-sm text-stone-600 underline hover:no-underline dark:text-stone-400">
            Start over with a new key
          </button>
        </form>
      </div>
    </div>
  );
}
