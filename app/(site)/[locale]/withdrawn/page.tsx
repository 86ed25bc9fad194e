import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/site/page-shell";
import { WithdrawnNotice } from "@/components/site/withdrawn-notice";
import { t } from "@/lib/i18n/dictionaries";
import { isLocale, otherLocale } from "@/lib/i18n/locales";
import { singleValue, type RawSearchParams } from "@/lib/site/list-params";
import { isWithdrawn } from "@/lib/site/withdrawn";
import { paths } from "@/lib/site/urls";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: t(locale).errors.gone.title, robots: { index: false, follow: true } };
}

/**
 * The page served, with HTTP 410, at the address of a withdrawn entry: proxy.ts
 * rewrites such requests here (a page cannot answer 410 itself). For anything
 * but a withdrawn entry, this address does not exist.
 */
export default async function WithdrawnPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const entry = singleValue(await searchParams, "entry");
  if (!isLocale(locale) || !entry.ok || !entry.value || !(await isWithdrawn(locale, entry.value))) notFound();
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: paths.home(other), isTranslation: false }}>
      <WithdrawnNotice locale={locale} />
    </PageShell>
  );
}
