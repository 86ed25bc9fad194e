"use client";

/**
 * The entry editor: every field of an entry, a live Markdown preview, ordered
 * sources, topics, translation link; the version the form started from travels
 * with each save so a stale save comes back as a conflict (with what changed
 * meanwhile) instead of overwriting someone's work. Leaving with unsaved
 * changes asks first.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createEntryAction, saveEntryAction } from "@/app/admin/entries/actions";
import type { TopicOption, TranslationOption } from "@/lib/entries/admin-queries";
import { slugify } from "@/lib/entries/slug";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import { renderMarkdown } from "@/lib/markdown/render";
import { entryFieldsSchema, fieldErrorsOf, LIMITS, VERDICT_VALUES } from "@/lib/workflow/entry-input";
import type { FieldErrors, WorkflowFailure } from "@/lib/workflow/errors";
import { TextDiff } from "./diff-view";

type Verdict = (typeof VERDICT_VALUES)[number];
type Locale = "fr" | "en";

export interface SourceValue {
  url: string;
  title: string;
  publisher: string;
  accessedAt: string;
}

export interface EditorValues {
  locale: Locale;
  slug: string;
  slugMode: "auto" | "manual";
  translationId: number | null;
  claim: string;
  claimOriginText: string;
  claimOriginUrl: string;
  claimFirstSeen: string;
  verdict: Verdict;
  summary: string;
  body: string;
  sources: SourceValue[];
  topicIds: number[];
  substantive: boolean;
  correctionNote: string;
}

export interface EntryEditorProps {
  entryId: number | null;
  version: number;
  initial: EditorValues;
  /** The verdict readers see; null when never published (no correction rules, slug and language editable). */
  publishedVerdict: Verdict | null;
  topics: TopicOption[];
  translationOptions: TranslationOption[];
  /** Why the form is read-only, when it is. */
  readOnlyReason?: string | null;
}

type KeyedSource = SourceValue & { key: number };

/**
 * Source rows carry a stable key so reordering moves the right inputs. Keys
 * must be the same on the server and in the browser (they build element ids):
 * initial rows are keyed by position, added rows after the largest key.
 */
const keyedSources = (sources: SourceValue[]): KeyedSource[] => sources.map((source, index) => ({ ...source, key: index }));
const nextSourceKey = (sources: KeyedSource[]) => sources.reduce((max, source) => Math.max(max, source.key), -1) + 1;

const LEAVE_MESSAGE = "You have unsaved changes. Leave this page and lose them?";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}

function Counter({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <span className={`text-xs ${over ? "font-semibold text-red-700" : "text-stone-500"}`} aria-live="polite">
      {value.length}/{max}
    </span>
  );
}

