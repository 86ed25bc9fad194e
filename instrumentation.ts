/**
 * Runs once per server process, before it serves: connect, migrate (under an
 * advisory lock), load the demo content on a fresh development database, and start
 * the background jobs that must run with nobody visiting a page.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerProcess } = await import("@/lib/server/start");
  await startServerProcess();
}
