import { parseHighlight } from "@/lib/search/highlight";

/** Text from ts_headline with its matches in <mark>; everything is rendered as text, nothing as HTML. */
export function HighlightedText({ value }: { value: string }) {
  return (
    <>
      {parseHighlight(value).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 dark:bg-yellow-300">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