export function EntryEditor(props: EntryEditorProps) {
  const router = useRouter();
  const uid = useId();

  const [values, setValues] = useState(() => ({ ...props.initial, sources: keyedSources(props.initial.sources) }));
  const [version, setVersion] = useState(props.version);
  const [saved, setSaved] = useState(() => JSON.stringify(props.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<WorkflowFailure | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Tests (and impatient users) wait for this before typing: input typed before hydration is reset.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.setAttribute("data-ready", "true"), []);

  const plain = (v: typeof values): EditorValues => ({ ...v, sources: v.sources.map(({ key: _key, ...source }) => source) });
  const dirty = JSON.stringify(plain(values)) !== saved;
  const readOnly = Boolean(props.readOnlyReason);
  const frozen = props.publishedVerdict !== null;

  // Leaving with unsaved changes asks first: reloads and closing the tab, and in-app links.
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = LEAVE_MESSAGE;
    };
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, []);

  const set = <K extends keyof EditorValues>(name: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setStatus(null);
  };
  const setSource = (index: number, name: keyof SourceValue, value: string) =>
    setValues((current) => ({ ...current, sources: current.sources.map((s, i) => (i === index ? { ...s, [name]: value } : s)) }));
  const moveSource = (index: number, delta: number) =>
    setValues((current) => {
      const sources = [...current.sources];
      const target = index + delta;
      if (target < 0 || target >= sources.length) return current;
      [sources[index], sources[target]] = [sources[target], sources[index]];
      return { ...current, sources };
    });
  const removeSource = (index: number) => setValues((current) => ({ ...current, sources: current.sources.filter((_, i) => i !== index) }));
  const addSource = () =>
    setValues((current) => ({
      ...current,
      sources: [...current.sources, { url: "", title: "", publisher: "", accessedAt: "", key: nextSourceKey(current.sources) }],
    }));

  const slugShown = values.slugMode === "auto" && !frozen ? slugify(values.claim || "") : values.slug;
  const deferredBody = useDeferredValue(values.body);
  const previewHtml = useMemo(() => renderMarkdown(deferredBody), [deferredBody]);
  const verdictChanged = frozen && values.verdict !== props.publishedVerdict;
  const noteRequired = verdictChanged || (frozen && values.substantive);
  const translationChoices = props.translationOptions.filter((option) => option.locale !== values.locale);

  const id = (name: string) => `${uid}-${name}`;
  const errorId = (name: string) => `${uid}-${name}-error`;
  const invalid = (name: string) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": errorId(name) } : {};

  /** Rows sent as sources (empty rows are skipped): error paths come back with these indexes. */
  const keptSourceRows = () =>
    values.sources.flatMap((s, index) => (s.url.trim() || s.title.trim() || s.publisher.trim() || s.accessedAt ? [index] : []));
  const remapSourceErrors = (fieldErrors: FieldErrors): FieldErrors => {
    const kept = keptSourceRows();
    return Object.fromEntries(
      Object.entries(fieldErrors).map(([path, message]) => {
        const match = /^sources\.(\d+)\.(.+)$/.exec(path);
        return [match ? `sources.${kept[Number(match[1])] ?? match[1]}.${match[2]}` : path, message];
      }),
    );
  };

  function payload() {
    const v = plain(values);
    return {
      ...v,
      slug: v.slugMode === "auto" ? "" : v.slug,
      // A row left completely empty is not a source (the new-entry form starts with one).
      sources: v.sources
        .filter((s) => s.url.trim() || s.title.trim() || s.publisher.trim() || s.accessedAt)
        .map((s) => ({ ...s, publisher: s.publisher || null, accessedAt: s.accessedAt || null })),
      correctionNote: frozen ? v.correctionNote : null,
      substantive: frozen ? v.substantive : false,
    };
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    if (readOnly) return;
    const fields = payload();
    const check = entryFieldsSchema.safeParse(fields);
    const clientErrors: FieldErrors = check.success ? {} : remapSourceErrors(fieldErrorsOf(check.error));
    if (noteRequired && !fields.correctionNote?.trim()) {
      clientErrors.correctionNote = verdictChanged
        ? `The verdict changes from “${verdictLabel("en", props.publishedVerdict!)}” to “${verdictLabel("en", values.verdict)}”: write a public correction note.`
        : "This update is marked substantive: write a public correction note.";
    }
    // The server decides; this only saves a round trip for what we know is wrong.
    if (Object.keys(clientErrors).some((field) => field !== "correctionNote")) {
      setErrors(clientErrors);
      setFailure({ code: "invalid_input", message: "Some fields need your attention.", fieldErrors: clientErrors });
      return;
    }
    const snapshot = JSON.stringify(plain(values));
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof saveEntryAction>>;
      try {
        result = props.entryId === null ? await createEntryAction(fields) : await saveEntryAction({ entryId: props.entryId, version, fields });
      } catch {
        // The server could not be reached at all: keep the form as it is, say so.
        setFailure({ code: "unavailable", message: "Nothing was saved: the server cannot be reached. Keep this page open and try again in a moment.", fieldErrors: {} });
        return;
      }
      if (result.ok) {
        setErrors({});
        setFailure(null);
        setSaved(snapshot);
        setVersion(result.version);
        dirtyRef.current = false;
        if (props.entryId === null) {
          router.push(`/admin/entries/${result.entryId}?created=1`);
          return;
        }
        setStatus(`Saved as revision ${result.version}.`);
        return;
      }
      const fieldErrors = remapSourceErrors(result.failure.fieldErrors);
      setErrors(fieldErrors);
      setFailure({ ...result.failure, fieldErrors });
      // The next save knowingly goes over the newer revision, which stays in the history.
      if (result.failure.conflict) setVersion(result.failure.conflict.currentVersion);
    });
  }

  const conflict = failure?.conflict;

  return (
    <form onSubmit={save} noValidate className="space-y-8" aria-describedby={failure ? id("failure") : undefined} data-testid="entry-editor" ref={formRef}>
      <input type="hidden" name="version" value={version} data-testid="entry-version" />
      {props.readOnlyReason ? (
        <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">{props.readOnlyReason}</p>
      ) : null}

      {failure ? (
        <div
          id={id("failure")}
          role="alert"
          data-testid={conflict ? "conflict" : "form-error"}
          className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">{failure.message}</p>
          {conflict ? (
            <div className="mt-3 space-y-3 text-sm">
              <p>
                Saved meanwhile:{" "}
                {conflict.savedMeanwhile.map((r) => `revision ${r.number} by ${r.authorName ?? "someone"}`).join(", ") || "a newer revision"}. Your text is
                still in the form below. What they changed, from the version you started from:
              </p>
              <dl className="space-y-2 rounded border border-red-200 bg-white p-3 text-stone-900 dark:border-red-900 dark:bg-stone-950 dark:text-stone-100">
                {conflict.changes.length === 0 ? <dd>Nothing in the text (only the workflow state changed).</dd> : null}
                {conflict.changes.map((change) => (
                  <div key={change.field}>
                    <dt className="font-semibold">{change.label}</dt>
                    <dd>
                      <TextDiff before={change.before} after={change.after} multiline={change.field === "body" || change.field === "sources"} />
                    </dd>
                  </div>
                ))}
              </dl>
              <p>
                Save again to keep your version (theirs stays in the revision history), or{" "}
                <button
                  type="button"
                  className="underline"
                  onClick={() => {
                    dirtyRef.current = false;
                    window.location.reload();
                  }}
                >
                  discard your changes and load theirs
                </button>
                .
              </p>
            </div>
          ) : Object.keys(failure.fieldErrors).length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {Object.entries(failure.fieldErrors)
                .filter(([, message]) => message !== failure.message)
                .map(([path, message]) => (
                  <li key={path}>{/^sources\.(\d+)\./.test(path) ? `Source ${Number(path.split(".")[1]) + 1}: ${message}` : message}</li>
                ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset disabled={readOnly} className="space-y-5">
        <legend className="font-serif text-xl font-semibold">The claim</legend>
        <div>
          <div className="flex items-baseline justify-between">
            <label htmlFor={id("claim")} className="block font-medium">
              Claim <span className="font-normal text-stone-500">— the rumor, as it circulates</span>
            </label>
            <Counter value={values.claim} max={LIMITS.claim} />
          </div>
          <textarea id={id("claim")} name="claim" rows={2} value={values.claim} onChange={(e) => set("claim", e.target.value)} className="field mt-1" required {...invalid("claim")} />
          <FieldError id={errorId("claim")} message={errors.claim} />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          <div className="md:col-span-3">
            <label htmlFor={id("claimOriginText")} className="block font-medium">
              Where it came from <span className="font-normal text-stone-500">(optional)</span>
            </label>
            <input id={id("claimOriginText")} value={values.claimOriginText} onChange={(e) => set("claimOriginText", e.target.value)} className="field mt-1" {...invalid("claimOriginText")} />
            <FieldError id={errorId("claimOriginText")} message={errors.claimOriginText} />
          </div>
          <div className="md:col-span-2">
            <label htmlFor={id("claimOriginUrl")} className="block font-medium">
              Origin link <span className="font-normal text-stone-500">(optional)</span>
            </label>
            <input id={id("claimOriginUrl")} type="url" inputMode="url" placeholder="https://…" value={values.claimOriginUrl} onChange={(e) => set("claimOriginUrl", e.target.value)} className="field mt-1" {...invalid("claimOriginUrl")} />
            <FieldError id={errorId("claimOriginUrl")} message={errors.claimOriginUrl} />
          </div>
          <div>
            <label htmlFor={id("claimFirstSeen")} className="block font-medium">
              First seen <span className="font-normal text-stone-500">(optional)</span>
            </label>
            <input id={id("claimFirstSeen")} type="date" value={values.claimFirstSeen} onChange={(e) => set("claimFirstSeen", e.target.value)} className="field mt-1" {...invalid("claimFirstSeen")} />
            <FieldError id={errorId("claimFirstSeen")} message={errors.claimFirstSeen} />
          </div>
        </div>
      </fieldset>

      <fieldset disabled={readOnly} className="space-y-5">
        <legend className="font-serif text-xl font-semibold">The answer</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <div>
            <label htmlFor={id("verdict")} className="block font-medium">
              Verdict
            </label>
            <select id={id("verdict")} value={values.verdict} onChange={(e) => set("verdict", e.target.value as Verdict)} className="field mt-1" {...invalid("verdict")}>
              {VERDICT_VALUES.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {verdictLabel("en", verdict)}
                </option>
              ))}
            </select>
            {frozen ? <p className="mt-1 text-xs text-stone-500">Readers see: {verdictLabel("en", props.publishedVerdict!)}</p> : null}
            <FieldError id={errorId("verdict")} message={errors.verdict} />
          </div>
          <div className="md:col-span-2">
            <div className="flex items-baseline justify-between">
              <label htmlFor={id("summary")} className="block font-medium">
                Summary <span className="font-normal text-stone-500">— the short answer</span>
              </label>
              <Counter value={values.summary} max={LIMITS.summary} />
            </div>
            <textarea id={id("summary")} rows={3} value={values.summary} onChange={(e) => set("summary", e.target.value)} className="field mt-1" {...invalid("summary")} />
            <FieldError id={errorId("summary")} message={errors.summary} />
          </div>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <label htmlFor={id("body")} className="block font-medium">
              Explanation <span className="font-normal text-stone-500">(Markdown)</span>
            </label>
            <textarea id={id("body")} rows={18} value={values.body} onChange={(e) => set("body", e.target.value)} className="field mt-1 font-mono text-sm" {...invalid("body")} />
            <FieldError id={errorId("body")} message={errors.body} />
          </div>
          <div>
            <p className="block font-medium" id={id("preview-label")}>
              Preview
            </p>
            <div
              aria-labelledby={id("preview-label")}
              data-testid="markdown-preview"
              className="prose mt-1 min-h-[10rem] max-w-none overflow-auto rounded-md border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:text-base [&_h3]:font-semibold [&_h4]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-2 [&_ul]:list-disc"
              dangerouslySetInnerHTML={{ __html: previewHtml || "<p class='text-stone-500'>Nothing to preview yet.</p>" }}
            />
          </div>
        </div>
      </fieldset>

      {frozen ? (
        <fieldset disabled={readOnly} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
          <legend className="px-1 font-serif text-xl font-semibold">Correction</legend>
          <p className="text-sm">
            This entry is published. A change of verdict, or an update that changes the answer in substance, is published with a public correction note.
          </p>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={values.substantive} onChange={(e) => set("substantive", e.target.checked)} />
            This update changes the answer in substance
          </label>
          <div>
            <label htmlFor={id("correctionNote")} className="block font-medium">
              Public correction note {noteRequired ? <span className="text-red-700 dark:text-red-400">(required)</span> : <span className="font-normal text-stone-500">(optional)</span>}
            </label>
            {verdictChanged ? (
              <p className="text-sm">
                The verdict changes from “{verdictLabel("en", props.publishedVerdict!)}” to “{verdictLabel("en", values.verdict)}”.
              </p>
            ) : null}
            <textarea id={id("correctionNote")} rows={3} value={values.correctionNote} onChange={(e) => set("correctionNote", e.target.value)} className="field mt-1" {...invalid("correctionNote")} />
            <FieldError id={errorId("correctionNote")} message={errors.correctionNote} />
          </div>
        </fieldset>
      ) : null}

      <fieldset disabled={readOnly} className="space-y-3">
        <legend className="font-serif text-xl font-semibold">Sources</legend>
        <p className="text-sm text-stone-600 dark:text-stone-400">In the order readers should see them. At least one is needed to publish.</p>
        <FieldError id={errorId("sources")} message={errors.sources} />
        <ol className="space-y-3" data-testid="sources">
          {values.sources.map((source, index) => (
            <li key={source.key} className="rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900" data-testid="source-row">
              <div className="flex items-center justify-between">
                <span className="text-sm font-semibold">Source {index + 1}</span>
                <span className="flex gap-2 text-sm">
                  <button type="button" className="btn-secondary px-2 py-1" onClick={() => moveSource(index, -1)} disabled={index === 0} aria-label={`Move source ${index + 1} up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn-secondary px-2 py-1"
                    onClick={() => moveSource(index, 1)}
                    disabled={index === values.sources.length - 1}
                    aria-label={`Move source ${index + 1} down`}
                  >
                    ↓
                  </button>
                  <button type="button" className="btn-secondary px-2 py-1" onClick={() => removeSource(index)} aria-label={`Remove source ${index + 1}`}>
                    Remove
                  </button>
                </span>
              </div>
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <div>
                  <label htmlFor={id(`source-${source.key}-url`)} className="block text-sm font-medium">
                    Link
                  </label>
                  <input
                    id={id(`source-${source.key}-url`)}
                    type="url"
                    inputMode="url"
                    placeholder="https://…"
                    value={source.url}
                    onChange={(e) => setSource(index, "url", e.target.value)}
                    className="field mt-1"
                    {...invalid(`sources.${index}.url`)}
                  />
                  <FieldError id={errorId(`sources.${index}.url`)} message={errors[`sources.${index}.url`]} />
                </div>
                <div>
                  <label htmlFor={id(`source-${source.key}-title`)} className="block text-sm font-medium">
                    Title
                  </label>
                  <input id={id(`source-${source.key}-title`)} value={source.title} onChange={(e) => setSource(index, "title", e.target.value)} className="field mt-1" {...invalid(`sources.${index}.title`)} />
                  <FieldError id={errorId(`sources.${index}.title`)} message={errors[`sources.${index}.title`]} />
                </div>
                <div>
                  <label htmlFor={id(`source-${source.key}-publisher`)} className="block text-sm font-medium">
                    Publisher <span className="font-normal text-stone-500">(optional)</span>
                  </label>
                  <input id={id(`source-${source.key}-publisher`)} value={source.publisher} onChange={(e) => setSource(index, "publisher", e.target.value)} className="field mt-1" {...invalid(`sources.${index}.publisher`)} />
                  <FieldError id={errorId(`sources.${index}.publisher`)} message={errors[`sources.${index}.publisher`]} />
                </div>
                <div>
                  <label htmlFor={id(`source-${source.key}-accessedAt`)} className="block text-sm font-medium">
                    Accessed on <span className="font-normal text-stone-500">(optional)</span>
                  </label>
                  <input id={id(`source-${source.key}-accessedAt`)} type="date" value={source.accessedAt} onChange={(e) => setSource(index, "accessedAt", e.target.value)} className="field mt-1" {...invalid(`sources.${index}.accessedAt`)} />
                  <FieldError id={errorId(`sources.${index}.accessedAt`)} message={errors[`sources.${index}.accessedAt`]} />
                </div>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="btn-secondary" onClick={addSource}>
          Add a source
        </button>
      </fieldset>

      <fieldset disabled={readOnly} className="space-y-3">
        <legend className="font-serif text-xl font-semibold">Topics</legend>
        {props.topics.length === 0 ? <p className="text-sm text-stone-500">No topics yet.</p> : null}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {props.topics.map((topic) => (
            <label key={topic.id} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={values.topicIds.includes(topic.id)}
                onChange={(e) => set("topicIds", e.target.checked ? [...values.topicIds, topic.id] : values.topicIds.filter((t) => t !== topic.id))}
              />
              {topic.nameEn} <span className="text-sm text-stone-500">/ {topic.nameFr}</span>
            </label>
          ))}
        </div>
        <FieldError id={errorId("topicIds")} message={errors.topicIds} />
      </fieldset>

      <fieldset disabled={readOnly} className="space-y-4">
        <legend className="font-serif text-xl font-semibold">Language and address</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <div>
            <label htmlFor={id("locale")} className="block font-medium">
              Language
            </label>
            <select id={id("locale")} value={values.locale} disabled={frozen} onChange={(e) => set("locale", e.target.value as Locale)} className="field mt-1" {...invalid("locale")}>
              <option value="fr">French</option>
              <option value="en">English</option>
            </select>
            {frozen ? <p className="mt-1 text-xs text-stone-500">Fixed since the first publication.</p> : null}
            <FieldError id={errorId("locale")} message={errors.locale} />
          </div>
          <div className="md:col-span-2">
            <label htmlFor={id("slug")} className="block font-medium">
              Address
            </label>
            <div className="mt-1 flex items-center gap-2">
              <span className="text-sm text-stone-500">/{values.locale}/rumors/</span>
              <input
                id={id("slug")}
                value={slugShown}
                readOnly={frozen}
                onChange={(e) => setValues((current) => ({ ...current, slug: e.target.value, slugMode: "manual" }))}
                className="field"
                {...invalid("slug")}
              />
            </div>
            {frozen ? (
              <p className="mt-1 text-xs text-stone-500">Frozen since the first publication: the public address never changes.</p>
            ) : values.slugMode === "auto" ? (
              <p className="mt-1 text-xs text-stone-500">Follows the claim (a number is added if another entry uses it). Type to choose your own.</p>
            ) : (
              <button type="button" className="mt-1 text-xs underline" onClick={() => setValues((current) => ({ ...current, slugMode: "auto", slug: "" }))}>
                Derive it from the claim again
              </button>
            )}
            <FieldError id={errorId("slug")} message={errors.slug} />
          </div>
        </div>
        <div>
          <label htmlFor={id("translationId")} className="block font-medium">
            Translation <span className="font-normal text-stone-500">— the same entry in {values.locale === "fr" ? "English" : "French"}</span>
          </label>
          <select
            id={id("translationId")}
            value={values.translationId ?? ""}
            onChange={(e) => set("translationId", e.target.value ? Number(e.target.value) : null)}
            className="field mt-1"
            {...invalid("translationId")}
          >
            <option value="">No translation</option>
            {translationChoices.map((option) => (
              <option key={option.id} value={option.id}>
                #{option.id} — {option.claim.length > 110 ? `${option.claim.slice(0, 110)}…` : option.claim}
              </option>
            ))}
          </select>
          <FieldError id={errorId("translationId")} message={errors.translationId} />
        </div>
      </fieldset>


      {!readOnly ? (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-stone-200 bg-stone-50/95 py-3 dark:border-stone-800 dark:bg-stone-950/95">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? "Saving…" : conflict ? "Save my version anyway" : props.entryId === null ? "Create draft" : "Save"}
          </button>
          <span className="text-sm text-stone-600 dark:text-stone-400" role="status" data-testid="save-status">
            {status ?? (dirty ? "Unsaved changes" : props.entryId === null ? "" : "All changes saved")}
          </span>
        </div>
      ) : null}
    </form>
  );
}
