import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThread } from "@/components/admin/comment-thread";
import { EntryEditor, type EditorValues } from "@/components/admin/entry-editor";
import { WorkflowPanel } from "@/components/admin/workflow-panel";
import { EntryErrorReports } from "@/components/admin/entry-error-reports";
import { requireUser } from "@/lib/auth/current-user";
import { getEditorEntry, listComments, listTopicOptions, listTranslationOptions, type EditorEntry } from "@/lib/entries/admin-queries";
import { slugify } from "@/lib/entries/slug";
import { planTransition } from "@/lib/workflow/state-machine";
import { parseEntryId } from "./params";

export const metadata: Metadata = { title: "Entry" };
export const dynamic = "force-dynamic";

function editorValues(entry: EditorEntry): EditorValues {
  const c = entry.content;
  const derived = slugify(c.claim, 72);
  const auto = entry.firstPublishedAt === null && (entry.slug === derived || new RegExp(`^${derived}-\\d+$`).test(entry.slug));
  // A correction note belongs to an update not yet published; a published revision's note is on the record already.
  const pendingUpdate = entry.publishedRevisionId !== entry.revision.id;
  return {
    locale: entry.locale,
    slug: entry.slug,
    slugMode: auto ? "auto" : "manual",
    translationId: entry.translation?.id ?? null,
    claim: c.claim,
    claimOriginText: c.claimOriginText ?? "",
    claimOriginUrl: c.claimOriginUrl ?? "",
    claimFirstSeen: c.claimFirstSeen ?? "",
    verdict: c.verdict,
    summary: c.summary,
    body: c.body,
    sources: c.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher ?? "", accessedAt: s.accessedAt ?? "" })),
    topicIds: c.topics.map((t) => t.id),
    substantive: pendingUpdate && c.substantive,
    correctionNote: pendingUpdate ? (c.correctionNote ?? "") : "",
  };
}

export default async function EntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const id = parseEntryId((await params).id);
  const user = await requireUser(`/admin/entries/${(await params).id}`);
  if (id === null) notFound();
  const entry = await getEditorEntry(id);
  if (!entry) notFound();
  const [topics, translationOptions, comments] = await Promise.all([listTopicOptions(), listTranslationOptions(entry.id), listComments(entry.id)]);
  const edit = planTransition(user, "edit", entry.facts);
  const { created } = await searchParams;
  return (
    <div className="space-y-6">
      {created ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          Draft created. Submit it for review when it is ready.
        </p>
      ) : null}
      <div>
        <p className="text-sm text-stone-500">
          <Link href="/admin/entries" className="hover:underline">Entries</Link> / #{entry.id} · {entry.locale === "fr" ? "French" : "English"} · <span data-testid="public-path">/{entry.locale}/rumors/{entry.slug}</span>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight" data-testid="entry-title">
          {entry.content.claim}
        </h1>
        <nav aria-label="Entry" className="mt-3 flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/entries/${entry.id}/review`} className="underline">Review screen</Link>
          <Link href={`/admin/entries/${entry.id}/history`} className="underline">Revision history</Link>
          {entry.translation ? (
            <Link href={`/admin/entries/${entry.translation.id}`} className="underline">
              Translation ({entry.translation.locale === "fr" ? "French" : "English"})
            </Link>
          ) : null}
        </nav>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="order-2 lg:order-1">
          <EntryEditor
            entryId={entry.id}
            version={entry.version}
            initial={editorValues(entry)}
            publishedVerdict={entry.publishedRevisionId !== null ? entry.publishedVerdict : null}
            topics={topics}
            translationOptions={translationOptions}
            readOnlyReason={edit.allowed ? null : edit.message}
          />
        </div>
        <div className="order-1 space-y-6 lg:order-2">
          <WorkflowPanel entry={entry} user={user} />
          <EntryErrorReports entryId={entry.id} user={user} returnTo={`/admin/entries/${entry.id}`} />
        </div>
      </div>
      <CommentThread entryId={entry.id} comments={comments} />
    </div>
  );
}
