import type { ReviewCommentView } from "@/lib/entries/admin-queries";
import { formatDateTime } from "@/lib/i18n/format";
import { WorkflowForm } from "./workflow-form";

const KIND: Record<ReviewCommentView["kind"], { label: string; style: string }> = {
  comment: { label: "Comment", style: "border-stone-200 dark:border-stone-800" },
  changes_requested: { label: "Changes requested", style: "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950" },
  approved: { label: "Approved", style: "border-green-500 bg-green-50 dark:border-green-800 dark:bg-green-950" },
};

/** The entry's review conversation, oldest first, with a box to add to it. */
export function CommentThread({ entryId, comments }: { entryId: number; comments: ReviewCommentView[] }) {
  return (
    <section aria-labelledby="comments-heading" className="space-y-4">
      <h2 id="comments-heading" className="font-serif text-xl font-semibold">
        Comments
      </h2>
      {comments.length === 0 ? <p className="text-sm text-stone-500">No comments yet.</p> : null}
      <ol className="space-y-3" data-testid="comment-thread">
        {comments.map((comment) => (
          <li key={comment.id} className={`rounded-md border bg-white p-3 dark:bg-stone-900 ${KIND[comment.kind].style}`} data-kind={comment.kind}>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <span className="font-semibold uppercase tracking-wide">{KIND[comment.kind].label}</span> · {comment.authorName ?? "A former user"}
              {comment.revisionNumber ? ` · on revision ${comment.revisionNumber}` : ""} ·{" "}
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, "en")}</time>
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
          </li>
        ))}
      </ol>
      <WorkflowForm command="comment" entryId={entryId} submitLabel="Add comment" variant="secondary" testId="comment-form">
        <label htmlFor="comment-body" className="block text-sm font-medium">
          Add a comment
        </label>
        <textarea id="comment-body" name="body" rows={3} maxLength={5000} required className="field mb-2 mt-1" />
      </WorkflowForm>
    </section>
  );
}
