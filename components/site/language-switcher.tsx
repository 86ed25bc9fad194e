import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export interface AlternateLink {
  locale: Locale;
  href: string;
  /** True when `href` is this very page in the other language, not just that language's home. */
  isTranslation: boolean;
}

/**
 * Link to the other language, named in that language (`lang` set so screen
 * readers switch voice). It lands on this page's counterpart when there is one.
 */
export function LanguageSwitcher({ locale, alternate }: { locale: Locale; alternate: AlternateLink }) {
  const target = t(alternate.locale).languageSwitcher;
  return (
    <p className="text-sm">
      <span className="sr-only">{t(locale).languageSwitcher.label}: </span>
      <Link
        href={alternate.href}
        hrefLang={alternate.locale}
        lang={alternate.locale}
        data-testid="language-switcher"
        data-translation={alternate.isTranslation ? "true" : "false"}
        className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 px-3 py-1 font-medium text-stone-800 hover:border-stone-500 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-stone-600 dark:text-stone-100 dark:hover:bg-stone-800"
      >
        <span aria-hidden="true" className="text-xs font-bold uppercase text-stone-500 dark:text-stone-400">
          {alternate.locale}
        </span>
        {target.languageName}
      </Link>
    </p>
  );
}
