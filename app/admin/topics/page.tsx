import type { Metadata } from "next";
import { CreateTopicForm, RenameTopicForm } from "@/components/admin/topic-forms";
import { requirePermission } from "@/lib/auth/current-user";
import { listTopicsWithUsage } from "@/lib/entries/admin-queries";

export const metadata: Metadata = { title: "Topics" };
export const dynamic = "force-dynamic";

export default async function TopicsPage() {
  // Contributors get the 403 page (app/admin/forbidden.tsx).
  await requirePermission("topics.manage", "/admin/topics");
  const topics = await listTopicsWithUsage();
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Topics</h1>
      <section aria-labelledby="new-topic" className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="new-topic" className="mb-3 font-serif text-xl font-semibold">New topic</h2>
        <CreateTopicForm />
      </section>
      <section aria-labelledby="all-topics" className="space-y-3">
        <h2 id="all-topics" className="font-serif text-xl font-semibold">All topics</h2>
        <ul className="space-y-3">
          {topics.map((topic) => (
            <li key={topic.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <RenameTopicForm topic={topic} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
