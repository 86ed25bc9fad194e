import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import { type Locale, otherLocale } from "@/lib/i18n/locales";
import { paths } from "@/lib/site/urls";
import { PageShell } from "./page-shell";
import { SearchForm } from "./search-form";

export function NotFoundView({ locale }: { locale: Locale }) {
  const m = t(locale);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: paths.home(other), isTranslation: false }}>
      <div className="mx-auto max-w-2xl py-8" data-testid="not-found">
        <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">404</p>
        <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">{m.errors.notFound.title}</h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{m.errors.notFound.body}</p>
        <div className="mt-8">
          <SearchForm locale={locale} />
        </div>
        <p className="mt-8">
          <Link href={paths.home(locale)} className="btn-secondary">
            {m.errors.backHome}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
