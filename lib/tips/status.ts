/**
 * The life of a tip, as one explicit state machine:
 *
 *   new ──start──▶ in_progress
 *   new | in_progress ──dismiss (with a reason)──▶ dismissed ──reopen──▶ new
 *   new | in_progress ──convert──▶ converted      (a rumor becomes a draft entry)
 *   new | in_progress ──resolve──▶ converted      (an error report is handled on its entry)
 *
 * Who may act is decided by lib/auth/permissions.ts (`tips.triage`).
 */
import type { TipKind } from "./form";

export const TIP_STATUS_VALUES = ["new", "in_progress", "dismissed", "converted"] as const;
export type TipStatus = (typeof TIP_STATUS_VALUES)[number];

export type TipTransition = "start" | "dismiss" | "reopen" | "convert" | "resolve";

const TRANSITIONS: Record<TipTransition, { from: readonly TipStatus[]; to: TipStatus; kinds: readonly TipKind[] }> = {
  start: { from: ["new"], to: "in_progress", kinds: ["rumor", "error"] },
  dismiss: { from: ["new", "in_progress"], to: "dismissed", kinds: ["rumor", "error"] },
  reopen: { from: ["dismissed"], to: "new", kinds: ["rumor", "error"] },
  convert: { from: ["new", "in_progress"], to: "converted", kinds: ["rumor"] },
  resolve: { from: ["new", "in_progress"], to: "converted", kinds: ["error"] },
};

export function isTipStatus(value: unknown): value is TipStatus {
  return typeof value === "string" && (TIP_STATUS_VALUES as readonly string[]).includes(value);
}

/** The status after `transition`, or null when it does not apply to a tip of this kind and status. */
export function nextTipStatus(tip: { kind: TipKind; status: TipStatus }, transition: TipTransition): TipStatus | null {
  const rule = TRANSITIONS[transition];
  return rule.kinds.includes(tip.kind) && rule.from.includes(tip.status) ? rule.to : null;
}

/** Open tips still need an editor. */
export function isOpenTipStatus(status: TipStatus): boolean {
  return status === "new" || status === "in_progress";
}

/** Labels of the admin (English, like the rest of the newsroom). `converted` reads differently per kind. */
export function tipStatusLabel(status: TipStatus, kind?: TipKind): string {
  switch (status) {
    case "new":
      return "New";
    case "in_progress":
      return "In progress";
    case "dismissed":
      return "Dismissed";
    case "converted":
      return kind === "error" ? "Handled" : kind === "rumor" ? "Turned into an entry" : "Turned into an entry / handled";
  }
}
