/** Throwaway PostgreSQL databases for test and benchmark runs, created beside DATABASE_URL's. */
import postgres from "postgres";

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createScratchDatabase(baseUrl: string, prefix: string, name?: string): Promise<string> {
  const database = name ?? `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Bad database name: ${database}`);
  const admin = postgres(withDatabase(baseUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`create database ${database}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return withDatabase(baseUrl, database);
}

export async function dropScratchDatabase(baseUrl: string, url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(database)) return;
  const admin = postgres(withDatabase(baseUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
