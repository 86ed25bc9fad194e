/**
 * Topic management: create, rename (names in French and English). A topic's
 * slug is its public address (/{locale}/topics/{slug}), so it is chosen once,
 * at creation, and never changes.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { topics } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidation";
import { publicTags } from "@/lib/entries/cache-tags";
import { SLUG_PATTERN, slugify } from "@/lib/entries/slug";
import type { ClientInfo } from "@/lib/request-context";
import { fieldErrorsOf, text } from "@/lib/workflow/entry-input";
import { EntryNotFoundError, TransitionRefusedError, ValidationError, WorkflowError, type CommandResult } from "@/lib/workflow/errors";

export interface TopicContext {
  actor: Actor;
  client?: ClientInfo | null;
}

const name = (language: string) =>
  text().trim().min(1, `Give the topic a name in ${language}.`).max(80, "At most 80 characters.");

const createTopicSchema = z.object({
  nameFr: name("French"),
  nameEn: name("English"),
  slug: z
    .string()
    .trim()
    .max(60, "At most 60 characters.")
    .default("")
    .refine((value) => value === "" || SLUG_PATTERN.test(value), "Use lower-case letters, digits and single hyphens."),
});

const renameTopicSchema = z.object({
  topicId: z.coerce.number().int().positive().max(2_147_483_647),
  nameFr: name("French"),
  nameEn: name("English"),
});

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

// Topic names appear on every public list, topic page and filter.
const TOPIC_TAGS = [publicTags.topics(), publicTags.list("fr"), publicTags.list("en")];

async function run<T extends object>(work: () => Promise<T>): Promise<CommandResult<T>> {
  try {
    const value = await work();
    await invalidateTags(TOPIC_TAGS).catch((error) => console.error("[topics] cache invalidation failed", error));
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, error };
    if (error instanceof ForbiddenError) return { ok: false, error: new TransitionRefusedError(error.reason, "Only editors can manage topics.") };
    if (isUniqueViolation(error)) return { ok: false, error: new ValidationError({ slug: "Another topic already uses this address." }) };
    throw error;
  }
}

export async function createTopic(db: Db, ctx: TopicContext, input: unknown): Promise<CommandResult<{ topicId: number; slug: string }>> {
  return run(async () => {
    const parsed = createTopicSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    assertCan(ctx.actor, "topics.manage");
    const slug = parsed.data.slug || slugify(parsed.data.nameEn, 60);
    return db.transaction(async (tx) => {
      const [topic] = await tx
        .insert(topics)
        .values({ slug, nameFr: parsed.data.nameFr, nameEn: parsed.data.nameEn })
        .returning({ id: topics.id });
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "topic.created",
        target: { type: "topic", id: topic.id },
        client: ctx.client,
        details: { slug, nameFr: parsed.data.nameFr, nameEn: parsed.data.nameEn },
      });
      return { topicId: topic.id, slug };
    });
  });
}

export async function renameTopic(db: Db, ctx: TopicContext, input: unknown): Promise<CommandResult<{ topicId: number }>> {
  return run(async () => {
    const parsed = renameTopicSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    assertCan(ctx.actor, "topics.manage");
    const { topicId, nameFr, nameEn } = parsed.data;
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(topics).where(eq(topics.id, topicId)).for("update");
      if (!before) throw new EntryNotFoundError("This topic");
      await tx.update(topics).set({ nameFr, nameEn }).where(eq(topics.id, topicId));
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "topic.renamed",
        target: { type: "topic", id: topicId },
        client: ctx.client,
        details: { from: { nameFr: before.nameFr, nameEn: before.nameEn }, to: { nameFr, nameEn } },
      });
      return { topicId };
    });
  });
}
