/**
 * Names, limits and error codes of the public tip form. No dependencies, so the
 * form's client component can share them with the server.
 */

/** Field people never see and bots fill in. */
export const HONEYPOT_FIELD = "website";
/** Hidden field with the signed time the form was rendered. */
export const FORM_TOKEN_FIELD = "formToken";

export const TIP_LIMITS = {
  /** A rumor's claim becomes an entry's claim, which holds at most 500 characters. */
  claim: 500,
  /** What is wrong in a published answer (error reports). */
  details: 2000,
  seenDescription: 1000,
  seenUrl: 2000,
  email: 254,
  entrySlug: 200,
} as const;

export type TipKind = "rumor" | "error";

export type TipFieldName = "claim" | "seenUrl" | "seenDescription" | "email";

export type TipFieldErrorCode = "claimRequired" | "detailsRequired" | "tooLong" | "urlInvalid" | "emailInvalid" | "whereRequired";

export interface TipFieldError {
  code: TipFieldErrorCode;
  /** For `tooLong`: the limit to show. */
  max?: number;
}

export type TipFieldErrors = Partial<Record<TipFieldName, TipFieldError>>;


/** What the reader typed, normalised; given back to the form when it has errors. */
export interface TipFormValues {
  claim: string;
  seenUrl: string;
  seenDescription: string;
  email: string;
}
