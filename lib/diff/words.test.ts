import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADDED, REMOVED, SAME, shortestEditScript } from "./myers";
import { type DiffPart, diffLists, diffText, diffWords, tokenizeWords } from "./words";

function reconstruct(parts: readonly DiffPart[]): { before: string; after: string } {
  let before = "";
  let after = "";
  for (const part of parts) {
    if (part.kind !== "added") before += part.text;
    if (part.kind !== "removed") after += part.text;
  }
  return { before, after };
}

function expectWellFormed(parts: readonly DiffPart[], before: string, after: string): void {
  expect(reconstruct(parts)).toEqual({ before, after });
  for (let i = 0; i < parts.length; i++) {
    expect(parts[i].text).not.toBe("");
    if (i > 0) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
  }
}

/** Length of the longest common subsequence, by the textbook table. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table[a.length][b.length];
}

/** A deterministic pseudo-random prose generator, for large inputs. */
function prose(seed: number, words: number): string {
  const vocabulary = [
    "le", "la", "rumeur", "affirme", "que", "gouvernement", "a", "publié", "des", "données",
    "the", "claim", "says", "agency", "shared", "records", "with", "officials", "in", "2024",
  ];
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(vocabulary[state % vocabulary.length]);
    if (i % 12 === 11) out.push(i % 48 === 47 ? ".\n\n" : ",");
  }
  return out.join(" ");
}

describe("tokenizeWords", () => {
  it("splits words, whitespace runs and punctuation runs, keeping every character", () => {
    expect(tokenizeWords("L'électeur a dit : « non ! »")).toEqual([
      "L", "'", "électeur", " ", "a", " ", "dit", " ", ":", " ", "«", " ", "non", " ", "!", " ", "»",
    ]);
    expect(tokenizeWords("**bold**  text...")).toEqual(["**", "bold", "**", "  ", "text", "..."]);
    expect(tokenizeWords("")).toEqual([]);
  });
});

describe("diffWords", () => {
  it("reports identical and empty texts", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
    expect(diffWords("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(diffWords("old", "")).toEqual([{ kind: "removed", text: "old" }]);
  });

  it("finds an inserted word", () => {
    expect(diffWords("The claim is false.", "The viral claim is false.")).toEqual([
      { kind: "same", text: "The " },
      { kind: "added", text: "viral " },
      { kind: "same", text: "claim is false." },
    ]);
  });

  it("finds a replaced word with removal before addition", () => {
    expect(diffWords("The claim is false.", "The claim is misleading.")).toEqual([
      { kind: "same", text: "The claim is " },
      { kind: "removed", text: "false" },
      { kind: "added", text: "misleading" },
      { kind: "same", text: "." },
    ]);
  });

  it("groups a rewritten phrase instead of alternating word by word", () => {
    expect(diffWords("the quick brown fox", "the slow red fox")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "quick brown" },
      { kind: "added", text: "slow red" },
      { kind: "same", text: " fox" },
    ]);
  });

  it("treats accented words as whole words", () => {
    expect(diffWords("Les électeurs ont voté.", "Les électrices ont voté.")).toEqual([
      { kind: "same", text: "Les " },
      { kind: "removed", text: "électeurs" },
      { kind: "added", text: "électrices" },
      { kind: "same", text: " ont voté." },
    ]);
  });

  it("always reconstructs both texts, with merged parts (property)", () => {
    const word = fc.constantFrom("a", "b", "c", "rumeur", "faux", " ", "  ", "\n", ".", ", ", "é", "🙂");
    const text = fc.array(word, { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expectWellFormed(diffWords(before, after), before, after);
      }),
      { numRuns: 1000 },
    );
  });

  it("diffs a 20 kB body with a few edits word by word", () => {
    const before = prose(1, 4_600);
    expect(before.length).toBeGreaterThan(20_000);
    const paragraphs = before.split("\n\n");
    const middle = Math.floor(paragraphs.length / 2);
    const firstWords = paragraphs[0].split(" ");
    const replaced = firstWords[4];
    firstWords[4] = "ministère";
    paragraphs[0] = firstWords.join(" ");
    paragraphs[middle] = `${paragraphs[middle]} Editor's note added`;
    const after = `Update: ${paragraphs.join("\n\n")}`;
    const result = diffText(before, after);
    expect(result.granularity).toBe("word");
    expectWellFormed(result.parts, before, after);
    const changes = result.parts.filter((p) => p.kind !== "same");
    expect(changes).toEqual([
      { kind: "added", text: "Update: " },
      { kind: "removed", text: replaced },
      { kind: "added", text: "ministère" },
      { kind: "added", text: " Editor's note added" },
    ]);
  });

  it("falls back to lines for two unrelated 20 kB bodies, still reconstructing both", () => {
    const before = prose(2, 4_600);
    const after = prose(3, 4_600);
    const result = diffText(before, after);
    expect(result.granularity).toBe("line");
    expectWellFormed(result.parts, before, after);
  });

  it("refines a changed line back to words in the line-level fallback", () => {
    const before = "line one\nline two stays\nline three\n";
    const after = "line one\nline 2 stays\nline three\n";
    const result = diffText(before, after, { wordCost: 0 });
    expect(result.granularity).toBe("line");
    expect(result.parts).toEqual([
      { kind: "same", text: "line one\nline " },
      { kind: "removed", text: "two" },
      { kind: "added", text: "2" },
      { kind: "same", text: " stays\nline three\n" },
    ]);
  });

  it("falls back to the whole block when even lines are out of bounds", () => {
    const result = diffText("a\nb\nc", "a\nx\nc", { wordProduct: 0, lineProduct: 0 });
    expect(result).toEqual({
      granularity: "block",
      parts: [
        { kind: "removed", text: "a\nb\nc" },
        { kind: "added", text: "a\nx\nc" },
      ],
    });
  });
});

