/**
 * A revision's content as one plain value, and what changed between two of
 * them. Pure (no database): used for conflict messages, the review screen and
 * the revision history.
 */
import type { Verdict } from "@/db/schema";
import type { FieldChange } from "./errors";

export interface RevisionSource {
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: string | null;
}

export interface RevisionTopic {
  id: number;
  slug: string;
  nameFr: string;
  nameEn: string;
}

export interface RevisionContent {
  claim: string;
  claimOriginText: string | null;
  claimOriginUrl: string | null;
  claimFirstSeen: string | null;
  verdict: Verdict;
  summary: string;
  body: string;
  substantive: boolean;
  correctionNote: string | null;
  sources: RevisionSource[];
  topics: RevisionTopic[];
}

export const EMPTY_CONTENT: RevisionContent = {
  claim: "",
  claimOriginText: null,
  claimOriginUrl: null,
  claimFirstSeen: null,
  verdict: "unproven",
  summary: "",
  body: "",
  substantive: false,
  correctionNote: null,
  sources: [],
  topics: [],
};

export function sourceLine(source: RevisionSource): string {
  return [source.title, source.publisher, source.url, source.accessedAt ? `accessed ${source.accessedAt}` : null].filter(Boolean).join(" · ");
}

export function topicLine(topic: RevisionTopic): string {
  return `${topic.nameEn} / ${topic.nameFr}`;
}

/** The text fields of a revision, in the order editors read them, as comparable strings. */
export const CONTENT_FIELDS: { field: keyof RevisionContent; label: string; text: (content: RevisionContent) => string }[] = [
  { field: "claim", label: "Claim", text: (c) => c.claim },
  { field: "claimOriginText", label: "Claim origin", text: (c) => c.claimOriginText ?? "" },
  { field: "claimOriginUrl", label: "Claim origin link", text: (c) => c.claimOriginUrl ?? "" },
  { field: "claimFirstSeen", label: "First seen", text: (c) => c.claimFirstSeen ?? "" },
  { field: "verdict", label: "Verdict", text: (c) => c.verdict },
  { field: "summary", label: "Summary", text: (c) => c.summary },
  { field: "body", label: "Explanation", text: (c) => c.body },
  { field: "sources", label: "Sources", text: (c) => c.sources.map(sourceLine).join("\n") },
  { field: "topics", label: "Topics", text: (c) => c.topics.map(topicLine).join("\n") },
  { field: "substantive", label: "Substantive update", text: (c) => (c.substantive ? "yes" : "no") },
  { field: "correctionNote", label: "Correction note", text: (c) => c.correctionNote ?? "" },
];

/** The fields whose value differs between two revisions. */
export function changedFields(before: RevisionContent, after: RevisionContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, label, text } of CONTENT_FIELDS) {
    const a = text(before);
    const b = text(after);
    if (a !== b) changes.push({ field, label, before: a, after: b });
  }
  return changes;
}
