import type { Locale, Verdict } from "@/db/schema";
import { verdictLabel } from "@/lib/i18n/dictionaries";

/** Colour and text together: the verdict never depends on colour alone. */
const STYLES: Record<Verdict, string> = {
  false: "bg-red-700 text-white",
  misleading: "bg-orange-700 text-white",
  "missing-context": "bg-amber-300 text-stone-950",
  unproven: "bg-stone-600 text-white",
  true: "bg-green-700 text-white",
};

export function VerdictBadge({ verdict, locale }: { verdict: Verdict; locale: Locale }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${STYLES[verdict]}`} data-verdict={verdict}>
      {verdictLabel(locale, verdict)}
    </span>
  );
}