describe("shortestEditScript", () => {
  it("is a minimal edit script (property, against a textbook LCS)", () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 25 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const script = shortestEditScript(a, b, Infinity);
        expect(script).not.toBeNull();
        const ops = script ?? [];
        const cost = ops.filter((op) => op !== SAME).length;
        expect(cost).toBe(a.length + b.length - 2 * lcsLength(a, b));
        // Replaying the script consumes both sequences exactly, matching on SAME.
        let i = 0;
        let j = 0;
        for (const op of ops) {
          if (op === SAME) expect(a[i++]).toBe(b[j++]);
          else if (op === REMOVED) i++;
          else if (op === ADDED) j++;
        }
        expect([i, j]).toEqual([a.length, b.length]);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives up past its cost budget", () => {
    expect(shortestEditScript([1, 2, 3], [4, 5, 6], 5)).toBeNull();
    expect(shortestEditScript([1, 2, 3], [4, 5, 6], 6)).toHaveLength(6);
  });
});

describe("diffLists", () => {
  interface Source {
    url: string;
    title: string;
  }
  const byUrl = (source: Source): string => source.url;
  const a = { url: "https://a.example", title: "A" };
  const b = { url: "https://b.example", title: "B" };
  const c = { url: "https://c.example", title: "C" };
  const d = { url: "https://d.example", title: "D" };

  it("reports kept, added and removed items in order", () => {
    expect(diffLists([a, b, c], [a, c, d], byUrl)).toEqual([
      { kind: "same", item: a },
      { kind: "removed", item: b },
      { kind: "same", item: c },
      { kind: "added", item: d },
    ]);
  });

  it("puts removals before additions within a change", () => {
    expect(diffLists([a, b], [a, c], byUrl)).toEqual([
      { kind: "same", item: a },
      { kind: "removed", item: b },
      { kind: "added", item: c },
    ]);
  });

  it("matches by key and reports the current version of a kept item", () => {
    const renamed = { url: a.url, title: "A, renamed" };
    expect(diffLists([a], [renamed], byUrl)).toEqual([{ kind: "same", item: renamed }]);
  });

  it("handles empty lists and topic slugs", () => {
    expect(diffLists<string>([], [], (s) => s)).toEqual([]);
    expect(diffLists(["health"], [], (s) => s)).toEqual([{ kind: "removed", item: "health" }]);
    expect(diffLists([], ["elections"], (s) => s)).toEqual([{ kind: "added", item: "elections" }]);
  });

  it("keeps every item of both lists (property)", () => {
    const list = fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 15 });
    fc.assert(
      fc.property(list, list, (before, after) => {
        const parts = diffLists(before, after, (s) => s);
        expect(parts.filter((p) => p.kind !== "added").map((p) => p.item)).toEqual(before);
        expect(parts.filter((p) => p.kind !== "removed").map((p) => p.item)).toEqual(after);
      }),
    );
  });
});
