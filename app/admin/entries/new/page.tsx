import type { Metadata } from "next";
import { EntryEditor, type EditorValues } from "@/components/admin/entry-editor";
import { requireUser } from "@/lib/auth/current-user";
import { listTopicOptions, listTranslationOptions } from "@/lib/entries/admin-queries";

export const metadata: Metadata = { title: "New entry" };
export const dynamic = "force-dynamic";

const EMPTY: EditorValues = {
  locale: "fr",
  slug: "",
  slugMode: "auto",
  translationId: null,
  claim: "",
  claimOriginText: "",
  claimOriginUrl: "",
  claimFirstSeen: "",
  verdict: "unproven",
  summary: "",
  body: "",
  sources: [{ url: "", title: "", publisher: "", accessedAt: "" }],
  topicIds: [],
  substantive: false,
  correctionNote: "",
};

export default async function NewEntryPage({ searchParams }: { searchParams: Promise<{ locale?: string }> }) {
  await requireUser("/admin/entries/new");
  const { locale } = await searchParams;
  const [topics, translationOptions] = await Promise.all([listTopicOptions(), listTranslationOptions(null)]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">New entry</h1>
      <EntryEditor
        entryId={null}
        version={0}
        initial={{ ...EMPTY, locale: locale === "en" ? "en" : "fr" }}
        publishedVerdict={null}
        topics={topics}
        translationOptions={translationOptions}
      />
    </div>
  );
}
