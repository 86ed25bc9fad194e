"use client";

import { useActionState } from "react";
import { revealContactAction, type ContactRevealState } from "./actions";

/** "Show contact e-mail": an explicit, audited request, not something displayed by default. */
export function ContactReveal({ tipId }: { tipId: number }) {
  const [state, formAction, pending] = useActionState<ContactRevealState, FormData>(revealContactAction, { status: "hidden" });
  if (state.status === "shown") {
    return state.email ? (
      <a href={`mailto:${state.email}`} className="font-mono text-blue-800 underline dark:text-blue-300" data-testid="contact-email">
        {state.email}
      </a>
    ) : (
      <span className="text-stone-600">No address left (or already deleted).</span>
    );
  }
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-3">
      <input type="hidden" name="tipId" value={tipId} />
      <button type="submit" className="btn-secondary text-sm" disabled={pending}>
        {pending ? "Loading…" : "Show contact e-mail"}
      </button>
      <span className="text-xs text-stone-500">Viewing is recorded in the audit log.</span>
      {state.status === "error" ? <span role="alert" className="text-sm text-red-800">{state.message}</span> : null}
    </form>
  );
}
