/**
 * Word-level diff of revision texts (claim, summary, body) for the revision
 * history and the review screen, and item-level diff of ordered lists (sources,
 * topics).
 *
 * Quality degrades gracefully with size instead of time or memory: words first;
 * when the texts are too large or too different for that, whole lines (then
 * refined back to words inside each changed hunk where affordable); as a last
 * resort, the whole block removed and the new one added.
 */
import { ADDED, type EditOp, REMOVED, SAME, shortestEditScript } from "./myers";

export type DiffKind = "same" | "added" | "removed";

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface ListDiffPart<T> {
  kind: DiffKind;
  item: T;
}

/** Which granularity a text diff could afford. */
export type DiffGranularity = "word" | "line" | "block";

export interface TextDiff {
  granularity: DiffGranularity;
  parts: DiffPart[];
}

export interface DiffLimits {
  /** Largest (tokens before × tokens after), common ends excluded, diffed word by word. */
  wordProduct: number;
  /** Most token insertions + deletions searched for before falling back to lines. */
  wordCost: number;
  /** Same bounds for the line-level fallback. */
  lineProduct: number;
  lineCost: number;
  /** Bounds for refining one changed line hunk back to words. */
  hunkProduct: number;
  hunkCost: number;
}

// Sized for bodies of ~20 kB (≈ 8,000 tokens): the Myers trace is at most
// cost² integers (2,000² × 4 bytes = 16 MB), and the search time is bounded by
// (tokens × cost).
export const DEFAULT_DIFF_LIMITS: Readonly<DiffLimits> = {
  wordProduct: 100_000_000,
  wordCost: 2_000,
  lineProduct: 100_000_000,
  lineCost: 2_000,
  hunkProduct: 1_000_000,
  hunkCost: 500,
};

const LIST_MAX_COST = 2_000;

// A word (letters, digits, combining marks, underscore), a whitespace run, or a
// run of anything else (punctuation, symbols, Markdown markers).
const TOKEN_RE = /[\p{L}\p{N}\p{M}_]+|\s+|[^\p{L}\p{N}\p{M}_\s]+/gu;
const LINE_RE = /[^\n]*\n|[^\n]+/g;
const WHITESPACE_ONLY_RE = /^\s+$/;

export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export function splitLines(text: string): string[] {
  return text.match(LINE_RE) ?? [];
}

/** Maps equal strings to equal integers, so the diff loop compares numbers. */
class Interner {
  private readonly ids = new Map<string, number>();

  encode(values: readonly string[]): Int32Array {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      let id = this.ids.get(values[i]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(values[i], id);
      }
      out[i] = id;
    }
    return out;
  }
}

/** Appends, merging with the previous part when it is of the same kind. */
function pushPart(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function appendAll(target: DiffPart[], parts: readonly DiffPart[]): void {
  for (const part of parts) pushPart(target, part.kind, part.text);
}

/**
 * Diff of two token sequences, or null when over the given bounds. Common ends
 * are stripped first: typical edits touch a few places in a long body.
 */
function diffTokens(
  before: readonly string[],
  after: readonly string[],
  maxProduct: number,
  maxCost: number,
): DiffPart[] | null {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const middleBefore = before.slice(start, endBefore);
  const middleAfter = after.slice(start, endAfter);
  if (middleBefore.length * middleAfter.length > maxProduct) return null;

  const interner = new Interner();
  const script = shortestEditScript(
    interner.encode(middleBefore),
    interner.encode(middleAfter),
    maxCost,
  );
  if (script === null) return null;

  const parts: DiffPart[] = [];
  pushPart(parts, "same", before.slice(0, start).join(""));
  appendScript(parts, script, middleBefore, middleAfter);
  pushPart(parts, "same", before.slice(endBefore).join(""));
  return parts;
}

function appendScript(
  parts: DiffPart[],
  script: readonly EditOp[],
  before: readonly string[],
  after: readonly string[],
): void {
  let i = 0;
  let j = 0;
  for (const op of script) {
    if (op === SAME) {
      pushPart(parts, "same", before[i]);
      i++;
      j++;
    } else if (op === REMOVED) {
      pushPart(parts, "removed", before[i]);
      i++;
    } else if (op === ADDED) {
      pushPart(parts, "added", after[j]);
      j++;
    }
  }
}

/**
 * Readers follow "~~old phrase~~ new phrase" more easily than alternating
 * removed/added words, so a change run broken only by whitespace is regrouped
 * into one removal followed by one addition. Both texts still reconstruct.
 */
function groupChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let index = 0;
  while (index < parts.length) {
    if (parts[index].kind === "same") {
      pushPart(out, "same", parts[index].text);
      index++;
      continue;
    }
    let removed = "";
    let added = "";
    let end = index;
    for (;;) {
      const part = parts[end];
      if (part.kind === "removed") removed += part.text;
      else if (part.kind === "added") added += part.text;
      else {
        removed += part.text;
        added += part.text;
      }
      const next = parts[end + 1];
      const afterNext = parts[end + 2];
      if (next && next.kind !== "same") {
        end++;
      } else if (
        next &&
        WHITESPACE_ONLY_RE.test(next.text) &&
        afterNext &&
        afterNext.kind !== "same"
      ) {
        end++;
      } else {
        break;
      }
    }
    pushPart(out, "removed", removed);
    pushPart(out, "added", added);
    index = end + 1;
  }
  return out;
}

