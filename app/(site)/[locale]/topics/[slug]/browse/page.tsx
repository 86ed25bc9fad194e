import type { Metadata } from "next";
import { TopicView, topicMetadata } from "@/components/site/topic-view";
import type { RawSearchParams } from "@/lib/site/list-params";

/**
 * A topic page with list parameters (`/fr/topics/sante?cursor=…`), rendered per
 * request: next.config.js rewrites such requests here (lib/site/cached-pages.js), so the address stays the topic's.
 * Never indexed; its canonical is the plain topic page.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return topicMetadata(locale, slug, true);
}

export default async function TopicListPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  return <TopicView locale={locale} slug={slug} searchParams={await searchParams} />;
}
