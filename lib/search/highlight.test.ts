import { describe, expect, it } from "vitest";
import { endsMidSentence, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, parseHighlight, plainText } from "./highlight";

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

describe("extracts", () => {
  it("drop the marks for plain text and know when they stop mid-sentence", () => {
    expect(plainText(`les ${S}données${E} personnelles`)).toBe("les données personnelles");
    expect(endsMidSentence("les données personnelles")).toBe(true);
    expect(endsMidSentence("Faux. ")).toBe(false);
    expect(endsMidSentence("« Vrai ? »")).toBe(false);
  });
});
