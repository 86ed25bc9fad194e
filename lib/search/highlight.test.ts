import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, parseHighlight } from "./highlight";

describe("parseHighlight", () => {
  it("splits marked runs from plain text", () => {
    expect(parseHighlight(`les ${S}données${E} et ${S}vaccins${E}.`)).toEqual([
      { text: "les ", highlighted: false },
      { text: "données", highlighted: true },
      { text: " et ", highlighted: false },
      { text: "vaccins", highlighted: true },
      { text: ".", highlighted: false },
    ]);
  });

  it("keeps markup as text, for the page to escape", () => {
    expect(parseHighlight(`<b>${S}x${E}</b>`)).toEqual([
      { text: "<b>", highlighted: false },
      { text: "x", highlighted: true },
      { text: "</b>", highlighted: false },
    ]);
  });

  it("tolerates unbalanced or adjacent marks", () => {
    expect(parseHighlight(`${S}a${E}${S}b${E}`)).toEqual([{ text: "ab", highlighted: true }]);
    expect(parseHighlight(`a${E}b${S}c`)).toEqual([
      { text: "ab", highlighted: false },
      { text: "c", highlighted: true },
    ]);
    expect(parseHighlight("")).toEqual([]);
  });
});
