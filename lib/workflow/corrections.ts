/**
 * When an update of a published answer is a public correction: its verdict
 * differs from the one readers saw, or the editor marked it substantive. Such
 * an update cannot be saved or published without a correction note.
 */
import type { Verdict } from "@/db/schema";

export type CorrectionReason = "verdict_changed" | "substantive";

export interface CorrectionCheck {
  /** Null: no note needed. */
  reason: CorrectionReason | null;
  message: string | null;
}

export function correctionRequirement(
  published: { verdict: Verdict } | null,
  revision: { verdict: Verdict; substantive: boolean },
  verdictLabel: (verdict: Verdict) => string = (verdict) => verdict,
): CorrectionCheck {
  if (!published) return { reason: null, message: null };
  if (published.verdict !== revision.verdict) {
    return {
      reason: "verdict_changed",
      message: `The verdict changes from “${verdictLabel(published.verdict)}” to “${verdictLabel(revision.verdict)}”: readers must be told why. Write a public correction note.`,
    };
  }
  if (revision.substantive) {
    return { reason: "substantive", message: "This update is marked substantive: write a public correction note saying what changed." };
  }
  return { reason: null, message: null };
}

/** True when a revision needs a note and has none. */
export function missingCorrectionNote(check: CorrectionCheck, note: string | null | undefined): boolean {
  return check.reason !== null && !note?.trim();
}
