import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { attribute, child, parseXml, strictXmlProblems, text } from "./test-support";
import {
  emptyElement,
  escapeXmlAttribute,
  escapeXmlText,
  parentElement,
  plainTextToHtml,
  removeForbiddenXmlChars,
  textElement,
} from "./xml";

/** XML 1.0 §2.2, written as plain comparisons so it does not share the library's regular expression. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function keepXmlChars(value: string): string {
  // for…of walks code points; a lone surrogate comes out alone, as D800–DFFF.
  let kept = "";
  for (const char of value) if (isXmlChar(char.codePointAt(0) ?? -1)) kept += char;
  return kept;
}

/** Any UTF-16 string: whole code points, including astral ones, mixed with arbitrary code units (lone surrogates). */
const anyString = fc.string({
  unit: fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom("<", ">", "&", '"', "'", "]]>", "\r", "\n", "\t", "<script>", "&amp;"),
  ),
  maxLength: 40,
});

describe("removeForbiddenXmlChars", () => {
  it("drops C0 controls other than tab, line feed and carriage return", () => {
    expect(removeForbiddenXmlChars("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff")).toBe("abcdef");
    expect(removeForbiddenXmlChars("a\tb\nc\rd")).toBe("a\tb\nc\rd");
  });

  it("drops U+FFFE, U+FFFF and lone surrogates, keeps surrogate pairs", () => {
    expect(removeForbiddenXmlChars("x\uFFFEy\uFFFFz")).toBe("xyz");
    expect(removeForbiddenXmlChars("\uD800a\uDC00b\uDBFF")).toBe("ab");
    expect(removeForbiddenXmlChars("🧪👍🏽")).toBe("🧪👍🏽");
  });

  it("keeps right-to-left text and its directional marks", () => {
    const rtl = "\u200Fهذه شائعة\u200E — שמועה";
    expect(removeForbiddenXmlChars(rtl)).toBe(rtl);
  });

  it("keeps exactly the characters XML 1.0 allows", () => {
    fc.assert(fc.property(anyString, (value) => removeForbiddenXmlChars(value) === keepXmlChars(value)));
  });
});

describe("escapeXmlText and escapeXmlAttribute", () => {
  it("escape the five markup characters", () => {
    expect(escapeXmlText(`& " ' < >`)).toBe("&amp; &quot; &apos; &lt; &gt;");
    expect(escapeXmlAttribute(`& " ' < >`)).toBe("&amp; &quot; &apos; &lt; &gt;");
  });

  it("escape a CDATA terminator so it cannot appear", () => {
    expect(escapeXmlText("]]>")).toBe("]]&gt;");
  });

  it("protect line breaks from the normalisation parsers apply", () => {
    expect(escapeXmlText("a\r\nb\tc")).toBe("a&#13;\nb\tc");
    expect(escapeXmlAttribute("a\r\nb\tc")).toBe("a&#13;&#10;b&#9;c");
  });

  it("round-trip any string through an element's text", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const xml = `<doc>${textElement("t", value)}</doc>`;
        expect(strictXmlProblems(xml)).toEqual([]);
        expect(text(child(child(parseXml(xml, []), "doc"), "t"))).toBe(keepXmlChars(value));
      }),
    );
  });

  it("round-trip any string through an attribute", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const xml = `<doc>${emptyElement("t", { a: value })}</doc>`;
        expect(strictXmlProblems(xml)).toEqual([]);
        expect(attribute(child(child(parseXml(xml, []), "doc"), "t"), "a") ?? "").toBe(keepXmlChars(value));
      }),
    );
  });
});

describe("plainTextToHtml", () => {
  it("makes markup characters show as text", () => {
    expect(plainTextToHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;",
    );
  });
});

describe("element builders", () => {
  it("leave out undefined attributes and empty children", () => {
    expect(emptyElement("link", { rel: "self", type: undefined, href: "https://x.example/?a=1&b=2" })).toBe(
      '<link rel="self" href="https://x.example/?a=1&amp;b=2"/>',
    );
    expect(parentElement("p", {}, [textElement("a", "1"), undefined, false, "", textElement("b", "<2>")])).toBe(
      "<p>\n<a>1</a>\n<b>&lt;2&gt;</b>\n</p>",
    );
  });
});
