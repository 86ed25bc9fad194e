import { getDb, isDatabaseUnavailableError } from "@/db/client";
import { listenForInvalidations } from "@/lib/cache/invalidation";
import { formatDemoAccounts, seedDemo } from "@/lib/seed/seed-demo";
import { scheduleTipRetention } from "@/lib/tips/retention";
import { startScheduler } from "@/lib/workflow/scheduler";

const globalStore = globalThis as unknown as { __factdeskStarted?: boolean };

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 15_000;

async function prepareDatabase(): Promise<void> {
  const db = await getDb(); // connects and applies migrations
  const seedOnStart = process.env.FACTDESK_SEED_DEMO ?? (process.env.NODE_ENV === "production" ? "0" : "1");
  if (seedOnStart === "1") {
    const accounts = await seedDemo(db);
    if (accounts) console.log(formatDemoAccounts(accounts));
  }
  await listenForInvalidations();
  scheduleTipRetention();
  // Scheduled entries publish on time with nobody visiting a page; every process runs it safely.
  startScheduler();
}

/**
 * Once per server process, before it serves. When the database cannot be reached
 * the process still starts (health answers 503, pages that need the database fail)
 * and keeps trying in the background: migrations and the invalidation subscription
 * happen as soon as the database is back, with no restart. Any other failure (a
 * broken migration, say) stops the process, as it should.
 */
export async function startServerProcess(): Promise<void> {
  if (globalStore.__factdeskStarted) return;
  globalStore.__factdeskStarted = true;
  let delay = RETRY_MIN_MS;
  const attempt = async (): Promise<boolean> => {
    try {
      await prepareDatabase();
      return true;
    } catch (error) {
      if (!isDatabaseUnavailableError(error)) throw error;
      console.error(`[start] database unreachable (${(error as Error).message}); the server starts anyway and keeps retrying`);
      return false;
    }
  };
  if (await attempt()) return;
  const retry = () => {
    setTimeout(() => {
      attempt()
        .then((done) => {
          if (done) {
            console.log("[start] database reachable: migrated and listening for cache invalidations");
            return;
          }
          delay = Math.min(delay * 2, RETRY_MAX_MS);
          retry();
        })
        .catch((error) => {
          console.error("[start] could not prepare the database", error);
          process.exit(1);
        });
    }, delay).unref();
  };
  retry();
}
