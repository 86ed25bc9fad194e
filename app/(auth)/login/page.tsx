import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in · Factdesk", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? params.next : undefined;
  if (await getCurrentUser()) redirect(next?.startsWith("/admin") ? next : "/admin");
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-6 py-12">
      <p className="font-serif text-3xl font-bold tracking-tight">Factdesk</p>
      <h1 className="mt-6 text-xl font-semibold">Sign in to the newsroom</h1>
      <div className="mt-6">
        <LoginForm next={next} />
      </div>
    </main>
  );
}
