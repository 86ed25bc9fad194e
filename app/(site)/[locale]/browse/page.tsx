import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView, homeMetadata } from "@/components/site/home-view";
import { isLocale } from "@/lib/i18n/locales";
import type { RawSearchParams } from "@/lib/site/list-params";

/**
 * The home page with list parameters (`/fr?verdict=false`, `/fr?cursor=…`), rendered
 * per request: next.config.js rewrites such requests here (lib/site/cached-pages.js), so the address readers see and
 * share stays `/{locale}?…`. Never indexed; its canonical is the plain home page.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? homeMetadata(locale, true) : {};
}

export default async function HomeListPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeView locale={locale} searchParams={await searchParams} />;
}
