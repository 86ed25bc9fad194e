"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { regenerateRecoveryCodesAction, type RecoveryCodesState } from "@/app/admin/account/two-factor-actions";
import { RecoveryCodeList } from "./recovery-code-list";

export function RecoveryCodesForm() {
  const [state, formAction] = useActionState<RecoveryCodesState, FormData>(regenerateRecoveryCodesAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="mt-3 space-y-3">
        {state.notice ? <Alert tone="success">{state.notice}</Alert> : null}
        <RecoveryCodeList codes={state.recoveryCodes} />
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-2 flex max-w-md flex-wrap items-end gap-3" aria-label="Make new recovery codes">
      {state.error ? <Alert tone="error" className="w-full">{state.error}</Alert> : null}
      <div className="grow">
        <label htmlFor="codes-password" className="label">
          Your password
        </label>
        <input id="codes-password" name="password" type="password" autoComplete="current-password" required className="field mt-1" />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Making…">
        Make new codes
      </SubmitButton>
    </form>
  );
}
