import { describe, expect, it } from "vitest";
import { generateTipReference, parseTipReference, TIP_REFERENCE_PATTERN } from "./reference";

describe("tip references", () => {
  it("look like T-XXXXXX without ambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const reference = generateTipReference();
      expect(reference).toMatch(TIP_REFERENCE_PATTERN);
      expect(reference.slice(2)).not.toMatch(/[01IO]/);
    }
  });

  it("are parsed from what a person types, and nothing else", () => {
    expect(parseTipReference(" t-7k3q9p ")).toBe("T-7K3Q9P");
    expect(parseTipReference("7K3Q9P")).toBe("T-7K3Q9P");
    expect(parseTipReference("T-7K3Q9")).toBeNull();
    expect(parseTipReference("<script>")).toBeNull();
    expect(parseTipReference(undefined)).toBeNull();
  });
});
