import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";
import { corrections, entries, entryRevisions, reviewComments, revisionTopics, topics } from "@/db/schema";
import { getPublicEntry, listCorrections } from "@/lib/entries/public-queries";
import { seedDemo } from "@/lib/seed/seed-demo";
import {
  addComment,
  approveRevision,
  cancelSchedule,
  confirmTranslation,
  publishNow,
  republishEntry,
  requestChanges,
  saveRevision,
  schedulePublication,
  submitForReview,
  unpublishEntry,
} from "@/lib/workflow/commands";
import {
  CorrectionRequiredError,
  RevisionConflictError,
  StaleRevisionError,
  TransitionRefusedError,
  ValidationError,
} from "@/lib/workflow/errors";
import { createTopic, renameTopic } from "@/lib/topics/commands";
import { resetDatabase } from "./helpers";
import {
  approvedEntry,
  approvedUpdate,
  as,
  auditActions,
  draft,
  entryFields,
  expectOk,
  loadTeam,
  tableCounts,
  type Team,
} from "./workflow-fixtures";

let team: Team;

async function entryRow(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(entries).where(eq(entries.id, id));
  return row;
}

describe(`workflow commands on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(await getDb());
    team = await loadTeam();
  });

  describe("creating and saving", () => {
    it("creates a draft with its first revision, a slug from the claim, and an audit record", async () => {
      const created = await draft(team.contributor, { claim: "Les éoliennes rendent les vaches malades", locale: "fr" });
      expect(created.slug).toBe("les-eoliennes-rendent-les-vaches-malades");
      const row = await entryRow(created.entryId);
      expect(row).toMatchObject({ state: "draft", version: 1, workingRevisionId: created.revisionId, publishedRevisionId: null, createdBy: team.contributor.id });
      expect(await auditActions(created.entryId)).toEqual(["entry.created"]);
      // Same claim again: the derived slug gets a suffix instead of failing.
      const twin = await draft(team.contributor, { claim: "Les éoliennes rendent les vaches malades", locale: "fr" });
      expect(twin.slug).toBe("les-eoliennes-rendent-les-vaches-malades-2");
    });

    it("refuses bad input field by field and writes nothing", async () => {
      const db = await getDb();
      const before = await tableCounts();
      const { createEntry } = await import("@/lib/workflow/commands");
      const result = await createEntry(
        db,
        as(team.contributor),
        entryFields({
          claim: "   ",
          summary: "x".repeat(401),
          claimOriginUrl: "javascript:alert(1)",
          sources: [
            { url: "ftp://example.org/x", title: "FTP" },
            { url: "https://example.org/a", title: "" },
            { url: "https://EXAMPLE.org/a", title: "Same" },
          ],
        }),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(Object.keys(result.error.fieldErrors).sort()).toEqual(
        ["claim", "claimOriginUrl", "sources.0.url", "sources.1.title", "sources.2.url", "summary"].sort(),
      );
      const manual = await createEntry(db, as(team.contributor), entryFields({ slugMode: "manual", slug: "Not A Slug!" }));
      expect(!manual.ok && manual.error.fieldErrors.slug).toBeTruthy();
      const unknownTopic = await createEntry(db, as(team.contributor), entryFields({ topicIds: [999_999] }));
      expect(!unknownTopic.ok && unknownTopic.error.fieldErrors.topicIds).toBeTruthy();
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses a stale save with a conflict that says what changed meanwhile, and overwrites nothing", async () => {
      const db = await getDb();
      const created = await draft(team.editor, { summary: "Original summary." });
      // Editor 2 saves first, from the same version 1.
      const first = await saveRevision(db, as(team.editor2), {
        entryId: created.entryId,
        version: 1,
        fields: entryFields({ claim: "Shared claim", summary: "Editor two's summary." }),
      });
      expectOk(first);
      const before = await tableCounts();
      const second = await saveRevision(db, as(team.editor), {
        entryId: created.entryId,
        version: 1,
        fields: entryFields({ claim: "Shared claim", summary: "Editor one's summary." }),
      });
      expect(second.ok).toBe(false);
      if (second.ok) return;
      expect(second.error).toBeInstanceOf(RevisionConflictError);
      const conflict = (second.error as RevisionConflictError).conflict;
      expect(conflict.currentVersion).toBe(2);
      expect(conflict.savedMeanwhile).toEqual([expect.objectContaining({ number: 2, authorName: "Second Editor" })]);
      expect(conflict.changes).toContainEqual(expect.objectContaining({ field: "summary", before: "Original summary.", after: "Editor two's summary." }));
      expect(second.error.message).toMatch(/Second Editor saved this entry/);
      expect(await tableCounts()).toEqual(before);
      // Saving again from the version the conflict reported keeps both texts in the history.
      const retry = await saveRevision(db, as(team.editor), {
        entryId: created.entryId,
        version: conflict.currentVersion,
        fields: entryFields({ claim: "Shared claim", summary: "Editor one's summary." }),
      });
      expectOk(retry);
      const summaries = (await db.select({ summary: entryRevisions.summary }).from(entryRevisions).where(eq(entryRevisions.entryId, created.entryId))).map(
        (r) => r.summary,
      );
      expect(summaries.sort()).toEqual(["Editor one's summary.", "Editor two's summary.", "Original summary."]);
    });

    it("lets contributors edit only their own drafts", async () => {
      const db = await getDb();
      const created = await draft(team.contributor);
      const other = await saveRevision(db, as(team.contributor2), { entryId: created.entryId, version: 1, fields: entryFields() });
      expect(!other.ok && other.error).toBeInstanceOf(TransitionRefusedError);
      expect(!other.ok && (other.error as TransitionRefusedError).reason).toBe("not_owner");
      expectOk(await submitForReview(db, as(team.contributor), { entryId: created.entryId }));
      const inReview = await saveRevision(db, as(team.contributor), { entryId: created.entryId, version: 1, fields: entryFields() });
      expect(!inReview.ok && (inReview.error as TransitionRefusedError).reason).toBe("not_a_draft");
      // An editor may edit in review: the new revision goes back to draft.
      const byEditor = await saveRevision(db, as(team.editor), { entryId: created.entryId, version: 1, fields: entryFields() });
      expectOk(byEditor);
      expect(byEditor.state).toBe("draft");
    });

    it("links a translation both ways and refuses a same-language or already linked one", async () => {
      const db = await getDb();
      const fr = await draft(team.editor, { locale: "fr" });
      const en = await draft(team.editor, { locale: "en", translationId: fr.entryId });
      expect((await entryRow(fr.entryId)).translationId).toBe(en.entryId);
      expect((await entryRow(en.entryId)).translationId).toBe(fr.entryId);
      const sameLocale = await saveRevision(db, as(team.editor), { entryId: fr.entryId, version: 1, fields: entryFields({ locale: "fr", translationId: fr.entryId }) });
      expect(!sameLocale.ok && sameLocale.error.fieldErrors.translationId).toBeTruthy();
      const other = await draft(team.editor, { locale: "en" });
      const taken = await saveRevision(db, as(team.editor), { entryId: other.entryId, version: 1, fields: entryFields({ translationId: fr.entryId }) });
      expect(!taken.ok && taken.error.fieldErrors.translationId).toMatch(/already linked/);
    });
  });

  describe("review", () => {
    it("walks draft → review → changes requested → resubmitted → approved → published, with a comment thread and the audit log", async () => {
      const db = await getDb();
      const [topic] = await db.select().from(topics).limit(1);
      const created = await draft(team.contributor, { topicIds: [topic.id] });
      const id = created.entryId;
      expectOk(await submitForReview(db, as(team.contributor), { entryId: id, revisionId: created.revisionId }));
      expect((await entryRow(id)).state).toBe("in_review");

      const noComment = await requestChanges(db, as(team.editor), { entryId: id, revisionId: created.revisionId, comment: " " });
      expect(!noComment.ok && noComment.error.fieldErrors.comment).toBeTruthy();
      expectOk(await requestChanges(db, as(team.editor), { entryId: id, revisionId: created.revisionId, comment: "Add the ministry's report." }));
      expect((await entryRow(id)).state).toBe("draft");

      const revised = await saveRevision(db, as(team.contributor), {
        entryId: id,
        version: 1,
        fields: entryFields({ claim: "Revised claim for review", topicIds: [topic.id], sources: [{ url: "https://example.org/ministry", title: "Ministry report" }] }),
      });
      expectOk(revised);
      expectOk(await addComment(db, as(team.contributor), { entryId: id, body: "Added it." }));
      expectOk(await submitForReview(db, as(team.contributor), { entryId: id }));
      expectOk(await approveRevision(db, as(team.editor), { entryId: id, revisionId: revised.revisionId, comment: "Good." }));
      expect((await entryRow(id)).state).toBe("approved");
      expect((await getPublicEntry("en", revised.slug)).status).toBe("not_found");

      expectOk(await publishNow(db, as(team.editor), { entryId: id, revisionId: revised.revisionId }));
      const found = await getPublicEntry("en", revised.slug);
      expect(found.status).toBe("found");
      if (found.status === "found") {
        expect(found.entry.claim).toBe("Revised claim for review");
        expect(found.entry.topics.map((t) => t.slug)).toEqual([topic.slug]);
      }
      const thread = await db.select({ kind: reviewComments.kind, body: reviewComments.body }).from(reviewComments).where(eq(reviewComments.entryId, id)).orderBy(reviewComments.id);
      expect(thread).toEqual([
        { kind: "changes_requested", body: "Add the ministry's report." },
        { kind: "comment", body: "Added it." },
        { kind: "approved", body: "Good." },
      ]);
      expect(await auditActions(id)).toEqual([
        "entry.created",
        "entry.submitted",
        "entry.changes_requested",
        "entry.revision_saved",
        "entry.commented",
        "entry.submitted",
        "entry.approved",
        "entry.published",
      ]);
    });

    it("enforces the two-person rule: neither the author nor the submitter may approve", async () => {
      const db = await getDb();
      const own = await draft(team.editor);
      expectOk(await submitForReview(db, as(team.editor), { entryId: own.entryId }));
      const before = await tableCounts();
      const byAuthor = await approveRevision(db, as(team.editor), { entryId: own.entryId, revisionId: own.revisionId });
      expect(!byAuthor.ok && (byAuthor.error as TransitionRefusedError).reason).toBe("own_revision");
      expect(await tableCounts()).toEqual(before);
      expect((await entryRow(own.entryId)).state).toBe("in_review");
      expectOk(await approveRevision(db, as(team.editor2), { entryId: own.entryId, revisionId: own.revisionId }));

      // The contributor wrote it, the admin submitted it: the admin may not approve it either.
      const theirs = await draft(team.contributor);
      expectOk(await submitForReview(db, as(team.admin), { entryId: theirs.entryId }));
      const bySubmitter = await approveRevision(db, as(team.admin), { entryId: theirs.entryId, revisionId: theirs.revisionId });
      expect(!bySubmitter.ok && (bySubmitter.error as TransitionRefusedError).reason).toBe("own_revision");
      const byContributor = await approveRevision(db, as(team.contributor2), { entryId: theirs.entryId, revisionId: theirs.revisionId });
      expect(!byContributor.ok && (byContributor.error as TransitionRefusedError).reason).toBe("role");
    });

    it("refuses to approve a revision other than the one the reviewer saw", async () => {
      const db = await getDb();
      const created = await draft(team.contributor);
      expectOk(await submitForReview(db, as(team.contributor), { entryId: created.entryId }));
      const edited = await saveRevision(db, as(team.editor2), { entryId: created.entryId, version: 1, fields: entryFields() });
      expectOk(edited);
      expectOk(await submitForReview(db, as(team.editor2), { entryId: created.entryId }));
      const stale = await approveRevision(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId });
      expect(!stale.ok && stale.error).toBeInstanceOf(StaleRevisionError);
    });
  });

  describe("publishing", () => {
    it("needs an approval and at least one source, and writes nothing when refused", async () => {
      const db = await getDb();
      const created = await draft(team.contributor, { sources: [] });
      expectOk(await submitForReview(db, as(team.contributor), { entryId: created.entryId }));
      const before = await tableCounts();
      const unapproved = await publishNow(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId });
      expect(!unapproved.ok && (unapproved.error as TransitionRefusedError).reason).toBe("invalid_state");
      expectOk(await approveRevision(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId }));
      const afterApproval = await tableCounts();
      const noSource = await publishNow(db, as(team.editor2), { entryId: created.entryId, revisionId: created.revisionId });
      expect(!noSource.ok && (noSource.error as TransitionRefusedError).reason).toBe("needs_source");
      expect(await tableCounts()).toEqual(afterApproval);
      expect(afterApproval.audit).toBe(before.audit + 1);
      expect((await entryRow(created.entryId)).publishedRevisionId).toBeNull();
      const byContributor = await publishNow(db, as(team.contributor), { entryId: created.entryId, revisionId: created.revisionId });
      expect(!byContributor.ok && (byContributor.error as TransitionRefusedError).reason).toBe("role");
    });

    it("keeps the published revision public while an update is written and reviewed", async () => {
      const db = await getDb();
      const created = await approvedEntry(team.contributor, team.editor, { claim: "Live claim, first wording", summary: "Old summary." });
      expectOk(await publishNow(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId }));
      const first = await entryRow(created.entryId);

      const update = await saveRevision(db, as(team.editor), {
        entryId: created.entryId,
        version: 1,
        fields: entryFields({ claim: "Live claim, first wording", summary: "New summary under review." }),
      });
      expectOk(update);
      const during = await entryRow(created.entryId);
      expect(during).toMatchObject({ state: "draft", publishedRevisionId: created.revisionId, workingRevisionId: update.revisionId });
      const publicDuring = await getPublicEntry("en", created.slug);
      expect(publicDuring.status === "found" && publicDuring.entry.summary).toBe("Old summary.");

      expectOk(await submitForReview(db, as(team.editor), { entryId: created.entryId }));
      expectOk(await approveRevision(db, as(team.editor2), { entryId: created.entryId, revisionId: update.revisionId }));
      const stillOld = await getPublicEntry("en", created.slug);
      expect(stillOld.status === "found" && stillOld.entry.summary).toBe("Old summary.");

      expectOk(await publishNow(db, as(team.editor2), { entryId: created.entryId, revisionId: update.revisionId }));
      const after = await getPublicEntry("en", created.slug);
      expect(after.status === "found" && after.entry.summary).toBe("New summary under review.");
      const row = await entryRow(created.entryId);
      expect(row.firstPublishedAt).toEqual(first.firstPublishedAt);
      expect(row.lastPublishedAt!.getTime()).toBeGreaterThanOrEqual(first.lastPublishedAt!.getTime());
      // A minor update is not a correction.
      expect(await db.select().from(corrections).where(eq(corrections.entryId, created.entryId))).toEqual([]);
    });

    it("requires a public correction note for a verdict change or a substantive update, shows it, and flags the translation", async () => {
      const db = await getDb();
      const fr = await approvedEntry(team.contributor, team.editor, { locale: "fr", verdict: "unproven", claim: "Rumeur de test sur les corrections" });
      expectOk(await publishNow(db, as(team.editor), { entryId: fr.entryId, revisionId: fr.revisionId }));
      const en = await approvedEntry(team.contributor, team.editor, { locale: "en", verdict: "unproven", translationId: fr.entryId });
      expectOk(await publishNow(db, as(team.editor), { entryId: en.entryId, revisionId: en.revisionId }));
      const publishedAt = (await entryRow(fr.entryId)).lastPublishedAt!;

      const before = await tableCounts();
      const noNote = await saveRevision(db, as(team.editor), {
        entryId: fr.entryId,
        version: 1,
        fields: entryFields({ locale: "fr", claim: "Rumeur de test sur les corrections", verdict: "false", translationId: en.entryId }),
      });
      expect(!noNote.ok && noNote.error).toBeInstanceOf(CorrectionRequiredError);
      expect(!noNote.ok && noNote.error.fieldErrors.correctionNote).toMatch(/Unproven.*False/);
      const substantive = await saveRevision(db, as(team.editor), {
        entryId: fr.entryId,
        version: 1,
        fields: entryFields({ locale: "fr", claim: "Rumeur de test sur les corrections", substantive: true, translationId: en.entryId }),
      });
      expect(!substantive.ok && substantive.error).toBeInstanceOf(CorrectionRequiredError);
      expect(await tableCounts()).toEqual(before);

      const corrected = await approvedUpdate(
        fr.entryId,
        1,
        entryFields({
          locale: "fr",
          claim: "Rumeur de test sur les corrections",
          verdict: "false",
          correctionNote: "Le rapport final publié depuis montre que l'affirmation est fausse.",
          translationId: en.entryId,
        }),
        team.editor,
        team.editor2,
      );
      const later = new Date(publishedAt.getTime() + 60_000);
      const published = await publishNow(db, as(team.editor2, later), { entryId: fr.entryId, revisionId: corrected.revisionId });
      expectOk(published);
      expect(published.correctionId).not.toBeNull();

      const page = await getPublicEntry("fr", fr.slug);
      expect(page.status).toBe("found");
      if (page.status === "found") {
        expect(page.entry.verdict).toBe("false");
        expect(page.entry.corrections).toEqual([
          expect.objectContaining({ previousVerdict: "unproven", newVerdict: "false", note: "Le rapport final publié depuis montre que l'affirmation est fausse." }),
        ]);
        expect(page.entry.lastPublishedAt.getTime()).toBe(later.getTime());
      }
      expect((await listCorrections("fr")).some((c) => c.entrySlug === fr.slug)).toBe(true);
      expect(await auditActions(fr.entryId)).toEqual(expect.arrayContaining(["entry.published", "entry.corrected"]));

      // The English sibling is now out of date, until someone confirms it.
      expect((await entryRow(en.entryId)).translationOutdatedAt?.getTime()).toBe(later.getTime());
      const byContributor = await confirmTranslation(db, as(team.contributor), { entryId: en.entryId });
      expect(byContributor.ok).toBe(false);
      expectOk(await confirmTranslation(db, as(team.editor), { entryId: en.entryId }));
      expect((await entryRow(en.entryId)).translationOutdatedAt).toBeNull();
      expect(await auditActions(en.entryId)).toContain("entry.translation_confirmed");
    });

    it("freezes the slug and the language after the first publication", async () => {
      const db = await getDb();
      const created = await approvedEntry(team.contributor, team.editor);
      expectOk(await publishNow(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId }));
      const renamed = await saveRevision(db, as(team.editor), {
        entryId: created.entryId,
        version: 1,
        fields: entryFields({ slugMode: "manual", slug: "a-new-address" }),
      });
      expect(!renamed.ok && renamed.error.fieldErrors.slug).toMatch(/frozen/);
      const relocalised = await saveRevision(db, as(team.editor), { entryId: created.entryId, version: 1, fields: entryFields({ locale: "fr" }) });
      expect(!relocalised.ok && relocalised.error.fieldErrors.locale).toBeTruthy();
      // In auto mode a new claim keeps the published address.
      const reclaimed = await saveRevision(db, as(team.editor), { entryId: created.entryId, version: 1, fields: entryFields({ claim: "Entirely different words" }) });
      expectOk(reclaimed);
      expect(reclaimed.slug).toBe(created.slug);
    });

    it("unpublishes (the entry is gone) and republishes", async () => {
      const db = await getDb();
      const created = await approvedEntry(team.contributor, team.editor);
      expectOk(await publishNow(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId }));
      const byContributor = await unpublishEntry(db, as(team.contributor), { entryId: created.entryId });
      expect(!byContributor.ok && (byContributor.error as TransitionRefusedError).reason).toBe("role");
      expectOk(await unpublishEntry(db, as(team.editor), { entryId: created.entryId, reason: "Legal request" }));
      expect((await getPublicEntry("en", created.slug)).status).toBe("gone");
      expect((await entryRow(created.entryId)).state).toBe("unpublished");
      const twice = await unpublishEntry(db, as(team.editor), { entryId: created.entryId });
      expect(!twice.ok && (twice.error as TransitionRefusedError).reason).toBe("invalid_state");
      expectOk(await republishEntry(db, as(team.editor2), { entryId: created.entryId }));
      expect((await getPublicEntry("en", created.slug)).status).toBe("found");
      expect((await entryRow(created.entryId)).state).toBe("published");
      expect(await auditActions(created.entryId)).toEqual(expect.arrayContaining(["entry.unpublished", "entry.republished"]));
    });

    it("schedules only in the future, blocks edits while scheduled, and cancels", async () => {
      const db = await getDb();
      const created = await approvedEntry(team.contributor, team.editor);
      const past = await schedulePublication(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId, publishAt: new Date(Date.now() - 1000).toISOString() });
      expect(!past.ok && past.error.fieldErrors.publishAt).toBeTruthy();
      const garbage = await schedulePublication(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId, publishAt: "not a date" });
      expect(!garbage.ok && garbage.error.fieldErrors.publishAt).toBeTruthy();
      const scheduled = await schedulePublication(db, as(team.editor), {
        entryId: created.entryId,
        revisionId: created.revisionId,
        publishAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expectOk(scheduled);
      expect((await entryRow(created.entryId)).state).toBe("scheduled");
      const edit = await saveRevision(db, as(team.editor), { entryId: created.entryId, version: 1, fields: entryFields() });
      expect(!edit.ok && edit.error.message).toMatch(/cancel the schedule/);
      expectOk(await cancelSchedule(db, as(team.editor), { entryId: created.entryId }));
      expect((await entryRow(created.entryId)).state).toBe("approved");
    });
  });
  describe("topics", () => {
    it("shows a renamed topic's new name on a public entry that was read (and cached) before", async () => {
      const db = await getDb();
      const [health] = await db.select().from(topics).where(eq(topics.slug, "health"));
      const [live] = await db
        .select({ locale: entries.locale, slug: entries.slug })
        .from(entries)
        .innerJoin(revisionTopics, eq(revisionTopics.revisionId, entries.publishedRevisionId))
        .where(eq(revisionTopics.topicId, health.id))
        .limit(1);
      const before = await getPublicEntry(live.locale, live.slug);
      expect(before.status === "found" && before.entry.topics.map((topic) => topic.nameEn)).toContain(health.nameEn);
      expectOk(await renameTopic(db, as(team.editor), { topicId: health.id, nameEn: "Health and medicine", nameFr: "Santé et médecine" }));
      const after = await getPublicEntry(live.locale, live.slug);
      expect(after.status === "found" && after.entry.topics.map((topic) => topic.nameEn)).toContain("Health and medicine");
      expectOk(await renameTopic(db, as(team.editor), { topicId: health.id, nameEn: health.nameEn, nameFr: health.nameFr }));
    });

    it("lets editors create and rename topics (audited), refuses contributors and duplicate addresses", async () => {
      const db = await getDb();
      const created = await createTopic(db, as(team.editor), { nameEn: "Elections", nameFr: "Élections" });
      expectOk(created);
      expect(created.slug).toBe("elections");
      const duplicate = await createTopic(db, as(team.editor), { nameEn: "Elections", nameFr: "Scrutins" });
      expect(!duplicate.ok && duplicate.error.fieldErrors.slug).toMatch(/already uses/);
      const badSlug = await createTopic(db, as(team.editor), { nameEn: "X", nameFr: "X", slug: "Not OK" });
      expect(!badSlug.ok && badSlug.error.fieldErrors.slug).toBeTruthy();
      const byContributor = await createTopic(db, as(team.contributor), { nameEn: "Sports", nameFr: "Sports" });
      expect(byContributor.ok).toBe(false);
      expectOk(await renameTopic(db, as(team.admin), { topicId: created.topicId, nameEn: "Elections and votes", nameFr: "Élections et votes" }));
      const [row] = await db.select().from(topics).where(eq(topics.id, created.topicId));
      expect(row).toMatchObject({ slug: "elections", nameEn: "Elections and votes", nameFr: "Élections et votes" });
      const missing = await renameTopic(db, as(team.admin), { topicId: 999_999, nameEn: "A", nameFr: "B" });
      expect(!missing.ok && missing.error.code).toBe("not_found");
    });
  });
});
