import type { Metadata } from "next";
import Link from "next/link";
import { ROLES } from "@/db/schema";
import { requirePermission } from "@/lib/auth/current-user";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "New account" };
export const dynamic = "force-dynamic";

export default async function NewUserPage() {
  await requirePermission("users.manage", "/admin/users/new");
  return (
    <div>
      <p className="text-sm">
        <Link href="/admin/users" className="text-stone-600 hover:underline dark:text-stone-400">
          ← Accounts
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">New account</h1>
      <div className="mt-6 max-w-2xl rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <CreateUserForm roles={ROLES} />
      </div>
    </div>
  );
}
