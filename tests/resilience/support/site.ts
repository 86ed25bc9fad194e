/**
 * The usual arrangement of a suite: a throwaway PostgreSQL cluster, one database
 * with the demo newsroom, and `next start` servers on it. `close()` ends them all
 * (also done by the run's clean-up if a suite dies first).
 */
import type { Db } from "@/db/client";
import { closeDb, seedDemoDatabase } from "./database";
import { NextServer, type StartOptions } from "./next-server";
import { PgCluster } from "./pg-cluster";

export interface Site {
  cluster: PgCluster;
  databaseUrl: string;
  /** This test process's connection to the same database (product code: db/client.ts). */
  db: Db;
  servers: NextServer[];
  /** Starts one more server on the site's database. */
  addServer: (options?: Partial<StartOptions>) => Promise<NextServer>;
  close: () => Promise<void>;
}

export async function startSite(name: string, options: { servers?: number; serverEnv?: Record<string, string> } = {}): Promise<Site> {
  const cluster = await PgCluster.create(name);
  const servers: NextServer[] = [];
  const close = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await closeDb();
    await cluster.destroy();
  };
  try {
    const databaseUrl = await cluster.createDatabase(`factdesk_res_${name.replace(/[^a-z0-9]/g, "_")}`);
    const db = await seedDemoDatabase(databaseUrl);
    const addServer = async (extra: Partial<StartOptions> = {}) => {
      const server = await NextServer.start({ databaseUrl, label: name, ...extra, env: { ...options.serverEnv, ...extra.env } });
      servers.push(server);
      return server;
    };
    for (let i = 0; i < (options.servers ?? 1); i++) await addServer();
    return { cluster, databaseUrl, db, servers, addServer, close };
  } catch (error) {
    await close();
    throw error;
  }
}
