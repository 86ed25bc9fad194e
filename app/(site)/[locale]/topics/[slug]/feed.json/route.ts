import { siteFeedHandler } from "@/lib/feeds/site-feed-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = siteFeedHandler("topic", "json");
export const HEAD = GET;
