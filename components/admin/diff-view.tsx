/**
 * Word diffs for editors: removed text struck through in red, added text
 * underlined in green — and marked up as <del>/<ins> so the meaning does not
 * rest on colour alone. Pure presentational: usable from server and client.
 */
import { diffLists, diffText, type DiffPart, type ListDiffPart } from "@/lib/diff/words";

export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-900 decoration-red-700 dark:bg-red-950 dark:text-red-200">
            {part.text}
          </del>
        ) : (
          <ins key={index} className="rounded-sm bg-green-100 text-green-900 underline decoration-green-700 dark:bg-green-950 dark:text-green-200">
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}

/** Before → after of one text, word by word; "(empty)" when both are empty. */
export function TextDiff({ before, after, multiline = false }: { before: string; after: string; multiline?: boolean }) {
  if (!before && !after) return <span className="text-stone-500">(empty)</span>;
  const { parts, granularity } = diffText(before, after);
  return (
    <span className={multiline ? "block whitespace-pre-wrap break-words font-mono text-sm leading-relaxed" : "break-words"}>
      <DiffParts parts={parts} />
      {granularity !== "word" ? <span className="mt-1 block text-xs text-stone-500">(compared {granularity} by {granularity}: the texts differ a lot)</span> : null}
    </span>
  );
}

export function ListDiff<T>({
  before,
  after,
  keyOf,
  render,
  empty = "None",
}: {
  before: readonly T[];
  after: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => React.ReactNode;
  empty?: string;
}) {
  const parts: ListDiffPart<T>[] = diffLists(before, after, keyOf);
  if (parts.length === 0) return <p className="text-stone-500">{empty}</p>;
  return (
    <ol className="space-y-1">
      {parts.map((part, index) => (
        <li
          key={`${part.kind}-${keyOf(part.item)}-${index}`}
          className={
            part.kind === "added"
              ? "rounded bg-green-50 px-2 py-1 dark:bg-green-950"
              : part.kind === "removed"
                ? "rounded bg-red-50 px-2 py-1 line-through dark:bg-red-950"
                : "px-2 py-1"
          }
        >
          <span className="mr-2 inline-block w-16 text-xs font-semibold uppercase text-stone-500">
            {part.kind === "added" ? "Added" : part.kind === "removed" ? "Removed" : ""}
          </span>
          {render(part.item)}
        </li>
      ))}
    </ol>
  );
}
