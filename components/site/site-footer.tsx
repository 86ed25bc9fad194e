import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { type FeedFormat, paths } from "@/lib/site/urls";

const FORMATS: FeedFormat[] = ["rss", "atom", "json"];

function FeedLinks({ locale, label, path }: { locale: Locale; label: string; path: (format: FeedFormat) => string }) {
  const m = t(locale);
  const names: Record<FeedFormat, string> = { rss: m.feeds.rss, atom: m.feeds.atom, json: m.feeds.jsonFeed };
  return (
    <li>
      <span className="font-medium text-stone-800 dark:text-stone-200">{label}</span>
      <span className="mt-1 flex flex-wrap gap-x-3">
        {FORMATS.map((format) => (
          <a key={format} href={path(format)} className="underline decoration-stone-400 underline-offset-2 hover:decoration-current">
            <span className="sr-only">{label}, </span>
            {names[format]}
          </a>
        ))}
      </span>
    </li>
  );
}

export function SiteFooter({ locale }: { locale: Locale }) {
  const m = t(locale);
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 text-sm text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="font-serif text-base font-semibold text-stone-900 dark:text-white">
            {m.footer.aboutHeading}
          </h2>
          <p className="mt-2 max-w-prose leading-relaxed">{m.footer.text}</p>
          <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href={paths.correctionsPolicy(locale)} className="underline decoration-stone-400 underline-offset-2 hover:decoration-current">
                {m.footer.policyLink}
              </Link>
            </li>
            <li>
              <a href={paths.apiEntries()} className="underline decoration-stone-400 underline-offset-2 hover:decoration-current">
                {m.footer.openData}
              </a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-feeds">
          <h2 id="footer-feeds" className="font-serif text-base font-semibold text-stone-900 dark:text-white">
            {m.footer.feedsHeading}
          </h2>
          <p className="mt-2">{m.feeds.subscribeHint}</p>
          <ul className="mt-3 space-y-2">
            <FeedLinks locale={locale} label={m.footer.allFactChecks} path={(format) => paths.feed(locale, format)} />
            <FeedLinks locale={locale} label={m.nav.corrections} path={(format) => paths.correctionsFeed(locale, format)} />
          </ul>
        </section>
      </div>
      <p className="border-t border-stone-200 py-4 text-center text-xs text-stone-600 dark:border-stone-800 dark:text-stone-400">
        {interpolate(m.footer.copyright, { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
