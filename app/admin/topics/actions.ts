"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { clientInfo } from "@/lib/request-context";
import { createTopic, renameTopic } from "@/lib/topics/commands";
import { toFailure, type WorkflowFailure } from "@/lib/workflow/errors";

export type TopicFormState = { ok?: boolean; message?: string; failure?: WorkflowFailure; at?: number };

async function context() {
  const user = await requireUser("/admin/topics");
  return { actor: { id: user.id, role: user.role }, client: await clientInfo() };
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function createTopicAction(_previous: TopicFormState, formData: FormData): Promise<TopicFormState> {
  const result = await createTopic(await getDb(), await context(), {
    nameFr: text(formData, "nameFr"),
    nameEn: text(formData, "nameEn"),
    slug: text(formData, "slug"),
  });
  if (!result.ok) return { ok: false, failure: toFailure(result.error), at: Date.now() };
  refresh();
  return { ok: true, message: `Topic “${result.slug}” created.`, at: Date.now() };
}

export async function renameTopicAction(_previous: TopicFormState, formData: FormData): Promise<TopicFormState> {
  const result = await renameTopic(await getDb(), await context(), {
    topicId: text(formData, "topicId"),
    nameFr: text(formData, "nameFr"),
    nameEn: text(formData, "nameEn"),
  });
  if (!result.ok) return { ok: false, failure: toFailure(result.error), at: Date.now() };
  refresh();
  return { ok: true, message: "Renamed.", at: Date.now() };
}
