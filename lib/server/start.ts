import { getDb } from "@/db/client";
import { listenForInvalidations } from "@/lib/cache/invalidation";
import { formatDemoAccounts, seedDemo } from "@/lib/seed/seed-demo";
import { startScheduler } from "@/lib/workflow/scheduler";

const globalStore = globalThis as unknown as { __factdeskStarted?: boolean };

export async function startServerProcess(): Promise<void> {
  if (globalStore.__factdeskStarted) return;
  globalStore.__factdeskStarted = true;
  const db = await getDb(); // connects and applies migrations
  const seedOnStart = process.env.FACTDESK_SEED_DEMO ?? (process.env.NODE_ENV === "production" ? "0" : "1");
  if (seedOnStart === "1") {
    const accounts = await seedDemo(db);
    if (accounts) console.log(formatDemoAccounts(accounts));
  }
  await listenForInvalidations();
  // Scheduled entries publish on time with nobody visiting a page; every process runs it safely.
  startScheduler();
}
