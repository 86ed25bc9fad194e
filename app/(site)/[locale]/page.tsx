import Link from "next/link";
import { notFound } from "next/navigation";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { listPublishedEntries } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  const page = await listPublishedEntries({ locale, limit: 20 });
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{m.list.latest}</h1>
      {page.items.length === 0 ? <p className="mt-6">{m.list.noEntries}</p> : null}
      <ul className="mt-6 divide-y divide-stone-200 dark:divide-stone-800">
        {page.items.map((item) => (
          <li key={item.id} className="py-5">
            <VerdictBadge verdict={item.verdict} locale={locale} />
            <h2 className="mt-2 font-serif text-xl font-semibold">
              <Link href={`/${locale}/rumors/${item.slug}`} className="hover:underline">
                {item.claim}
              </Link>
            </h2>
            <p className="mt-1 text-stone-700 dark:text-stone-300">{item.summary}</p>
            <p className="mt-1 text-sm text-stone-500">
              <time dateTime={item.firstPublishedAt.toISOString()}>{formatDate(item.firstPublishedAt, locale)}</time>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
