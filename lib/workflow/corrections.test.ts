import { describe, expect, it } from "vitest";
import { correctionRequirement, missingCorrectionNote } from "./corrections";
import { changedFields, EMPTY_CONTENT } from "./revision-content";

describe("the correction rule", () => {
  it("does not apply before the first publication", () => {
    const check = correctionRequirement(null, { verdict: "false", substantive: true });
    expect(check.reason).toBeNull();
    expect(missingCorrectionNote(check, null)).toBe(false);
  });

  it("requires a note when the verdict changes, naming both verdicts", () => {
    const check = correctionRequirement({ verdict: "unproven" }, { verdict: "false", substantive: false }, (v) => v.toUpperCase());
    expect(check.reason).toBe("verdict_changed");
    expect(check.message).toContain("“UNPROVEN” to “FALSE”");
    expect(missingCorrectionNote(check, "  ")).toBe(true);
    expect(missingCorrectionNote(check, "The report came out.")).toBe(false);
  });

  it("requires a note for an update marked substantive, not for a minor one", () => {
    expect(correctionRequirement({ verdict: "true" }, { verdict: "true", substantive: true }).reason).toBe("substantive");
    expect(correctionRequirement({ verdict: "true" }, { verdict: "true", substantive: false }).reason).toBeNull();
  });
});

describe("changedFields", () => {
  it("lists the fields that differ, sources and topics included", () => {
    const before = { ...EMPTY_CONTENT, claim: "A", summary: "S", sources: [{ url: "https://a.example", title: "A", publisher: null, accessedAt: null }] };
    const after = {
      ...before,
      summary: "S2",
      sources: [...before.sources, { url: "https://b.example", title: "B", publisher: "Pub", accessedAt: "2024-01-02" }],
      topics: [{ id: 1, slug: "health", nameFr: "Santé", nameEn: "Health" }],
    };
    expect(changedFields(before, after)).toEqual([
      { field: "summary", label: "Summary", before: "S", after: "S2" },
      { field: "sources", label: "Sources", before: "A · https://a.example", after: "A · https://a.example\nB · Pub · https://b.example · accessed 2024-01-02" },
      { field: "topics", label: "Topics", before: "", after: "Health / Santé" },
    ]);
    expect(changedFields(after, after)).toEqual([]);
  });
});
