import type { Metadata } from "next";
import { TopicView, topicMetadata } from "@/components/site/topic-view";

/**
 * The plain topic page, as on-demand ISR (like the home page, see
 * app/(site)/[locale]/page.tsx): dropped from the page cache when the locale's list
 * or any topic changes. An unknown topic is cached as a 404 until then. A rewrite
 * (lib/site/cached-pages.js) sends requests with list parameters to ./browse.
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return topicMetadata(locale, slug, false);
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug } = await params;
  return <TopicView locale={locale} slug={slug} searchParams={{}} />;
}
