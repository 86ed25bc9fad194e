import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/site/urls";

/** What a reader sees at the address of a withdrawn entry (served with HTTP 410). */
export function WithdrawnNotice({ locale }: { locale: Locale }) {
  const m = t(locale);
  return (
    <div className="mx-auto max-w-2xl py-8" data-testid="withdrawn">
      <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">410</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">{m.errors.gone.title}</h1>
      <p className="mt-4 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{m.errors.gone.body}</p>
      <ul className="mt-8 flex flex-wrap gap-4">
        <li>
          <Link href={paths.corrections(locale)} className="btn-primary">
            {m.nav.corrections}
          </Link>
        </li>
        <li>
          <Link href={paths.home(locale)} className="btn-secondary">
            {m.errors.backHome}
          </Link>
        </li>
        <li>
          <Link href={paths.search(locale)} className="btn-secondary">
            {m.errors.searchInstead}
          </Link>
        </li>
      </ul>
    </div>
  );
}
