import type { Metadata } from "next";
import Link from "next/link";
import { EntryTable } from "@/components/admin/entry-table";
import { requireUser } from "@/lib/auth/current-user";
import { listAdminEntries, listAuthors, listTopicOptions, parseEntryListFilters, type EntryListFilters } from "@/lib/entries/admin-queries";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import { VERDICT_VALUES } from "@/lib/workflow/entry-input";
import { stateLabel } from "@/lib/workflow/state-machine";

export const metadata: Metadata = { title: "Entries" };
export const dynamic = "force-dynamic";

const STATES = ["draft", "in_review", "approved", "scheduled", "published", "unpublished"] as const;

function pageHref(filters: EntryListFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return `/admin/entries${query ? `?${query}` : ""}`;
}

export default async function EntriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/admin/entries");
  const filters = parseEntryListFilters(await searchParams);
  const [{ items, hasMore }, topics, authors] = await Promise.all([listAdminEntries(filters), listTopicOptions(), listAuthors()]);
  const page = filters.page ?? 1;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Entries</h1>
        <Link href="/admin/entries/new" className="btn-primary">
          New entry
        </Link>
      </div>
      <form method="get" role="search" aria-label="Filter entries" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-4 lg:grid-cols-7 dark:border-stone-800 dark:bg-stone-900">
        <div className="md:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Claim, summary, address or #id" className="field mt-1" />
        </div>
        <div>
          <label htmlFor="state" className="block text-sm font-medium">State</label>
          <select id="state" name="state" defaultValue={filters.state ?? ""} className="field mt-1">
            <option value="">Any</option>
            {STATES.map((state) => (
              <option key={state} value={state}>{stateLabel(state)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="verdict" className="block text-sm font-medium">Verdict</label>
          <select id="verdict" name="verdict" defaultValue={filters.verdict ?? ""} className="field mt-1">
            <option value="">Any</option>
            {VERDICT_VALUES.map((verdict) => (
              <option key={verdict} value={verdict}>{verdictLabel("en", verdict)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="topic" className="block text-sm font-medium">Topic</label>
          <select id="topic" name="topic" defaultValue={filters.topic ?? ""} className="field mt-1">
            <option value="">Any</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.slug}>{topic.nameEn}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="locale" className="block text-sm font-medium">Language</label>
          <select id="locale" name="locale" defaultValue={filters.locale ?? ""} className="field mt-1">
            <option value="">Any</option>
            <option value="fr">French</option>
            <option value="en">English</option>
          </select>
        </div>
        <div>
          <label htmlFor="author" className="block text-sm font-medium">Author</label>
          <select id="author" name="author" defaultValue={filters.author ? String(filters.author) : ""} className="field mt-1">
            <option value="">Anyone</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>{author.name}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2 md:col-span-4 lg:col-span-7">
          <button type="submit" className="btn-primary">Filter</button>
          <Link href="/admin/entries" className="btn-secondary">Clear</Link>
        </div>
      </form>
      <EntryTable rows={items} empty="No entry matches these filters." testId="entry-list" />
      <nav aria-label="Pages" className="flex gap-3">
        {page > 1 ? <Link href={pageHref(filters, page - 1)} className="btn-secondary">Previous page</Link> : null}
        {hasMore ? <Link href={pageHref(filters, page + 1)} className="btn-secondary">Next page</Link> : null}
      </nav>
    </div>
  );
}
