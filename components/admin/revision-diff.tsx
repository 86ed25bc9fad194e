import { verdictLabel } from "@/lib/i18n/dictionaries";
import { EMPTY_CONTENT, type RevisionContent, type RevisionSource, type RevisionTopic } from "@/lib/workflow/revision-content";
import { ListDiff, TextDiff } from "./diff-view";

function Row({ label, changed, children }: { label: string; changed: boolean; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-stone-100 py-3 md:grid-cols-[10rem_minmax(0,1fr)] dark:border-stone-800" data-field={label} data-changed={changed}>
      <dt className="text-sm font-semibold">
        {label}
        {changed ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">changed</span> : null}
      </dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

function SourceItem({ source }: { source: RevisionSource }) {
  return (
    <span className="break-words">
      <span className="font-medium">{source.title}</span>
      {source.publisher ? <span className="text-stone-600 dark:text-stone-400"> — {source.publisher}</span> : null}{" "}
      <span className="text-sm text-stone-600 dark:text-stone-400">{source.url}</span>
      {source.accessedAt ? <span className="text-sm text-stone-500"> · accessed {source.accessedAt}</span> : null}
    </span>
  );
}

const sourceKey = (s: RevisionSource) => `${s.url}\u0000${s.title}\u0000${s.publisher ?? ""}\u0000${s.accessedAt ?? ""}`;
const sameSources = (a: RevisionSource[], b: RevisionSource[]) => a.map(sourceKey).join("\n") === b.map(sourceKey).join("\n");

/** Every field of `after` against `before`, word by word; lists (sources, topics) item by item. */
export function RevisionDiff({ before, after }: { before: RevisionContent | null; after: RevisionContent }) {
  const base = before ?? EMPTY_CONTENT;
  const text = (label: string, a: string, b: string, multiline = false) => (
    <Row label={label} changed={a !== b}>
      <TextDiff before={a} after={b} multiline={multiline} />
    </Row>
  );
  return (
    <dl data-testid="revision-diff">
      {text("Claim", base.claim, after.claim)}
      {text("Origin", base.claimOriginText ?? "", after.claimOriginText ?? "")}
      {text("Origin link", base.claimOriginUrl ?? "", after.claimOriginUrl ?? "")}
      {text("First seen", base.claimFirstSeen ?? "", after.claimFirstSeen ?? "")}
      <Row label="Verdict" changed={before !== null && base.verdict !== after.verdict}>
        {before !== null && base.verdict !== after.verdict ? (
          <span>
            <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">{verdictLabel("en", base.verdict)}</del> →{" "}
            <ins className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200">{verdictLabel("en", after.verdict)}</ins>
          </span>
        ) : (
          verdictLabel("en", after.verdict)
        )}
      </Row>
      {text("Summary", base.summary, after.summary)}
      {text("Explanation", base.body, after.body, true)}
      <Row label="Sources" changed={!sameSources(base.sources, after.sources)}>
        <ListDiff before={base.sources} after={after.sources} keyOf={sourceKey} render={(source) => <SourceItem source={source} />} empty="No sources" />
      </Row>
      <Row label="Topics" changed={base.topics.map((t) => t.slug).join() !== after.topics.map((t) => t.slug).join()}>
        <ListDiff
          before={base.topics}
          after={after.topics}
          keyOf={(t: RevisionTopic) => t.slug}
          render={(t: RevisionTopic) => (
            <span>
              {t.nameEn} <span className="text-stone-500">/ {t.nameFr}</span>
            </span>
          )}
          empty="No topics"
        />
      </Row>
      {after.substantive || after.correctionNote ? (
        <Row label="Correction" changed>
          <div className="rounded-md border border-amber-300 bg-amber-50 p-2 dark:border-amber-700 dark:bg-amber-950">
            {after.substantive ? <p className="text-sm font-medium">Marked as a substantive update.</p> : null}
            {after.correctionNote ? <p data-testid="correction-note">Public note: {after.correctionNote}</p> : null}
          </div>
        </Row>
      ) : null}
    </dl>
  );
}
