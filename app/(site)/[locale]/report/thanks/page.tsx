import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { t } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import { PageShell } from "@/components/site/page-shell";
import { paths } from "@/lib/site/urls";
import { isLocale, otherLocale } from "@/lib/i18n/locales";
import { TIP_REFERENCE_PATTERN } from "@/lib/tips/reference";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: t(locale).report.confirmation.title, robots: { index: false } };
}

/**
 * Where a report lands after Post/Redirect/Get. It shows the reference and
 * nothing else: never the text of this report, nor anything about any other.
 */
export default async function ReportThanksPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const reference = (await searchParams).ref;
  if (typeof reference !== "string" || !TIP_REFERENCE_PATTERN.test(reference)) notFound();
  const m = t(locale).report.confirmation;
  const [before, after] = m.body.split("{reference}");
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} current="report" alternate={{ locale: other, href: paths.report(other), isTranslation: true }}>
      <div className="max-w-2xl" role="status">
        <h1 className="font-serif text-3xl font-bold">{m.title}</h1>
        <p className="mt-4 text-lg">
          {after === undefined ? (
            interpolate(m.body, { reference })
          ) : (
            <>
              {before}
              <strong className="font-mono tracking-wider" data-testid="tip-reference">
                {reference}
              </strong>
              {after}
            </>
          )}
        </p>
        <p className="mt-8">
          <Link href={`/${locale}/report`} className="btn-secondary">
            {m.another}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
