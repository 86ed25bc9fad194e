import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/urls";

// SITE_URL is read when a crawler asks, not frozen at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/auth"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
