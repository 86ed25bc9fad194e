import { serializeJsonLd } from "@/lib/site/claim-review";

/** Structured data, serialised so that no text inside it can close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
