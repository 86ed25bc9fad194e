import { describe, expect, it } from "vitest";
import { replicaUrls } from "./client";

describe("replicaUrls", () => {
  it("reads DATABASE_REPLICA_URL as a comma-separated list, blanks ignored", () => {
    expect(replicaUrls({ DATABASE_REPLICA_URL: " postgres://r1/factdesk ,postgres://r2/factdesk,, " })).toEqual(["postgres://r1/factdesk", "postgres://r2/factdesk"]);
  });

  it("is empty when unset: every query goes to DATABASE_URL", () => {
    expect(replicaUrls({})).toEqual([]);
    expect(replicaUrls({ DATABASE_REPLICA_URL: "" })).toEqual([]);
  });
});
