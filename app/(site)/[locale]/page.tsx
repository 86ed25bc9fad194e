import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView, homeMetadata } from "@/components/site/home-view";
import { isLocale } from "@/lib/i18n/locales";

/**
 * The plain home page, as on-demand ISR: rendered on the first request, then served
 * from the full-page cache (lib/cache/page-cache-handler.js) until the locale's list
 * changes (a publish, an unpublish, a correction, a topic change), locally and in
 * every other process. Nothing is rendered at build (no database then). A rewrite
 * (lib/site/cached-pages.js) sends requests with list parameters (filters, pages) to ./browse instead, since a
 * static page cannot read them.
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? homeMetadata(locale, false) : {};
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeView locale={locale} searchParams={{}} />;
}
