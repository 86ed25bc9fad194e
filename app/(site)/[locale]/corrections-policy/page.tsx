import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/site/page-shell";
import { t } from "@/lib/i18n/dictionaries";
import { isLocale, otherLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

// Dynamic so that canonical and alternate URLs use the SITE_URL of the running server, not of the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const m = t(locale);
  return pageMetadata({
    locale,
    path: paths.correctionsPolicy(locale),
    title: m.correctionsPolicy.title,
    description: m.correctionsPolicy.intro,
    languages: { fr: paths.correctionsPolicy("fr"), en: paths.correctionsPolicy("en") },
  });
}

export default async function CorrectionsPolicyPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: paths.correctionsPolicy(other), isTranslation: true }}>
      <article className="mx-auto max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{m.correctionsPolicy.title}</h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{m.correctionsPolicy.intro}</p>
        {m.correctionsPolicy.sections.map((section) => (
          <section key={section.heading} className="mt-10">
            <h2 className="font-serif text-2xl font-semibold">{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="mt-4 font-serif text-[1.0625rem] leading-[1.75] text-stone-800 sm:text-lg dark:text-stone-200">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
        <p className="mt-12 flex flex-wrap gap-4">
          <Link href={paths.corrections(locale)} className="btn-primary">
            {m.nav.corrections}
          </Link>
          <Link href={paths.report(locale)} className="btn-secondary">
            {m.nav.report}
          </Link>
        </p>
      </article>
    </PageShell>
  );
}
