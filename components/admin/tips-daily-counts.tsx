import Link from "next/link";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { getTipDailyCounts } from "@/lib/tips/queries";

/**
 * Dashboard card: tips waiting, and tips received per day over the last two
 * weeks (rumors and error reports). Renders nothing for accounts that may not
 * see tips. Usage in app/admin/page.tsx: `<TipsDailyCounts user={user} />`.
 */
export async function TipsDailyCounts({ user, days = 14 }: { user: Actor; days?: number }) {
  if (!can(user, "tips.view")) return null;
  const counts = await getTipDailyCounts(user, { days });
  const max = Math.max(1, ...counts.days.map((d) => d.rumors + d.errors));
  const total = counts.days.reduce((sum, d) => sum + d.rumors + d.errors, 0);
  return (
    <section aria-labelledby="tips-daily-heading" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900" data-testid="tips-daily-counts">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="tips-daily-heading" className="font-semibold">
          Readers&apos; tips
        </h2>
        <Link href="/admin/tips?status=new" className="text-sm text-blue-800 hover:underline dark:text-blue-300">
          <span className="text-2xl font-semibold" data-testid="tips-new-count">
            {counts.newCount}
          </span>{" "}
          new · {counts.openCount} open
        </Link>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {total} received in the last {days} days
      </p>
      <ol className="mt-3 flex h-24 items-end gap-1" aria-label={`Tips received per day, last ${days} days`}>
        {counts.days.map((day) => {
          const count = day.rumors + day.errors;
          const label = `${formatDate(day.day, "en")}: ${day.rumors} rumor${day.rumors === 1 ? "" : "s"}, ${day.errors} error report${day.errors === 1 ? "" : "s"}`;
          return (
            <li key={day.day} className="flex h-full flex-1 flex-col justify-end" title={label} data-day={day.day} data-count={count}>
              <span className="sr-only">{label}</span>
              {day.errors > 0 ? <span aria-hidden="true" className="block w-full bg-red-700" style={{ height: `${(day.errors / max) * 100}%` }} /> : null}
              {day.rumors > 0 ? <span aria-hidden="true" className="block w-full bg-blue-800" style={{ height: `${(day.rumors / max) * 100}%` }} /> : null}
              {count === 0 ? <span aria-hidden="true" className="block h-px w-full bg-stone-300 dark:bg-stone-700" /> : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex justify-between text-xs text-stone-500">
        <span>{counts.days[0] ? formatDate(counts.days[0].day, "en", "short") : null}</span>
        <span className="flex gap-3">
          <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-2 bg-blue-800" />rumors</span>
          <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-2 bg-red-700" />error reports</span>
        </span>
        <span>today</span>
      </p>
    </section>
  );
}
