"use client";

import { useActionState } from "react";
import { createTopicAction, renameTopicAction, type TopicFormState } from "@/app/admin/topics/actions";
import type { TopicWithUsage } from "@/lib/entries/admin-queries";
import { Feedback } from "./workflow-form";

function fieldError(state: TopicFormState, name: string) {
  const message = state.failure?.fieldErrors[name];
  return message ? <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{message}</p> : null;
}

export function CreateTopicForm() {
  const [state, action, pending] = useActionState<TopicFormState, FormData>(createTopicAction, {});
  return (
    <form action={action} className="grid gap-3 md:grid-cols-4" data-testid="create-topic-form">
      <div>
        <label htmlFor="new-topic-en" className="block text-sm font-medium">English name</label>
        <input id="new-topic-en" name="nameEn" required maxLength={80} className="field mt-1" />
        {fieldError(state, "nameEn")}
      </div>
      <div>
        <label htmlFor="new-topic-fr" className="block text-sm font-medium">French name</label>
        <input id="new-topic-fr" name="nameFr" required maxLength={80} className="field mt-1" lang="fr" />
        {fieldError(state, "nameFr")}
      </div>
      <div>
        <label htmlFor="new-topic-slug" className="block text-sm font-medium">
          Address <span className="font-normal text-stone-500">(optional, fixed once created)</span>
        </label>
        <input id="new-topic-slug" name="slug" maxLength={60} placeholder="from the English name" className="field mt-1" />
        {fieldError(state, "slug")}
      </div>
      <div className="flex items-end">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Creating…" : "Create topic"}
        </button>
      </div>
      <div className="md:col-span-4">
        <Feedback state={state} />
      </div>
    </form>
  );
}

export function RenameTopicForm({ topic }: { topic: TopicWithUsage }) {
  const [state, action, pending] = useActionState<TopicFormState, FormData>(renameTopicAction, {});
  return (
    <form action={action} className="grid items-end gap-3 md:grid-cols-[10rem_1fr_1fr_auto]" data-testid={`topic-${topic.slug}`}>
      <input type="hidden" name="topicId" value={topic.id} />
      <div>
        <p className="font-mono text-sm">{topic.slug}</p>
        <p className="text-xs text-stone-500">
          {topic.entryCount} {topic.entryCount === 1 ? "entry" : "entries"}
        </p>
      </div>
      <div>
        <label htmlFor={`topic-${topic.id}-en`} className="block text-sm font-medium">English name</label>
        <input id={`topic-${topic.id}-en`} name="nameEn" defaultValue={topic.nameEn} required maxLength={80} className="field mt-1" />
        {fieldError(state, "nameEn")}
      </div>
      <div>
        <label htmlFor={`topic-${topic.id}-fr`} className="block text-sm font-medium">French name</label>
        <input id={`topic-${topic.id}-fr`} name="nameFr" defaultValue={topic.nameFr} required maxLength={80} className="field mt-1" lang="fr" />
        {fieldError(state, "nameFr")}
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename"}
      </button>
      <div className="md:col-span-4">
        <Feedback state={state} />
      </div>
    </form>
  );
}
