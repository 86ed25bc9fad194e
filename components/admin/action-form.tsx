"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "./form-state";

/** A form bound to a server action, showing the action's error or confirmation above its fields. */
export function ActionForm({
  action,
  children,
  className = "",
  ariaLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: React.ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className} aria-label={ariaLabel}>
      {state.error ? <Alert tone="error" className="mb-3">{state.error}</Alert> : null}
      {state.notice ? <Alert tone="success" className="mb-3">{state.notice}</Alert> : null}
      {children}
    </form>
  );
}
