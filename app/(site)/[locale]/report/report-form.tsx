"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, TIP_LIMITS, type TipFieldError, type TipFieldName } from "@/lib/tips/fields";
import { submitReportAction } from "./actions";
import type { ReportFormState } from "./form-state";

interface ReportFormProps {
  locale: Locale;
  messages: Messages["report"];
  initialState: ReportFormState;
  /** Slug of the published entry an error report is about. */
  entrySlug: string | null;
}

/**
 * The report form. A plain POST form: without JavaScript the browser posts it and
 * the server renders the result; with JavaScript, React submits it in place.
 * Everything the reader typed comes back through React, as text.
 */
export function ReportForm({ locale, messages: m, initialState, entrySlug }: ReportFormProps) {
  const [state, formAction, pending] = useActionState(submitReportAction, initialState);
  const isError = entrySlug !== null;
  const errorText = (error: TipFieldError | undefined) =>
    error ? interpolate(m.errors[error.code], { max: error.max ?? "" }) : null;
  const fieldError = (name: TipFieldName) => errorText(state.fieldErrors[name]);
  const describedBy = (name: TipFieldName, hint?: string) =>
    [hint, state.fieldErrors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  const errorList = (Object.keys(state.fieldErrors) as TipFieldName[]).filter((name) => state.fieldErrors[name]);

  return (
    <form action={formAction} method="post" className="mt-8 space-y-6" noValidate data-testid="report-form">
      {state.formError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="report-error">
          <p className="font-semibold">{m.errors[state.formError]}</p>
          {errorList.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {errorList.map((name) => (
                <li key={name}>
                  <a href={`#${name}`} className="underline">
                    {fieldError(name)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={state.token} />
      {isError ? <input type="hidden" name="entry" value={entrySlug} /> : null}

      <Field
        name="claim"
        label={isError ? m.detailsLabel : m.claimLabel}
        required
        requiredText={m.required}
        hint={isError ? undefined : m.claimHint}
        error={fieldError("claim")}
      >
        <textarea
          id="claim"
          name="claim"
          rows={isError ? 6 : 4}
          maxLength={isError ? TIP_LIMITS.details : TIP_LIMITS.claim}
          required
          defaultValue={state.values.claim}
          aria-invalid={state.fieldErrors.claim ? true : undefined}
          aria-describedby={describedBy("claim", isError ? undefined : "claim-hint")}
          className="field mt-1"
        />
      </Field>

      {isError ? null : (
        <Field name="seenDescription" label={m.whereLabel} error={fieldError("seenDescription")}>
          <textarea
            id="seenDescription"
            name="seenDescription"
            rows={3}
            maxLength={TIP_LIMITS.seenDescription}
            placeholder={m.wherePlaceholder}
            defaultValue={state.values.seenDescription}
            aria-invalid={state.fieldErrors.seenDescription ? true : undefined}
            aria-describedby={describedBy("seenDescription")}
            className="field mt-1"
          />
        </Field>
      )}

      <Field name="seenUrl" label={m.urlLabel} error={fieldError("seenUrl")}>
        <input
          id="seenUrl"
          name="seenUrl"
          type="url"
          inputMode="url"
          maxLength={TIP_LIMITS.seenUrl}
          placeholder="https://"
          defaultValue={state.values.seenUrl}
          aria-invalid={state.fieldErrors.seenUrl ? true : undefined}
          aria-describedby={describedBy("seenUrl")}
          className="field mt-1"
        />
      </Field>

      <Field name="email" label={m.emailLabel} hint={m.emailHint} error={fieldError("email")}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={TIP_LIMITS.email}
          defaultValue={state.values.email}
          aria-invalid={state.fieldErrors.email ? true : undefined}
          aria-describedby={describedBy("email", "email-hint")}
          className="field mt-1"
        />
      </Field>

      {/* Honeypot: invisible to people and to assistive technology, irresistible to form-filling bots. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{m.honeypotLabel}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <p className="text-sm text-stone-600 dark:text-stone-400" data-testid="report-consent">
        {m.consent}
      </p>

      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? m.sending : m.submit}
      </button>
    </form>
  );
}

function Field({
  name,
  label,
  hint,
  error,
  required,
  requiredText,
  children,
}: {
  name: TipFieldName;
  label: string;
  hint?: string;
  error: string | null;
  required?: boolean;
  requiredText?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
        {required && requiredText ? <span className="ml-1 text-sm font-normal text-stone-500">({requiredText})</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
