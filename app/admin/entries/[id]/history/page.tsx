import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { requireUser } from "@/lib/auth/current-user";
import { compareRevision, listRevisions } from "@/lib/entries/admin-queries";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDateTime } from "@/lib/i18n/format";
import { parseEntryId } from "../params";

export const metadata: Metadata = { title: "Revision history" };
export const dynamic = "force-dynamic";

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ rev?: string }> }) {
  const raw = (await params).id;
  await requireUser(`/admin/entries/${raw}/history`);
  const id = parseEntryId(raw);
  if (id === null) notFound();
  const revisions = await listRevisions(id);
  if (revisions.length === 0) notFound();
  const { rev } = await searchParams;
  const requested = rev && /^\d{1,6}$/.test(rev) ? Number(rev) : null;
  const selected = revisions.find((r) => r.number === requested) ?? revisions.find((r) => r.isWorking) ?? revisions[0];
  const comparison = await compareRevision(id, selected.number, "previous");
  if (!comparison) notFound();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-stone-500">
          <Link href="/admin/entries" className="hover:underline">Entries</Link> / <Link href={`/admin/entries/${id}`} className="hover:underline">#{id}</Link> / History
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold">Revision history</h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label="Revisions">
          <ol className="space-y-1" data-testid="revision-list">
            {revisions.map((revision) => (
              <li key={revision.id}>
                <Link
                  href={`/admin/entries/${id}/history?rev=${revision.number}`}
                  aria-current={revision.id === selected.id ? "page" : undefined}
                  className={`block rounded-md border px-3 py-2 text-sm ${
                    revision.id === selected.id
                      ? "border-blue-700 bg-blue-50 dark:bg-blue-950"
                      : "border-stone-200 bg-white hover:bg-stone-50 dark:border-stone-800 dark:bg-stone-900"
                  }`}
                >
                  <span className="font-semibold">Revision {revision.number}</span>
                  {revision.isPublished ? <span className="ml-2 rounded bg-green-700 px-1 text-xs text-white">public</span> : null}
                  {revision.isWorking ? <span className="ml-2 rounded bg-stone-700 px-1 text-xs text-white">latest</span> : null}
                  <span className="block text-stone-600 dark:text-stone-400">
                    {revision.authorName ?? "A former user"} · {formatDateTime(revision.createdAt, "en", "short")}
                  </span>
                  <span className="block text-xs text-stone-500">
                    {verdictLabel("en", revision.verdict)}
                    {revision.approvedByName ? ` · approved by ${revision.approvedByName}` : revision.submittedAt ? " · submitted" : ""}
                    {revision.correctionNote ? " · correction" : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <section aria-labelledby="diff-heading" className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
          <h2 id="diff-heading" className="font-serif text-xl font-semibold">
            Revision {comparison.revision.number}
            <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">
              {comparison.base ? `compared with revision ${comparison.base.number}` : "(first revision)"}
            </span>
          </h2>
          <RevisionDiff before={comparison.base?.content ?? null} after={comparison.revision.content} />
        </section>
      </div>
    </div>
  );
}
