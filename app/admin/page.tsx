import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { getDashboardCounts } from "@/lib/entries/admin-queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/admin");
  const counts = await getDashboardCounts(user.id);
  const cards = [
    { label: "My drafts", value: counts.myDrafts },
    { label: "Waiting for review", value: counts.inReview },
    { label: "Scheduled", value: counts.scheduled },
    { label: "Published", value: counts.published },
  ];
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Hello, {user.name}</h1>
      <ul className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {cards.map((card) => (
          <li key={card.label} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <p className="text-sm text-stone-600 dark:text-stone-400">{card.label}</p>
            <p className="mt-1 text-3xl font-semibold" data-testid={`count-${card.label}`}>
              {card.value}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
