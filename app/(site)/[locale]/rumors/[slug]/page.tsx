import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { getPublicEntry } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown/render";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const found = await getPublicEntry(locale, slug);
  if (found.status !== "found") return {};
  return { title: found.entry.claim, description: found.entry.summary };
}

export default async function EntryPage({ params }: Params) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const found = await getPublicEntry(locale, slug);
  if (found.status !== "found") notFound();
  const { entry } = found;
  const m = t(locale);
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
      </p>
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
    </article>
  );
}
