/**
 * The entry form's input, validated with one zod schema shared by the editor
 * (client) and the domain commands (server). Imports nothing server-only.
 */
import { z } from "zod";
import type { Verdict } from "@/db/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { SLUG_PATTERN } from "@/lib/entries/slug";
import type { FieldErrors } from "./errors";

/** Mirrors VERDICTS in db/schema.ts (checked below) without pulling the schema into client bundles. */
export const VERDICT_VALUES = ["false", "misleading", "missing-context", "unproven", "true"] as const;
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _verdictsMatch: SameMembers<(typeof VERDICT_VALUES)[number], Verdict> = true;
void _verdictsMatch;

export const LIMITS = {
  claim: 500,
  summary: 400,
  body: 100_000,
  originText: 1_000,
  url: 2_000,
  sourceTitle: 300,
  publisher: 200,
  sources: 30,
  topics: 20,
  slug: 80,
  correctionNote: 2_000,
  comment: 5_000,
} as const;

/** http(s) URL with a host, and nothing a browser would silently strip or reinterpret. */
export function isHttpUrl(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Text as people type it: control characters (NUL and friends, which
 * PostgreSQL refuses and no reader wants) are removed; tabs and newlines stay.
 */
export function stripControlCharacters(value: string): string {
  // Lone UTF-16 surrogates cannot be stored either (PostgreSQL refuses them in jsonb): replacement character.
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(LONE_SURROGATE, "\uFFFD");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string with control characters removed; chain `.trim()`, `.min()`… as usual. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(stripControlCharacters);

/** Empty strings mean "not given". */
const optionalText = (max: number, tooLong: string) =>
  text()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => (value ? value : null));

const optionalUrl = z
  .string()
  .trim()
  .max(LIMITS.url, "This link is too long.")
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isHttpUrl(value), "Enter a full link starting with http:// or https://.");

const optionalDate = (notInFuture: boolean) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isCalendarDate(value), "Enter a date as YYYY-MM-DD.")
    .refine(
      // A day later than tomorrow (UTC) is in the future in every time zone.
      (value) => !notInFuture || value === null || value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      "This date is in the future.",
    );

export const sourceSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the source's link.")
    .max(LIMITS.url, "This link is too long.")
    .refine(isHttpUrl, "Enter a full link starting with http:// or https://."),
  title: text().trim().min(1, "Give the source a title.").max(LIMITS.sourceTitle, `At most ${LIMITS.sourceTitle} characters.`),
  publisher: optionalText(LIMITS.publisher, `At most ${LIMITS.publisher} characters.`),
  accessedAt: optionalDate(true),
});
export type SourceInput = z.output<typeof sourceSchema>;

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const entryFieldsSchema = z
  .object({
    locale: z.enum(LOCALES, "Choose the entry's language."),
    /** Empty with slugMode "auto": derived from the claim. */
    slug: z.string().trim().max(LIMITS.slug, `At most ${LIMITS.slug} characters.`).default(""),
    slugMode: z.enum(["auto", "manual"]).default("auto"),
    translationId: id.nullish().transform((value) => value ?? null),
    claim: text().trim().min(1, "Write the claim as it circulates.").max(LIMITS.claim, `At most ${LIMITS.claim} characters.`),
    claimOriginText: optionalText(LIMITS.originText, `At most ${LIMITS.originText} characters.`),
    claimOriginUrl: optionalUrl,
    claimFirstSeen: optionalDate(true),
    verdict: z.enum(VERDICT_VALUES, "Choose a verdict."),
    summary: text().trim().min(1, "Write the short answer.").max(LIMITS.summary, `At most ${LIMITS.summary} characters.`),
    body: text().max(LIMITS.body, `The explanation is too long (at most ${LIMITS.body.toLocaleString("en")} characters).`).default(""),
    sources: z.array(sourceSchema).max(LIMITS.sources, `At most ${LIMITS.sources} sources.`).default([]),
    topicIds: z.array(id).max(LIMITS.topics, `At most ${LIMITS.topics} topics.`).default([]),
    substantive: z.boolean().default(false),
    correctionNote: optionalText(LIMITS.correctionNote, `At most ${LIMITS.correctionNote} characters.`),
  })
  .superRefine((value, ctx) => {
    if (value.slugMode === "manual" && !SLUG_PATTERN.test(value.slug)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "Use lower-case letters, digits and single hyphens (e.g. 5g-towers-covid)." });
    }
    const seen = new Map<string, number>();
    value.sources.forEach((source, index) => {
      const key = source.url.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["sources", index, "url"], message: `Same link as source ${seen.get(key)! + 1}.` });
      else seen.set(key, index);
    });
  })
  .transform((value) => ({ ...value, topicIds: [...new Set(value.topicIds)] }));

export type EntryFieldsInput = z.input<typeof entryFieldsSchema>;
export type EntryFields = z.output<typeof entryFieldsSchema>;

export const saveRevisionSchema = z.object({
  entryId: id,
  /** The entry version the form was loaded at: a save from an older one is a conflict. */
  version: z.coerce.number().int().min(0).max(2_147_483_647),
  fields: entryFieldsSchema,
});
export type SaveRevisionInput = z.input<typeof saveRevisionSchema>;

/** `sources.0.url` → message, one message per field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.filter((part) => part !== "fields").join(".") || "form";
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}
