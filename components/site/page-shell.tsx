import type { Locale } from "@/lib/i18n/locales";
import type { AlternateLink } from "./language-switcher";
import { type Section, SiteHeader } from "./site-header";

/**
 * Header and main landmark of a public page. Each page passes its counterpart in
 * the other language, which the layout cannot know (an entry's translation has
 * its own slug).
 */
export function PageShell({
  locale,
  alternate,
  current = "other",
  children,
}: {
  locale: Locale;
  alternate: AlternateLink;
  current?: Section;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternate={alternate} current={current} />
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
