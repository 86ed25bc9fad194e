import { LocaleChoice } from "@/components/site/locale-choice";
import { NotFoundView } from "@/components/site/not-found-view";

/** Unknown entry, topic or page under a valid locale: a 404 in the reader's language. */
export default function SiteNotFound() {
  return <LocaleChoice fr={<NotFoundView locale="fr" />} en={<NotFoundView locale="en" />} />;
}
