import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThread } from "@/components/admin/comment-thread";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { StateBadge, VisibilityBadge } from "@/components/admin/state-badge";
import { WorkflowForm } from "@/components/admin/workflow-form";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { compareRevision, getEditorEntry, listComments } from "@/lib/entries/admin-queries";
import { planTransition } from "@/lib/workflow/state-machine";
import { parseEntryId } from "../params";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requireUser(`/admin/entries/${raw}/review`);
  const id = parseEntryId(raw);
  if (id === null) notFound();
  const entry = await getEditorEntry(id);
  if (!entry) notFound();
  const [comparison, comments] = await Promise.all([compareRevision(id, null, "published"), listComments(id)]);
  if (!comparison) notFound();
  const approve = planTransition(user, "approve", entry.facts);
  const requestChanges = planTransition(user, "request_changes", entry.facts);
  // Shown to every editor while the revision is in review; when the two-person rule
  // forbids this user, the button is disabled and says why (the server refuses anyway).
  const showApprove = entry.state === "in_review" && can(user, "entry.approve");
  const base = comparison.base;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-stone-500">
          <Link href="/admin/entries" className="hover:underline">Entries</Link> / <Link href={`/admin/entries/${id}`} className="hover:underline">#{id}</Link> / Review
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold">Review revision {comparison.revision.number}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <StateBadge state={entry.state} />
          <VisibilityBadge visibility={entry.visibility} />
          <span data-testid="compared-with">
            {base
              ? base.kind === "published"
                ? `Compared with revision ${base.number}, the one readers see now.`
                : `Compared with the previous revision (${base.number}).`
              : "The first revision: everything is new."}
          </span>
          <span>
            Written by {entry.revision.authorName ?? "a former user"}
            {entry.revision.submittedByName ? `, submitted by ${entry.revision.submittedByName}` : ""}.
          </span>
        </p>
      </div>

      <section aria-label="Changes" className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <RevisionDiff before={base?.content ?? null} after={comparison.revision.content} />
      </section>

      {showApprove || requestChanges.allowed ? (
        <section aria-labelledby="decision-heading" className="space-y-4 rounded-lg border border-blue-200 bg-blue-50/50 p-5 dark:border-blue-900 dark:bg-blue-950/40">
          <h2 id="decision-heading" className="font-serif text-xl font-semibold">
            Your decision
          </h2>
          {entry.state === "approved" ? (
            <p role="status">
              Approved by {entry.revision.approvedByName ?? "an editor"}: publish or schedule it from the{" "}
              <Link href={`/admin/entries/${id}`} className="underline">
                entry page
              </Link>
              , or still request changes.
            </p>
          ) : null}
          <div className="grid gap-6 md:grid-cols-2">
            {showApprove ? (
              <WorkflowForm
                command="approve"
                entryId={id}
                revisionId={entry.revision.id}
                submitLabel="Approve"
                pendingLabel="Approving…"
                disabled={!approve.allowed}
                testId="approve-form"
              >
                <label htmlFor="approve-comment" className="block text-sm font-medium">
                  Comment <span className="font-normal text-stone-500">(optional)</span>
                </label>
                <textarea id="approve-comment" name="comment" rows={3} maxLength={5000} className="field mb-2 mt-1" />
                {!approve.allowed ? (
                  <p className="mb-2 text-sm font-medium text-red-800 dark:text-red-300" data-testid="two-person-note">
                    {approve.message}
                  </p>
                ) : null}
              </WorkflowForm>
            ) : null}
            {requestChanges.allowed ? (
              <WorkflowForm command="request_changes" entryId={id} revisionId={entry.revision.id} submitLabel="Request changes" variant="secondary" testId="request-changes-form">
                <label htmlFor="changes-comment" className="block text-sm font-medium">
                  What needs to change <span className="font-normal text-stone-500">(required)</span>
                </label>
                <textarea id="changes-comment" name="comment" rows={3} maxLength={5000} className="field mb-2 mt-1" />
              </WorkflowForm>
            ) : null}
          </div>
        </section>
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {entry.state === "in_review"
            ? "Only editors can approve or request changes."
            : entry.state === "approved"
              ? `Approved by ${entry.revision.approvedByName ?? "an editor"}: publish or schedule it from the entry page.`
              : "This revision is not waiting for review."}{" "}
          <Link href={`/admin/entries/${id}`} className="underline">
            Back to the entry
          </Link>
        </p>
      )}

      <CommentThread entryId={id} comments={comments} />
    </div>
  );
}
