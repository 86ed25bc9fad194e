import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getPublicEntry } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { PageShell } from "@/components/site/page-shell";
import { paths } from "@/lib/site/urls";
import { isLocale, type Locale, otherLocale } from "@/lib/i18n/locales";
import { TIP_LIMITS } from "@/lib/tips/fields";
import { issueFormToken } from "@/lib/tips/form-token";
import { EMPTY_TIP_VALUES } from "./form-state";
import { ReportForm } from "./report-form";

// Every render signs a fresh time-to-submit token.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The published entry named by `?entry=`, for "report an error"; anything else is a rumor report. */
async function reportedEntry(locale: Locale, value: string | string[] | undefined) {
  if (typeof value !== "string" || value.length === 0 || value.length > TIP_LIMITS.entrySlug) return null;
  const found = await getPublicEntry(locale, value);
  return found.status === "found" ? found.entry : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const entry = await reportedEntry(locale, (await searchParams).entry);
  const m = t(locale).report;
  return { title: entry ? m.errorTitle : m.title, robots: entry ? { index: false } : undefined };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const entry = await reportedEntry(locale, (await searchParams).entry);
  const m = t(locale).report;
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} current="report" alternate={{ locale: other, href: paths.report(other), isTranslation: true }}>
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold">{entry ? m.errorTitle : m.title}</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{entry ? m.errorIntro : m.intro}</p>
        {entry ? (
          <div className="mt-6 rounded-md border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900" data-testid="reported-entry">
            <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">{m.entryLabel}</p>
            <p className="mt-1 font-serif text-lg">
              <Link href={`/${locale}/rumors/${entry.slug}`} className="underline">
                {entry.claim}
              </Link>
            </p>
          </div>
        ) : null}
        <ReportForm
          locale={locale}
          messages={m}
          entrySlug={entry ? entry.slug : null}
          initialState={{ values: EMPTY_TIP_VALUES, fieldErrors: {}, formError: null, token: issueFormToken(resolveAuthSecret()) }}
        />
      </div>
    </PageShell>
  );
}
