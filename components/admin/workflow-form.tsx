"use client";

/**
 * A small form that runs one workflow command (submit, approve, publish, …)
 * through the shared server action and shows the outcome where the user
 * clicked. Works without JavaScript too (progressive enhancement).
 */
import { useActionState, useState } from "react";
import { entryAction, type EntryActionState } from "@/app/admin/entries/actions";

export interface WorkflowFormProps {
  command: string;
  entryId: number;
  revisionId?: number;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Asked before submitting (e.g. unpublishing). */
  confirmMessage?: string;
  disabled?: boolean;
  className?: string;
  testId?: string;
  children?: React.ReactNode;
}

const VARIANTS = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  danger:
    "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60",
};

export function Feedback({ state }: { state: EntryActionState }) {
  if (state.failure) {
    const fieldMessages = Object.entries(state.failure.fieldErrors).filter(([, message]) => message !== state.failure!.message);
    return (
      <div role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <p>{state.failure.message}</p>
        {fieldMessages.length > 0 ? (
          <ul className="mt-1 list-disc pl-5">
            {fieldMessages.map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.ok && state.message) {
    return (
      <p role="status" className="mt-2 text-sm font-medium text-green-800 dark:text-green-300">
        {state.message}
      </p>
    );
  }
  return null;
}

export function WorkflowForm(props: WorkflowFormProps) {
  const [state, formAction, pending] = useActionState<EntryActionState, FormData>(entryAction, {});
  return (
    <form
      action={formAction}
      className={props.className}
      data-testid={props.testId}
      onSubmit={(event) => {
        if (props.confirmMessage && !window.confirm(props.confirmMessage)) event.preventDefault();
      }}
    >
      <input type="hidden" name="command" value={props.command} />
      <input type="hidden" name="entryId" value={props.entryId} />
      {props.revisionId !== undefined ? <input type="hidden" name="revisionId" value={props.revisionId} /> : null}
      {props.children}
      <button type="submit" className={VARIANTS[props.variant ?? "primary"]} disabled={pending || props.disabled}>
        {pending ? (props.pendingLabel ?? "Working…") : props.submitLabel}
      </button>
      <Feedback state={state} />
    </form>
  );
}

/** A date-time picker in the browser's time zone, posted as an ISO instant. */
export function PublishAtField({ id = "publishAt" }: { id?: string }) {
  const [local, setLocal] = useState("");
  const instant = (() => {
    if (!local) return "";
    const date = new Date(local);
    return Number.isNaN(date.getTime()) ? "" : date.toISOString();
  })();
  return (
    <div className="mb-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Publish at <span className="font-normal text-stone-500">(your time zone)</span>
      </label>
      <input id={id} type="datetime-local" step={1} required value={local} onChange={(event) => setLocal(event.target.value)} className="field mt-1" />
      <input type="hidden" name="publishAt" value={instant} />
    </div>
  );
}
