"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { IssuedCredentialNotice } from "@/components/admin/issued-credential";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { createUserAction, type CredentialState } from "../actions";

export function CreateUserForm({ roles }: { roles: readonly string[] }) {
  const [state, formAction] = useActionState<CredentialState, FormData>(createUserAction, {});
  // "Create another" hides this result; the next creation shows its own.
  const [dismissed, setDismissed] = useState<CredentialState | null>(null);
  if (state.credential && dismissed !== state) {
    return (
      <div className="max-w-xl space-y-4">
        {state.notice ? <Alert tone="success">{state.notice}</Alert> : null}
        <IssuedCredentialNotice credential={state.credential} />
        <div className="flex gap-3">
          <Link href={`/admin/users/${state.userId}`} className="btn-primary">
            Open the account
          </Link>
          <button type="button" className="btn-secondary" onClick={() => setDismissed(state)}>
            Create another
          </button>
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} className="max-w-xl space-y-5" aria-label="New account">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <div>
        <label htmlFor="name" className="label">
          Name
        </label>
        <input id="name" name="name" type="text" required maxLength={120} autoComplete="off" className="field mt-1" />
      </div>
      <div>
        <label htmlFor="email" className="label">
          E-mail
        </label>
        <input id="email" name="email" type="email" required maxLength={320} autoComplete="off" className="field mt-1" />
        <p className="hint">They sign in with this address.</p>
      </div>
      <div>
        <label htmlFor="role" className="label">
          Role
        </label>
        <select id="role" name="role" defaultValue="contributor" className="field mt-1">
          {roles.map((role) => (
            <option key={role} value={role}>
              {role[0].toUpperCase() + role.slice(1)}
            </option>
          ))}
        </select>
        <p className="hint">Contributors draft; editors review and publish; admins also manage accounts and read the audit log.</p>
      </div>
      <fieldset>
        <legend className="label">First password</legend>
        <div className="mt-2 space-y-2">
          <label className="flex items-start gap-2">
            <input type="radio" name="credential" value="link" defaultChecked className="mt-1" />
            <span>
              <span className="font-medium">Set-password link</span>
              <span className="block text-sm text-stone-600 dark:text-stone-400">A link valid 24 hours, usable once; they choose their password.</span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="credential" value="password" className="mt-1" />
            <span>
              <span className="font-medium">One-time password</span>
              <span className="block text-sm text-stone-600 dark:text-stone-400">Shown to you once; they must change it when they first sign in.</span>
            </span>
          </label>
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </form>
  );
}
