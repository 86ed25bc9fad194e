"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { isLocale } from "@/lib/i18n/locales";
import { clientInfo } from "@/lib/request-context";
import { issueFormToken } from "@/lib/tips/form-token";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "@/lib/tips/fields";
import { submitTip, type SubmitTipResult } from "@/lib/tips/submit";
import type { ReportFormState } from "./form-state";

const FIELDS = ["entry", "claim", "seenUrl", "seenDescription", "email", HONEYPOT_FIELD, FORM_TOKEN_FIELD] as const;

const REASON_TO_ERROR = {
  invalid: "summary",
  too_fast: "tooFast",
  expired: "expired",
  rate_limited: "rateLimited",
  entry_not_found: "entryNotFound",
} as const satisfies Record<Exclude<SubmitTipResult, { ok: true }>["reason"], ReportFormState["formError"]>;

/**
 * The public report form's action. Works without JavaScript: a success redirects
 * (303, Post/Redirect/Get) to the confirmation, which shows only the reference;
 * a refusal renders the form again with the reader's input as text.
 */
export async function submitReportAction(previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const secret = resolveAuthSecret();
  const locale = formData.get("locale");
  const fields: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = formData.get(name);
    if (typeof value === "string") fields[name] = value;
  }
  if (!isLocale(locale)) return { ...previous, formError: "unexpected", token: issueFormToken(secret) };

  let result: SubmitTipResult;
  try {
    const client = await clientInfo();
    result = await submitTip(await getDb(), fields, { locale, ip: client.ip, secret });
  } catch (error) {
    console.error("[tips] submission failed", error);
    return { ...previous, formError: "unexpected", token: issueFormToken(secret) };
  }
  if (result.ok) redirect(`/${locale}/report/thanks?ref=${encodeURIComponent(result.reference)}`);
  return {
    values: result.values,
    fieldErrors: result.reason === "invalid" ? result.errors : {},
    formError: REASON_TO_ERROR[result.reason],
    token: issueFormToken(secret),
  };
}
