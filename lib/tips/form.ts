/**
 * The public tip form's fields, limits and validation: one zod schema shared by
 * the server action and the domain. Errors are codes naming keys of the
 * `report.errors` dictionary, so the form can show them in the reader's language.
 */
import { z } from "zod";
import { TIP_LIMITS, type TipFieldErrors, type TipFormValues, type TipKind } from "./fields";

export { TIP_LIMITS, type TipFieldError, type TipFieldErrorCode, type TipFieldErrors, type TipFieldName, type TipFormValues, type TipKind } from "./fields";

export interface ValidTip {
  kind: TipKind;
  /** Slug of the entry an error report is about (validated against the database later). */
  entrySlug: string | null;
  claim: string;
  seenUrl: string | null;
  seenDescription: string | null;
  email: string | null;
}

// C0/C1 control characters other than tab and newline: PostgreSQL refuses NUL in
// text, and the others only serve to hide or garble what an editor reads.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Trimmed, NFC, `\r\n` → `\n`, without control characters. */
export function normaliseText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "").trim();
}

/** Single-line fields also lose their line breaks. */
function normaliseLine(value: string): string {
  return normaliseText(value).replace(/\s+/g, " ");
}

const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_eid|igshid)$/i;

/**
 * An http(s) URL in canonical form (lower-case host, no fragment, no tracking
 * parameters) so that two readers pasting the same link are recognised as
 * duplicates; null for anything else (javascript:, data:, relative, malformed).
 */
export function normaliseHttpUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

/** True for a URL that may be rendered as a link (used again at display time, in case). */
export function isSafeHttpUrl(value: string | null | undefined): value is string {
  return typeof value === "string" && normaliseHttpUrl(value) !== null;
}

const field = (max: number) =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" ? value.slice(0, max * 4 + 100) : ""))
    .transform(normaliseText);

/** Raw form input: every field is optional text; anything else counts as empty. */
export const tipFormSchema = z.object({
  entry: field(TIP_LIMITS.entrySlug).transform(normaliseLine),
  claim: field(TIP_LIMITS.details),
  seenUrl: field(TIP_LIMITS.seenUrl).transform(normaliseLine),
  seenDescription: field(TIP_LIMITS.seenDescription),
  email: field(TIP_LIMITS.email).transform(normaliseLine),
});

export type TipFormInput = z.input<typeof tipFormSchema>;

const emailSchema = z.email();

export type TipValidation = { ok: true; tip: ValidTip; values: TipFormValues } | { ok: false; errors: TipFieldErrors; values: TipFormValues };

/** Validates the public form. A given `entry` makes it an error report on that entry. */
export function validateTipForm(input: Record<string, unknown>): TipValidation {
  const data = tipFormSchema.parse(input);
  const kind: TipKind = data.entry ? "error" : "rumor";
  const values: TipFormValues = {
    claim: data.claim,
    seenUrl: data.seenUrl,
    seenDescription: data.seenDescription,
    email: data.email,
  };
  const errors: TipFieldErrors = {};

  const claimMax = kind === "rumor" ? TIP_LIMITS.claim : TIP_LIMITS.details;
  if (!data.claim) errors.claim = { code: kind === "rumor" ? "claimRequired" : "detailsRequired" };
  else if ([...data.claim].length > claimMax) errors.claim = { code: "tooLong", max: claimMax };

  let seenUrl: string | null = null;
  if (data.seenUrl) {
    if (data.seenUrl.length > TIP_LIMITS.seenUrl) errors.seenUrl = { code: "tooLong", max: TIP_LIMITS.seenUrl };
    else {
      seenUrl = normaliseHttpUrl(data.seenUrl);
      if (!seenUrl || seenUrl.length > TIP_LIMITS.seenUrl) errors.seenUrl = { code: "urlInvalid" };
    }
  }

  if ([...data.seenDescription].length > TIP_LIMITS.seenDescription) {
    errors.seenDescription = { code: "tooLong", max: TIP_LIMITS.seenDescription };
  }
  // A rumor is only useful to the desk if it says where it circulates.
  if (kind === "rumor" && !data.seenUrl && !data.seenDescription) errors.seenDescription = { code: "whereRequired" };

  if (data.email) {
    if (data.email.length > TIP_LIMITS.email) errors.email = { code: "tooLong", max: TIP_LIMITS.email };
    else if (!emailSchema.safeParse(data.email).success) errors.email = { code: "emailInvalid" };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    values,
    tip: {
      kind,
      entrySlug: kind === "error" ? data.entry : null,
      claim: data.claim,
      seenUrl,
      seenDescription: data.seenDescription || null,
      email: data.email || null,
    },
  };
}
