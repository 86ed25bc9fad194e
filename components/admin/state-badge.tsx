import type { EntryState } from "@/db/schema";
import { stateLabel, type Visibility } from "@/lib/workflow/state-machine";

const STATE_STYLES: Record<EntryState, string> = {
  draft: "border-stone-400 bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",
  in_review: "border-blue-400 bg-blue-50 text-blue-900 dark:bg-blue-950 dark:text-blue-100",
  approved: "border-teal-500 bg-teal-50 text-teal-900 dark:bg-teal-950 dark:text-teal-100",
  scheduled: "border-violet-400 bg-violet-50 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
  published: "border-green-600 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100",
  unpublished: "border-red-400 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
};

/** Workflow state of the working revision, in words (colour only repeats it). */
export function StateBadge({ state }: { state: EntryState }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATE_STYLES[state]}`} data-state={state}>
      {stateLabel(state)}
    </span>
  );
}

/** Whether readers can see the entry — separate from the state: a live entry can have an update in review. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  if (visibility === "never_published") return null;
  return visibility === "live" ? (
    <span className="inline-block rounded bg-green-700 px-2 py-0.5 text-xs font-semibold text-white" data-visibility="live">
      Live
    </span>
  ) : (
    <span className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-visibility="withdrawn">
      Withdrawn (410)
    </span>
  );
}
