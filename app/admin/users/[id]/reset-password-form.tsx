"use client";

import { useActionState } from "react";
import { IssuedCredentialNotice } from "@/components/admin/issued-credential";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction, type CredentialState } from "../actions";

export function ResetPasswordForm({ userId }: { userId: number }) {
  const [state, formAction] = useActionState<CredentialState, FormData>(resetPasswordAction, {});
  if (state.credential) {
    return (
      <div className="space-y-3">
        {state.notice ? <Alert tone="success">{state.notice}</Alert> : null}
        <IssuedCredentialNotice credential={state.credential} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" aria-label="Reset password">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2">
          <input type="radio" name="credential" value="link" defaultChecked />
          <span>Set-password link (24 hours)</span>
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="credential" value="password" />
          <span>One-time password</span>
        </label>
      </div>
      <SubmitButton variant="secondary" pendingLabel="Resetting…">
        Reset password
      </SubmitButton>
    </form>
  );
}
