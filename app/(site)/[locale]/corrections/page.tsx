import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/site/page-shell";
import { listCorrections } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale, otherLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

export const dynamic = "force-dynamic";

/** How many corrections the page lists; the corrections feeds carry the same history for machines. */
const CORRECTIONS_SHOWN = 200;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const m = t(locale);
  return pageMetadata({
    locale,
    path: paths.corrections(locale),
    title: m.correctionsPage.title,
    description: m.correctionsPage.intro,
    languages: { fr: paths.corrections("fr"), en: paths.corrections("en") },
    feeds: [{ title: m.feeds.correctionsTitle, path: (format) => paths.correctionsFeed(locale, format) }],
  });
}

export default async function CorrectionsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  const corrections = await listCorrections(locale, CORRECTIONS_SHOWN);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} current="corrections" alternate={{ locale: other, href: paths.corrections(other), isTranslation: true }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{m.correctionsPage.title}</h1>
        <p className="mt-3 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{m.correctionsPage.intro}</p>
        <p className="mt-3">
          <Link href={paths.correctionsPolicy(locale)} className="font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300">
            {m.nav.correctionsPolicy}
          </Link>
        </p>
        {corrections.length === 0 ? (
          <p role="status" className="mt-10 text-stone-700 dark:text-stone-300">
            {m.correctionsPage.none}
          </p>
        ) : (
          <ol className="mt-10 space-y-8" data-testid="corrections-list">
            {corrections.map((correction) => (
              <li key={correction.id} className="border-l-4 border-amber-400 pl-5">
                <p className="text-sm font-semibold text-stone-600 dark:text-stone-400">
                  <time dateTime={correction.publishedAt}>{interpolate(m.correctionsPage.correctedOn, { date: formatDate(correction.publishedAt, locale) })}</time>
                </p>
                <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">
                  <Link href={paths.entry(locale, correction.entrySlug)} className="hover:underline">
                    {correction.claim}
                  </Link>
                </h2>
                {correction.previousVerdict && correction.previousVerdict !== correction.newVerdict ? (
                  <p className="mt-2 text-sm font-semibold" data-testid="verdict-change">
                    {interpolate(m.correctionsPage.verdictChange, {
                      from: verdictLabel(locale, correction.previousVerdict),
                      to: verdictLabel(locale, correction.newVerdict),
                    })}
                  </p>
                ) : null}
                <p className="mt-2 leading-relaxed">{correction.note}</p>
                <p className="mt-2 text-sm">
                  <Link href={paths.entry(locale, correction.entrySlug)} className="underline underline-offset-2">
                    {m.correctionsPage.readEntry}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </PageShell>
  );
}
