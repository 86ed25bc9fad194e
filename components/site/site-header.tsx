import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/site/urls";
import { type AlternateLink, LanguageSwitcher } from "./language-switcher";

export type Section = "home" | "search" | "corrections" | "report" | "other";

export function SiteHeader({ locale, alternate, current }: { locale: Locale; alternate: AlternateLink; current: Section }) {
  const m = t(locale);
  const items: { section: Section; href: string; label: string }[] = [
    { section: "home", href: paths.home(locale), label: m.nav.home },
    { section: "search", href: paths.search(locale), label: m.nav.search },
    { section: "corrections", href: paths.corrections(locale), label: m.nav.corrections },
  ];
  const linkClass = (active: boolean) =>
    `inline-block border-b-2 py-2 hover:border-stone-900 dark:hover:border-stone-100 ${
      active ? "border-blue-800 text-stone-950 dark:border-blue-300 dark:text-white" : "border-transparent text-stone-700 dark:text-stone-300"
    }`;
  return (
    <header className="border-t-4 border-blue-800 border-b border-b-stone-200 bg-white dark:border-t-blue-400 dark:border-b-stone-800 dark:bg-stone-950">
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        <div className="flex items-center justify-between gap-4 pt-4 pb-2 sm:pt-5">
          <div className="min-w-0">
            <Link href={paths.home(locale)} className="font-serif text-2xl font-bold tracking-tight text-stone-950 sm:text-3xl dark:text-white">
              {m.site.name}
            </Link>
            <p className="mt-0.5 hidden text-sm text-stone-600 sm:block dark:text-stone-400">{m.site.tagline}</p>
          </div>
          <LanguageSwitcher locale={locale} alternate={alternate} />
        </div>
        <nav aria-label={m.nav.label}>
          <ul className="-mb-px flex flex-wrap items-center gap-x-5 gap-y-1 text-sm font-medium sm:gap-x-7">
            {items.map((item) => (
              <li key={item.section}>
                <Link href={item.href} aria-current={current === item.section ? "page" : undefined} className={linkClass(current === item.section)}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li className="sm:ml-auto">
              <Link href={paths.report(locale)} aria-current={current === "report" ? "page" : undefined} className={linkClass(current === "report")}>
                <span aria-hidden="true" className="mr-1 text-blue-800 dark:text-blue-300">+</span>
                {m.nav.report}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
