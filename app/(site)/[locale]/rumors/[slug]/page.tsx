import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { getPublicEntry } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown/render";

export const dynamic = "force-dynamic";

function Withdrawn({ locale }: { locale: "fr" | "en" }) {
  const m = t(locale);
  return (
    <article data-testid="withdrawn">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">410</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{m.errors.gone.title}</h1>
      <p className="mt-4 text-lg">{m.errors.gone.body}</p>
      <p className="mt-6 flex gap-6">
        <Link href={`/${locale}`} className="underline">
          {m.errors.backHome}
        </Link>
        <Link href={`/${locale}/corrections`} className="underline">
          {m.nav.corrections}
        </Link>
      </p>
    </article>
  );
}

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const found = await getPublicEntry(locale, slug);
  if (found.status === "gone") return { title: t(locale).errors.gone.title, robots: { index: false } };
  if (found.status !== "found") return {};
  return { title: found.entry.claim, description: found.entry.summary };
}

export default async function EntryPage({ params }: Params) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const found = await getPublicEntry(locale, slug);
  const m = t(locale);
  // Reached through the proxy, which answers this with status 410 (see lib/entries/withdrawn-response.ts).
  if (found.status === "gone") return <Withdrawn locale={locale} />;
  if (found.status !== "found") notFound();
  const { entry } = found;
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">{m.entry.claim}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold leading-tight">{entry.claim}</h1>
      <p className="mt-4">
        <VerdictBadge verdict={entry.verdict} locale={locale} />
      </p>
      <p className="mt-4 text-lg">{entry.summary}</p>
      <p className="mt-2 text-sm text-stone-500">
        {interpolate(m.entry.publishedOn, { date: formatDate(entry.firstPublishedAt, locale) })}
        {entry.lastPublishedAt.getTime() !== entry.firstPublishedAt.getTime() ? (
          <> · {interpolate(m.entry.updatedOn, { date: formatDate(entry.lastPublishedAt, locale) })}</>
        ) : null}
      </p>
      {entry.corrections.length > 0 ? (
        <section aria-labelledby="corrections" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <h2 id="corrections" className="font-semibold">{m.entry.corrections}</h2>
          <ul className="mt-2 space-y-2" data-testid="corrections">
            {entry.corrections.map((correction) => (
              <li key={correction.publishedAt}>
                <p className="text-sm font-medium">{interpolate(m.entry.correctionOn, { date: formatDate(correction.publishedAt, locale) })}</p>
                {correction.previousVerdict && correction.previousVerdict !== correction.newVerdict ? (
                  <p className="text-sm">
                    {interpolate(m.entry.verdictChanged, { from: verdictLabel(locale, correction.previousVerdict), to: verdictLabel(locale, correction.newVerdict) })}
                  </p>
                ) : null}
                <p>{correction.note}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="prose mt-8 max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(entry.body) }} />
      <h2 className="mt-10 font-serif text-2xl font-semibold">{m.entry.sources}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {entry.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="nofollow noopener noreferrer" className="underline">
              {source.title}
            </a>
            {source.publisher ? <span className="text-stone-600 dark:text-stone-400"> — {source.publisher}</span> : null}
          </li>
        ))}
      </ol>
      {entry.topics.length > 0 ? (
        <p className="mt-8 text-sm">
          <span className="font-semibold">{m.entry.topics}:</span> {entry.topics.map((topic) => (locale === "fr" ? topic.nameFr : topic.nameEn)).join(", ")}
        </p>
      ) : null}
      {entry.translation ? (
        <p className="mt-4">
          <Link href={`/${entry.translation.locale}/rumors/${entry.translation.slug}`} hrefLang={entry.translation.locale} lang={entry.translation.locale} className="underline">
            {t(entry.translation.locale).languageSwitcher.readInThisLanguage}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
