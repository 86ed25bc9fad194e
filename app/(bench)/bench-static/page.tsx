import type { Metadata } from "next";

/**
 * The benchmark's ceiling (`npm run bench`): prerendered once at build time and
 * served from Next's route cache, so a request for it costs the server only
 * routing and sending bytes — the fastest a page can be on this server. Every
 * public page is measured against it. It reads nothing and reveals nothing.
 */
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "Factdesk — static reference page",
  robots: { index: false, follow: false },
};

export default function BenchStaticPage() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24">
      <p className="font-serif text-2xl font-bold">Factdesk</p>
      <h1 className="mt-6 text-3xl font-semibold">Static reference page</h1>
      <p className="mt-4">
        This page is prerendered when the site is built. The benchmark compares every public page with it: it is the
        fastest answer this server can give.
      </p>
    </main>
  );
}
