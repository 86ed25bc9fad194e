import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { listCorrections } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: t(locale).correctionsPage.title } : {};
}

/** Every public correction, newest first. */
export default async function CorrectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  const items = await listCorrections(locale);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{m.correctionsPage.title}</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{m.correctionsPage.intro}</p>
      {items.length === 0 ? <p className="mt-6">{m.correctionsPage.none}</p> : null}
      <ol className="mt-6 divide-y divide-stone-200 dark:divide-stone-800" data-testid="corrections-list">
        {items.map((item) => (
          <li key={item.id} className="py-5">
            <p className="text-sm text-stone-500">
              <time dateTime={item.publishedAt}>{interpolate(m.correctionsPage.correctedOn, { date: formatDate(item.publishedAt, locale) })}</time>
            </p>
            <h2 className="mt-1 font-serif text-xl font-semibold">
              <Link href={`/${locale}/rumors/${item.entrySlug}`} className="hover:underline">
                {item.claim}
              </Link>
            </h2>
            {item.previousVerdict && item.previousVerdict !== item.newVerdict ? (
              <p className="mt-2 text-sm">
                {interpolate(m.correctionsPage.verdictChange, { from: verdictLabel(locale, item.previousVerdict), to: verdictLabel(locale, item.newVerdict) })}{" "}
                <VerdictBadge verdict={item.newVerdict} locale={locale} />
              </p>
            ) : null}
            <p className="mt-2">{item.note}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
