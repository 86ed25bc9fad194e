import { describe, expect, it } from "vitest";
import { nextTipStatus, TIP_STATUS_VALUES } from "./status";
import { TIP_STATUSES } from "@/db/schema";

describe("tip state machine", () => {
  it("matches the schema's statuses", () => {
    expect([...TIP_STATUS_VALUES]).toEqual([...TIP_STATUSES]);
  });

  it("lets open tips be started, dismissed and converted; dismissed ones reopened", () => {
    expect(nextTipStatus({ kind: "rumor", status: "new" }, "start")).toBe("in_progress");
    expect(nextTipStatus({ kind: "rumor", status: "in_progress" }, "start")).toBeNull();
    expect(nextTipStatus({ kind: "rumor", status: "in_progress" }, "dismiss")).toBe("dismissed");
    expect(nextTipStatus({ kind: "rumor", status: "dismissed" }, "reopen")).toBe("new");
    expect(nextTipStatus({ kind: "rumor", status: "new" }, "convert")).toBe("converted");
    expect(nextTipStatus({ kind: "rumor", status: "converted" }, "dismiss")).toBeNull();
    expect(nextTipStatus({ kind: "rumor", status: "converted" }, "reopen")).toBeNull();
  });

  it("converts rumors into entries and resolves error reports, not the other way round", () => {
    expect(nextTipStatus({ kind: "error", status: "new" }, "convert")).toBeNull();
    expect(nextTipStatus({ kind: "error", status: "new" }, "resolve")).toBe("converted");
    expect(nextTipStatus({ kind: "rumor", status: "new" }, "resolve")).toBeNull();
  });
});
