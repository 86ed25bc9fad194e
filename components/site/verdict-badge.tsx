import type { Locale, Verdict } from "@/db/schema";
import { verdictLabel } from "@/lib/i18n/dictionaries";

/**
 * Colour, symbol and text together: the verdict never depends on colour alone
 * (the symbol is decorative; the text is what assistive technology reads).
 * Every pairing has at least 4.5:1 contrast, in light and dark mode alike.
 */
const STYLES: Record<Verdict, string> = {
  false: "bg-red-700 text-white",
  misleading: "bg-orange-700 text-white",
  "missing-context": "bg-amber-300 text-stone-950",
  unproven: "bg-stone-600 text-white",
  true: "bg-green-700 text-white",
};

const SYMBOLS: Record<Verdict, string> = {
  false: "✕",
  misleading: "!",
  "missing-context": "…",
  unproven: "?",
  true: "✓",
};

export function VerdictBadge({ verdict, locale, size = "small" }: { verdict: Verdict; locale: Locale; size?: "small" | "large" }) {
  const sizing = size === "large" ? "gap-2 px-3 py-1.5 text-base" : "gap-1.5 px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-flex items-center rounded font-bold uppercase tracking-wide ${sizing} ${STYLES[verdict]}`}
      data-verdict={verdict}
    >
      <span aria-hidden="true">{SYMBOLS[verdict]}</span>
      <span>{verdictLabel(locale, verdict)}</span>
    </span>
  );
}
