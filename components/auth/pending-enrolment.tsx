"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { beginEnrolmentAction, confirmEnrolmentAction, type RecoveryCodesState } from "@/app/admin/account/two-factor-actions";
import { RecoveryCodeList } from "./recovery-code-list";

/** The secret in groups of four, as authenticator apps ask for it when typed by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * A pending enrolment: the QR code (drawn on the server), the key to type by hand
 * and the field for the first code, which turns two-factor sign-in on; the
 * recovery codes then replace all of it, shown once.
 */
export function PendingEnrolment({
  qrSvg,
  secret,
  returnTo,
  continueHref,
  continueLabel,
  laterHref,
}: {
  qrSvg: string;
  secret: string;
  returnTo: string;
  continueHref: string;
  continueLabel: string;
  laterHref?: string;
}) {
  const [state, formAction] = useActionState<RecoveryCodesState, FormData>(confirmEnrolmentAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="space-y-4">
        {state.notice ? <Alert tone="success">{state.notice}</Alert> : null}
        <RecoveryCodeList codes={state.recoveryCodes} />
        {/* A full page load: the page behind must be rendered again now that two-factor is on. */}
        <a href={continueHref} className="btn-primary">
          {continueLabel}
        </a>
      </div>
    );
  }
  return (
    <div className="grid gap-6 sm:grid-cols-[auto_1fr]">
      <div
        role="img"
        aria-label="QR code to scan with your authenticator app"
        className="h-48 w-48 rounded-md border border-stone-200 bg-white p-1 [&_svg]:h-full [&_svg]:w-full"
        data-testid="totp-qr"
        // The SVG is drawn by the qrcode library from our own otpauth URI: no user-written markup.
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <div className="space-y-4">
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          <li>Open an authenticator app on your phone (for example Aegis, Google Authenticator, Microsoft Authenticator or 1Password).</li>
          <li>Scan the QR code, or type this key by hand:</li>
        </ol>
        <p className="rounded-md bg-stone-100 px-3 py-2 font-mono text-sm break-words dark:bg-stone-800" data-testid="totp-secret" data-secret={secret}>
          {groupSecret(secret)}
        </p>
        <form action={formAction} className="space-y-4">
          {state.error ? <Alert tone="error">{state.error}</Alert> : null}
          <div>
            <label htmlFor="enrolment-code" className="label">
              Code from the app
            </label>
            <input
              id="enrolment-code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              maxLength={7}
              required
              placeholder="123456"
              aria-describedby="enrolment-code-hint"
              className="field mt-1 max-w-40 font-mono tracking-widest"
            />
            <p id="enrolment-code-hint" className="hint">
              The 6-digit code the app now shows for Factdesk.
            </p>
          </div>
          <SubmitButton pendingLabel="Checking…">Turn on two-factor sign-in</SubmitButton>
        </form>
        <form action={beginEnrolmentAction} className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="underline hover:no-underline">
            Start over with a new key
          </button>
          {laterHref ? (
            <Link href={laterHref} className="underline hover:no-underline">
              Leave it for later
            </Link>
          ) : null}
        </form>
      </div>
    </div>
  );
}
