import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/site/page-shell";
import { WithdrawnNotice } from "@/components/site/withdrawn-notice";
import { t } from "@/lib/i18n/dictionaries";
import { isLocale, otherLocale } from "@/lib/i18n/locales";
import { WITHDRAWN_HEADER } from "@/lib/site/withdrawn";
import { paths } from "@/lib/site/urls";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: t(locale).errors.gone.title, robots: { index: false, follow: true } };
}

/**
 * The page shown, with HTTP 410, at the address of a withdrawn entry: proxy.ts
 * rewrites such requests here (a page cannot set a 410 itself). Requested
 * directly, this address does not exist.
 */
export default async function WithdrawnPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale) || (await headers()).get(WITHDRAWN_HEADER) !== "1") notFound();
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: paths.home(other), isTranslation: false }}>
      <WithdrawnNotice locale={locale} />
    </PageShell>
  );
}