/** Line-level diff whose changed hunks are refined to words when small enough. */
function diffByLines(before: string, after: string, limits: DiffLimits): DiffPart[] | null {
  const lines = diffTokens(splitLines(before), splitLines(after), limits.lineProduct, limits.lineCost);
  if (lines === null) return null;
  // Grouped, every changed hunk is one removal followed by one addition.
  const lineParts = groupChanges(lines);
  const out: DiffPart[] = [];
  for (let index = 0; index < lineParts.length; index++) {
    const part = lineParts[index];
    const next = lineParts[index + 1];
    if (part.kind === "removed" && next?.kind === "added") {
      const refined = diffTokens(
        tokenizeWords(part.text),
        tokenizeWords(next.text),
        limits.hunkProduct,
        limits.hunkCost,
      );
      if (refined) {
        appendAll(out, groupChanges(refined));
      } else {
        pushPart(out, "removed", part.text);
        pushPart(out, "added", next.text);
      }
      index++;
    } else {
      pushPart(out, part.kind, part.text);
    }
  }
  return out;
}

function diffAsBlocks(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const parts: DiffPart[] = [];
  pushPart(parts, "removed", before);
  pushPart(parts, "added", after);
  return parts;
}

/** Text diff at the finest granularity the input size allows, saying which one. */
export function diffText(
  before: string,
  after: string,
  limits: Partial<DiffLimits> = {},
): TextDiff {
  const bounds: DiffLimits = { ...DEFAULT_DIFF_LIMITS, ...limits };
  if (before === after) return { granularity: "word", parts: diffAsBlocks(before, after) };

  const words = diffTokens(tokenizeWords(before), tokenizeWords(after), bounds.wordProduct, bounds.wordCost);
  if (words) return { granularity: "word", parts: groupChanges(words) };

  const lines = diffByLines(before, after, bounds);
  if (lines) return { granularity: "line", parts: lines };

  return { granularity: "block", parts: diffAsBlocks(before, after) };
}

/**
 * Word-level diff: concatenating the "same" and "removed" parts gives `before`,
 * the "same" and "added" parts give `after`. Adjacent parts never share a kind.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  return diffText(before, after).parts;
}

/**
 * Item-level diff of ordered lists (sources by URL, topics by slug). Items are
 * matched by `key`; a kept item is reported with its `after` version, so an
 * edited title on the same URL shows as the current title. A moved item shows as
 * removed then added. Within a run of changes, removals come before additions.
 */
export function diffLists<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): ListDiffPart<T>[] {
  const interner = new Interner();
  const script =
    shortestEditScript(interner.encode(before.map(key)), interner.encode(after.map(key)), LIST_MAX_COST) ??
    // Lists too different to be worth aligning: everything replaced.
    [...before.map((): EditOp => REMOVED), ...after.map((): EditOp => ADDED)];

  const out: ListDiffPart<T>[] = [];
  let removed: ListDiffPart<T>[] = [];
  let added: ListDiffPart<T>[] = [];
  const flushChanges = (): void => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  for (const op of script) {
    if (op === SAME) {
      flushChanges();
      out.push({ kind: "same", item: after[j] });
      i++;
      j++;
    } else if (op === REMOVED) {
      removed.push({ kind: "removed", item: before[i] });
      i++;
    } else {
      added.push({ kind: "added", item: after[j] });
      j++;
    }
  }
  flushChanges();
  return out;
}
