import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Factdesk" };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <main className="mx-auto max-w-xl px-6 py-24">
          <p className="font-serif text-2xl font-bold">Factdesk</p>
          <h1 className="mt-6 text-3xl font-semibold">Page not found · Page introuvable</h1>
          <p className="mt-4">
            <Link href="/en" className="underline">Go to the English site</Link> · <Link href="/fr" className="underline" lang="fr">Aller au site en français</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
