import { sql } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";

export interface DashboardCounts {
  myDrafts: number;
  inReview: number;
  scheduled: number;
  published: number;
}

export async function getDashboardCounts(userId: number): Promise<DashboardCounts> {
  const db = await getDb();
  const [row] = await queryRows<Record<keyof DashboardCounts, number>>(
    db,
    sql`select
          count(*) filter (where state = 'draft' and created_by = ${userId})::int as "myDrafts",
          count(*) filter (where state = 'in_review')::int as "inReview",
          count(*) filter (where state = 'scheduled')::int as "scheduled",
          count(*) filter (where published_revision_id is not null and unpublished_at is null)::int as "published"
        from entries`,
  );
  return row;
}
