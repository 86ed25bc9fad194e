import { siteFeedHandler } from "@/lib/feeds/site-feed-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = siteFeedHandler("latest", "rss");
export const HEAD = GET;
