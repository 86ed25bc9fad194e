import type { Metadata } from "next";
import Link from "next/link";
import { EntryTable } from "@/components/admin/entry-table";
import { TipsDailyCounts } from "@/components/admin/tips-daily-counts";
import { requireUser } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/entries/admin-queries";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

function Section({ title, count, children, id }: { title: string; count: number; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
      <h2 id={id} className="font-serif text-xl font-semibold">
        {title} <span className="ml-1 rounded-full bg-stone-100 px-2 py-0.5 align-middle text-sm font-normal text-stone-700 dark:bg-stone-800 dark:text-stone-300">{count}</span>
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireUser("/admin");
  const dashboard = await getDashboard(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Hello, {user.name}</h1>
        <Link href="/admin/entries/new" className="btn-primary">
          New entry
        </Link>
      </div>
      <TipsDailyCounts user={user} />
      <Section title="My drafts" count={dashboard.myDrafts.length} id="my-drafts">
        <EntryTable rows={dashboard.myDrafts} empty="No drafts of yours." testId="dashboard-my-drafts" />
      </Section>
      <Section title="Review queue" count={dashboard.reviewQueue.length} id="review-queue">
        <EntryTable rows={dashboard.reviewQueue} empty="Nothing waits for review." testId="dashboard-review-queue" />
      </Section>
      <Section title="Scheduled" count={dashboard.scheduled.length} id="scheduled">
        <EntryTable rows={dashboard.scheduled} column="scheduled" empty="Nothing is scheduled." testId="dashboard-scheduled" />
      </Section>
      <Section title="Translations out of date" count={dashboard.outdatedTranslations.length} id="outdated">
        <EntryTable rows={dashboard.outdatedTranslations} column="outdated" empty="Every translation is up to date." testId="dashboard-outdated" />
      </Section>
      <Section title="Recently published" count={dashboard.recentlyPublished.length} id="recent">
        <EntryTable rows={dashboard.recentlyPublished} column="published" empty="Nothing published yet." testId="dashboard-recent" />
      </Section>
    </div>
  );
}
