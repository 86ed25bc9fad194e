import type { TipFieldErrors, TipFormValues } from "@/lib/tips/fields";

/** What the report form shows after a refused submission: fixed message keys and the reader's own input. */
export interface ReportFormState {
  values: TipFormValues;
  fieldErrors: TipFieldErrors;
  formError: "summary" | "rateLimited" | "tooFast" | "expired" | "unexpected" | "entryNotFound" | null;
  /** A fresh signed time-to-submit token for the next attempt. */
  token: string;
}

export const EMPTY_TIP_VALUES: TipFormValues = { claim: "", seenUrl: "", seenDescription: "", email: "" };
