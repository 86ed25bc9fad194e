import type { Metadata } from "next";
import Link from "next/link";
import "../globals.css";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { default: "Newsroom · Factdesk", template: "%s · Factdesk newsroom" }, robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const nav = [
    { href: "/admin", label: "Dashboard", show: true },
    { href: "/admin/entries", label: "Entries", show: true },
    { href: "/admin/topics", label: "Topics", show: can(user, "topics.manage") },
    { href: "/admin/tips", label: "Tips", show: can(user, "tips.view") },
    { href: "/admin/users", label: "Accounts", show: can(user, "users.manage") },
    { href: "/admin/audit", label: "Audit log", show: can(user, "audit.read") },
  ].filter((item) => item.show);
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/admin" className="font-serif text-xl font-bold">
              Factdesk <span className="text-sm font-normal text-stone-500">newsroom</span>
            </Link>
            <nav aria-label="Newsroom" className="flex flex-wrap gap-4 text-sm">
              {nav.map((item) => (
                <Link key={item.href} href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <Link href="/admin/account" className="hover:underline" data-testid="current-user">
                {user.name} <span className="text-stone-500">({user.role})</span>
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
                  Sign out
                </button>
              </form>
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
