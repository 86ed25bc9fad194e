import Link from "next/link";
import type { SessionUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { EditorEntry } from "@/lib/entries/admin-queries";
import { formatDateTime } from "@/lib/i18n/format";
import { availableEvents, planTransition } from "@/lib/workflow/state-machine";
import { StateBadge, VisibilityBadge } from "./state-badge";
import { PublishAtField, WorkflowForm } from "./workflow-form";

const when = (date: Date) => <time dateTime={date.toISOString()}>{formatDateTime(date, "en")}</time>;

/**
 * Where the entry stands and what this user may do next. The buttons follow
 * the state machine; the server checks again whatever is posted.
 */
export function WorkflowPanel({ entry, user }: { entry: EditorEntry; user: SessionUser }) {
  const events = new Set(availableEvents(user, entry.facts));
  const revision = entry.revision;
  const approval = planTransition(user, "approve", entry.facts);
  const blockedByTwoPersonRule = !approval.allowed && approval.reason === "own_revision";
  const publishGuard = planTransition(user, "publish", entry.facts);
  const reviewable = entry.state === "in_review" || entry.state === "approved";
  return (
    <aside aria-labelledby="workflow-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900" data-testid="workflow-panel">
      <h2 id="workflow-heading" className="font-serif text-xl font-semibold">
        Workflow
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <StateBadge state={entry.state} />
        <VisibilityBadge visibility={entry.visibility} />
      </p>
      <ul className="space-y-1 text-sm text-stone-700 dark:text-stone-300">
        <li>
          Revision {revision.number} by {revision.authorName ?? "a former user"}, {when(revision.createdAt)}.
        </li>
        {revision.submittedAt ? (
          <li>
            Submitted by {revision.submittedByName ?? "a former user"}, {when(revision.submittedAt)}.
          </li>
        ) : null}
        {revision.approvedAt ? (
          <li>
            Approved by {revision.approvedByName ?? "a former user"}, {when(revision.approvedAt)}.
          </li>
        ) : null}
        {entry.pendingSchedule ? (
          <li className="font-medium" data-testid="scheduled-for">
            Publishes {when(entry.pendingSchedule.publishAt)}
            {entry.pendingSchedule.createdByName ? ` (scheduled by ${entry.pendingSchedule.createdByName})` : ""}.
          </li>
        ) : null}
        {entry.firstPublishedAt ? (
          <li>
            First published {when(entry.firstPublishedAt)}
            {entry.lastPublishedAt && entry.lastPublishedAt.getTime() !== entry.firstPublishedAt.getTime() ? <>, last updated {when(entry.lastPublishedAt)}</> : null}.
          </li>
        ) : null}
        {entry.visibility === "live" && entry.publishedRevisionId !== revision.id ? (
          <li className="font-medium">Readers still see the published revision until this update is approved and published.</li>
        ) : null}
        {entry.unpublishedAt ? <li>Unpublished {when(entry.unpublishedAt)}: its address answers 410 Gone.</li> : null}
      </ul>

      {entry.visibility === "live" ? (
        <p className="text-sm">
          <Link href={`/${entry.locale}/rumors/${entry.slug}`} className="underline" target="_blank">
            Open the public page
          </Link>
        </p>
      ) : null}

      {entry.translationOutdatedAt ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950" data-testid="translation-outdated">
          <p>
            Out of date: its translation{entry.translation ? <> (<Link className="underline" href={`/admin/entries/${entry.translation.id}`}>#{entry.translation.id}</Link>)</> : null} changed
            in substance {when(entry.translationOutdatedAt)}. Bring this entry in line, or confirm it is still right.
          </p>
          {can(user, "entry.confirm_translation") ? (
            <WorkflowForm command="confirm_translation" entryId={entry.id} submitLabel="Confirm it is up to date" variant="secondary" className="mt-2" />
          ) : null}
        </div>
      ) : null}

      <div className="space-y-4 border-t border-stone-200 pt-4 dark:border-stone-800">
        {events.has("submit") ? (
          // No revision id: submitting sends the latest saved revision, which the reviewer then sees in full.
          <WorkflowForm command="submit" entryId={entry.id} submitLabel="Submit for review" testId="submit-form" />
        ) : null}
        {reviewable && (events.has("approve") || events.has("request_changes") || blockedByTwoPersonRule) ? (
          <p>
            <Link href={`/admin/entries/${entry.id}/review`} className="btn-primary">
              Review revision {revision.number}
            </Link>
          </p>
        ) : null}
        {blockedByTwoPersonRule && entry.state === "in_review" ? (
          <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="two-person-note">
            {approval.message}
          </p>
        ) : null}
        {events.has("publish") ? (
          <WorkflowForm command="publish" entryId={entry.id} revisionId={revision.id} submitLabel="Publish now" pendingLabel="Publishing…" testId="publish-form" />
        ) : null}
        {!events.has("publish") && entry.state === "approved" && !publishGuard.allowed && publishGuard.reason !== "role" ? (
          <p className="text-sm text-red-800 dark:text-red-300">{publishGuard.message}</p>
        ) : null}
        {events.has("schedule") ? (
          <WorkflowForm command="schedule" entryId={entry.id} revisionId={revision.id} submitLabel="Schedule" variant="secondary" testId="schedule-form">
            <PublishAtField />
          </WorkflowForm>
        ) : null}
        {events.has("cancel_schedule") ? (
          <WorkflowForm command="cancel_schedule" entryId={entry.id} submitLabel="Cancel the schedule" variant="secondary" testId="cancel-schedule-form" />
        ) : null}
        {events.has("republish") ? (
          <WorkflowForm command="republish" entryId={entry.id} submitLabel="Republish" testId="republish-form" />
        ) : null}
        {events.has("unpublish") ? (
          <WorkflowForm
            command="unpublish"
            entryId={entry.id}
            submitLabel="Unpublish"
            variant="danger"
            confirmMessage="Take this entry off the public site? Its address will answer 410 Gone."
            testId="unpublish-form"
          >
            <label htmlFor="unpublish-reason" className="block text-sm font-medium">
              Reason <span className="font-normal text-stone-500">(for the audit log)</span>
            </label>
            <input id="unpublish-reason" name="reason" maxLength={1000} className="field mb-2 mt-1" />
          </WorkflowForm>
        ) : null}
        {events.size === 0 || (events.size === 1 && events.has("edit")) ? (
          <p className="text-sm text-stone-500">Nothing else for you to do at this stage.</p>
        ) : null}
      </div>
    </aside>
  );
}
