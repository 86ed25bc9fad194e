import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { paths } from "@/lib/site/urls";

/** GET form to /{locale}/search: works without JavaScript, and results have a shareable URL. */
export function SearchForm({ locale, defaultValue = "", autoFocus = false }: { locale: Locale; defaultValue?: string; autoFocus?: boolean }) {
  const m = t(locale);
  return (
    <form method="get" action={paths.search(locale)} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="search-q" className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          {m.search.label}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={m.search.placeholder}
          autoFocus={autoFocus}
          className="field mt-1"
        />
      </div>
      <button type="submit" className="btn-primary">
        {m.search.submit}
      </button>
    </form>
  );
}
