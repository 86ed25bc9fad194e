import { PASSWORD_MIN_LENGTH } from "@/lib/auth/crypto/password";

/** "New password" and its confirmation, with the policy spelled out. */
export function PasswordFields({ newLabel = "New password", confirmLabel = "Repeat the new password" }: { newLabel?: string; confirmLabel?: string }) {
  return (
    <>
      <div>
        <label htmlFor="newPassword" className="label">
          {newLabel}
        </label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          aria-describedby="newPassword-hint"
          className="field mt-1"
        />
        <p id="newPassword-hint" className="hint">
          At least {PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one; common passwords and your own name are refused.
        </p>
      </div>
      <div>
        <label htmlFor="confirmPassword" className="label">
          {confirmLabel}
        </label>
        <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required className="field mt-1" />
      </div>
    </>
  );
}
