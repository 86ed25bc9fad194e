import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("strips accents and punctuation", () => {
    expect(slugify("Les données de l'État « fuitent » !")).toBe("les-donnees-de-l-etat-fuitent");
  });
  it("cuts long claims on a word boundary", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("word")).toBe(true);
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!! ???")).toBe("entry");
    expect(slugify("🧪")).toBe("entry");
  });
  it("handles ligatures", () => {
    expect(slugify("Œuvre et cœur")).toBe("oeuvre-et-coeur");
  });
});
