"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEnrolmentAction, type RecoveryCodesState } from "@/app/admin/account/two-factor-actions";
import { RecoveryCodeList } from "./recovery-code-list";

/** The first code from the app turns two-factor sign-in on; the recovery codes then show once. */
export function EnrolmentConfirmForm({ continueHref, continueLabel, laterHref }: { continueHref: string; continueLabel: string; laterHref?: string }) {
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
          className="field mt-1 max-w-40 font-mono tracking-widest"
        />
      </div>
      <SubmitButton pendingLabel="Checking…">Turn on two-factor sign-in</SubmitButton>
      {laterHref ? (
        <p className="hint">
          Not now? <Link href={laterHref} className="underline">Leave it for later</Link>.
        </p>
      ) : null}
    </form>
  );
}
