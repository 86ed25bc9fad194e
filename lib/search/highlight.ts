/**
 * Highlighted search snippets without HTML: PostgreSQL's ts_headline marks the
 * matches with two private-use characters (never in stored text, stripped from
 * it before the headline is built), and the page turns the marked pieces into
 * <mark> elements. Everything else is plain text that React escapes, so a claim
 * or body containing markup can never become markup in the results.
 */

export const HIGHLIGHT_START = "\ue000";
export const HIGHLIGHT_STOP = "\ue001";

export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

/** Splits a ts_headline result into plain and highlighted runs; unbalanced marks are tolerated. */
export function parseHighlight(headline: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let highlighted = false;
  let current = "";
  const flush = () => {
    if (current !== "") {
      const last = segments[segments.length - 1];
      if (last && last.highlighted === highlighted) last.text += current;
      else segments.push({ text: current, highlighted });
    }
    current = "";
  };
  for (const char of headline) {
    if (char === HIGHLIGHT_START) {
      flush();
      highlighted = true;
    } else if (char === HIGHLIGHT_STOP) {
      flush();
      highlighted = false;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}

/** The text of a headline without its marks. */
export function plainText(headline: string): string {
  return parseHighlight(headline)
    .map((segment) => segment.text)
    .join("");
}

/** An extract cut mid-sentence ends with an ellipsis. */
export function endsMidSentence(text: string): boolean {
  return !/[.!?…»"”)\]]\s*$/.test(text);
}
