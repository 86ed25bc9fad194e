import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import "../../globals.css";
import { SiteFooter } from "@/components/site/site-footer";
import { t } from "@/lib/i18n/dictionaries";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site/urls";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

type LocaleParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const m = t(locale);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${m.site.name} — ${m.site.tagline}`, template: `%s · ${m.site.name}` },
    description: m.site.description,
    applicationName: m.site.name,
  };
}

/**
 * Document, skip link and footer of every public page. The header is rendered by
 * each page through <PageShell> (components/site/page-shell.tsx), because its
 * language switcher must point at the page's own counterpart in the other
 * language (an entry's translation has another slug), which a layout cannot know.
 */
export default async function SiteLayout({ children, params }: LocaleParams & { children: React.ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900 focus:shadow focus:outline-2 focus:outline-blue-700"
        >
          {m.nav.skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
