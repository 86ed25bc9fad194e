import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import "../../globals.css";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/dictionaries";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const m = t(locale);
  return {
    metadataBase: new URL(process.env.SITE_URL || "http://localhost:3000"),
    title: { default: `${m.site.name} — ${m.site.tagline}`, template: `%s · ${m.site.name}` },
    description: m.site.description,
  };
}

export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {m.nav.skipToContent}
        </a>
        <header className="border-b border-stone-200 dark:border-stone-800">
          <div className="mx-auto flex max-w-4xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4">
            <Link href={`/${locale}`} className="font-serif text-2xl font-bold tracking-tight">
              {m.site.name}
            </Link>
            <nav aria-label={m.nav.label} className="flex gap-4 text-sm">
              <Link href={`/${locale}/corrections`} className="hover:underline">
                {m.nav.corrections}
              </Link>
            </nav>
          </div>
        </header>
        <main id="content" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 py-6 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p className="mx-auto max-w-4xl px-4">{m.footer.text}</p>
        </footer>
      </body>
    </html>
  );
}
