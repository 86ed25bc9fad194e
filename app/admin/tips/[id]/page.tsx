import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReaderLink, TipKindBadge, TipStatusBadge } from "@/components/admin/tip-badges";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { entryEditorHref, tipHref } from "@/lib/tips/links";
import { getTipDetail, listSimilarTips, type TipDetail } from "@/lib/tips/queries";
import { isOpenTipStatus, nextTipStatus, tipStatusLabel } from "@/lib/tips/status";
import { DISMISS_REASON_MAX } from "@/lib/tips/triage";
import { convertTipAction, dismissTipAction, mergeTipAction, reopenTipAction, resolveErrorReportAction, startTipAction, ungroupTipAction } from "../actions";
import { ContactReveal } from "../contact-reveal";
import { tipFlash } from "../notices";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Tip #${id.slice(0, 12)}` };
}

export default async function TipPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePermission("tips.view", `/admin/tips`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const tip = await getTipDetail(user, Number(id));
  if (!tip) notFound();
  const similar = tip.status === "dismissed" ? [] : await listSimilarTips(user, tip.id);
  const flash = tipFlash(await searchParams);
  const mayTriage = can(user, "tips.triage");

  return (
    <div className="max-w-4xl">
      <p className="text-sm">
        <Link href="/admin/tips" className="hover:underline">
          ← Readers&apos; tips
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">
          Tip <span className="font-mono">{tip.reference}</span>
        </h1>
        <TipKindBadge kind={tip.kind} />
        <TipStatusBadge status={tip.status} kind={tip.kind} />
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Received {formatDateTime(tip.createdAt, "en")} on the {tip.locale === "fr" ? "French" : "English"} site
        {tip.handledByName ? ` · handled by ${tip.handledByName}` : ""}
      </p>

      {flash ? (
        <p role="status" className={`mt-4 rounded-md border px-3 py-2 text-sm ${flash.kind === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`} data-testid="tip-flash">
          {flash.text}
        </p>
      ) : null}

      <section className="mt-6 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">{tip.kind === "error" ? "What the reader says is wrong" : "What the reader saw"}</h2>
        <p className="mt-2 whitespace-pre-wrap text-lg" data-testid="tip-claim">
          {tip.claim}
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {tip.seenDescription ? (
            <>
              <dt className="font-semibold">Where</dt>
              <dd className="whitespace-pre-wrap" data-testid="tip-where">{tip.seenDescription}</dd>
            </>
          ) : null}
          {tip.seenUrl ? (
            <>
              <dt className="font-semibold">Link</dt>
              <dd>
                <ReaderLink url={tip.seenUrl} />
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">Contact</dt>
          <dd>
            <ContactLine tip={tip} mayView={can(user, "tips.view_contact")} />
          </dd>
          {tip.status === "dismissed" && tip.dismissReason ? (
            <>
              <dt className="font-semibold">Dismissed because</dt>
              <dd className="whitespace-pre-wrap">{tip.dismissReason}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {tip.entry ? (
        <section className="mt-4 rounded-lg border border-red-200 bg-red-50/50 p-5 dark:border-red-900 dark:bg-red-950/30" data-testid="tip-entry">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">About the entry</h2>
          <p className="mt-2 font-serif text-lg">{tip.entryClaim ?? tip.entry.slug}</p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href={entryEditorHref(tip.entry.id)} className="font-semibold text-blue-800 underline dark:text-blue-300">
              Open in the entry editor to make a correction
            </Link>
            <a href={`/${tip.entry.locale}/rumors/${tip.entry.slug}`} className="underline">
              Public page
            </a>
          </p>
        </section>
      ) : null}

      {tip.convertedEntry ? (
        <section className="mt-4 rounded-lg border border-green-200 bg-green-50/60 p-5 dark:border-green-900 dark:bg-green-950/30" data-testid="tip-converted">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">{tip.kind === "error" ? "Handled on entry" : "Turned into entry"}</h2>
          <p className="mt-2 text-sm">
            <Link href={entryEditorHref(tip.convertedEntry.id)} className="font-semibold text-blue-800 underline dark:text-blue-300" data-testid="converted-entry-link">
              {tip.convertedEntry.locale}/{tip.convertedEntry.slug}
            </Link>{" "}
            <span className="text-stone-600">({tip.convertedEntry.state})</span>
          </p>
        </section>
      ) : null}

      {mayTriage ? <TriageActions tip={tip} /> : null}

      <section className="mt-8">
        <h2 className="font-serif text-xl font-semibold">Duplicate group</h2>
        {tip.groupMembers.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">This tip is not grouped with any other.</p>
        ) : (
          <>
            <ul className="mt-3 divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900" data-testid="group-members">
              {tip.groupMembers.map((member) => (
                <li key={member.id} className="flex flex-wrap items-baseline gap-2 px-4 py-2 text-sm">
                  <Link href={tipHref(member.id)} className="font-mono font-semibold text-blue-800 hover:underline dark:text-blue-300">
                    {member.reference}
                  </Link>
                  <TipStatusBadge status={member.status} kind={member.kind} />
                  <span className="min-w-0 flex-1 truncate">{member.claim}</span>
                </li>
              ))}
            </ul>
            {mayTriage ? (
              <form action={ungroupTipAction} className="mt-2">
                <input type="hidden" name="tipId" value={tip.id} />
                <button type="submit" className="text-sm text-stone-700 underline hover:text-stone-950 dark:text-stone-300">
                  Take this tip out of the group
                </button>
              </form>
            ) : null}
          </>
        )}

        {mayTriage ? (
          <>
            {similar.length > 0 ? (
              <>
                <h3 className="mt-6 font-semibold">Possible duplicates</h3>
                <ul className="mt-2 divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900" data-testid="similar-tips">
                  {similar.map((other) => (
                    <li key={other.id} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm">
                      <Link href={tipHref(other.id)} className="font-mono font-semibold text-blue-800 hover:underline dark:text-blue-300">
                        {other.reference}
                      </Link>
                      <span className="text-xs text-stone-500">{other.sameUrl ? "same link" : `${Math.round(other.similarity * 100)}% similar`}</span>
                      <span className="min-w-0 flex-1 truncate">{other.claim}</span>
                      {other.kind === tip.kind ? (
                        <form action={mergeTipAction}>
                          <input type="hidden" name="tipId" value={tip.id} />
                          <input type="hidden" name="targetId" value={other.id} />
                          <button type="submit" className="btn-secondary px-2 py-1 text-xs">
                            Merge into its group
                          </button>
                        </form>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <form action={mergeTipAction} className="mt-4 flex flex-wrap items-end gap-2">
              <input type="hidden" name="tipId" value={tip.id} />
              <div>
                <label htmlFor="targetReference" className="block text-sm font-medium">
                  Merge into the group of tip
                </label>
                <input id="targetReference" name="targetReference" placeholder="T-XXXXXX" maxLength={20} className="field mt-1 w-40 font-mono" />
              </div>
              <button type="submit" className="btn-secondary">
                Merge
              </button>
            </form>
          </>
        ) : null}
      </section>
    </div>
  );
}

function ContactLine({ tip, mayView }: { tip: TipDetail; mayView: boolean }) {
  if (tip.hasContact) return mayView ? <ContactReveal tipId={tip.id} /> : <span>Left (visible to editors only)</span>;
  if (tip.contactDeletedAt) return <span className="text-stone-600">Deleted on {formatDateTime(tip.contactDeletedAt, "en")} (kept 90 days)</span>;
  return <span className="text-stone-600">None left</span>;
}

function TriageActions({ tip }: { tip: TipDetail }) {
  const may = (transition: Parameters<typeof nextTipStatus>[1]) => nextTipStatus(tip, transition) !== null;
  const duplicatesOpen = tip.groupMembers.filter((m) => isOpenTipStatus(m.status)).length;
  const withGroup = duplicatesOpen > 0 ? ` (and ${duplicatesOpen} open duplicate${duplicatesOpen > 1 ? "s" : ""})` : "";
  if (!may("start") && !may("dismiss") && !may("reopen") && !may("convert") && !may("resolve")) return null;
  return (
    <section className="mt-6 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900" aria-labelledby="triage-heading">
      <h2 id="triage-heading" className="font-serif text-xl font-semibold">
        Triage
      </h2>
      <div className="mt-3 flex flex-wrap gap-3">
        {may("convert") ? (
          <form action={convertTipAction}>
            <input type="hidden" name="tipId" value={tip.id} />
            <button type="submit" className="btn-primary">
              Turn into a draft entry{withGroup}
            </button>
          </form>
        ) : null}
        {may("resolve") ? (
          <form action={resolveErrorReportAction}>
            <input type="hidden" name="tipId" value={tip.id} />
            <button type="submit" className="btn-primary">
              Mark handled{withGroup}
            </button>
          </form>
        ) : null}
        {may("start") ? (
          <form action={startTipAction}>
            <input type="hidden" name="tipId" value={tip.id} />
            <button type="submit" className="btn-secondary">
              Mark {tipStatusLabel("in_progress").toLowerCase()}
            </button>
          </form>
        ) : null}
        {may("reopen") ? (
          <form action={reopenTipAction}>
            <input type="hidden" name="tipId" value={tip.id} />
            <button type="submit" className="btn-secondary">
              Reopen
            </button>
          </form>
        ) : null}
      </div>
      {may("dismiss") ? (
        <form action={dismissTipAction} className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800">
          <input type="hidden" name="tipId" value={tip.id} />
          <label htmlFor="reason" className="block text-sm font-medium">
            Dismiss{withGroup} — reason
          </label>
          <div className="mt-1 flex flex-wrap items-start gap-2">
            <input id="reason" name="reason" required maxLength={DISMISS_REASON_MAX} placeholder="e.g. spam, already checked, not a factual claim" className="field min-w-64 flex-1" />
            <button type="submit" className="btn-secondary">
              Dismiss
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
