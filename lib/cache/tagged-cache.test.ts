import { afterEach, describe, expect, it, vi } from "vitest";
import { cached, clearCache, invalidateAllLocal, invalidateLocalTags } from "./tagged-cache";

afterEach(() => {
  vi.useRealTimers();
  clearCache();
});

describe("tagged cache when the database fails or hangs", () => {
  it("serves the stale copy when the load fails", async () => {
    expect(await cached("k", ["t"], async () => "v1")).toBe("v1");
    invalidateLocalTags(["t"]);
    expect(await cached("k", ["t"], async () => Promise.reject(new Error("ECONNREFUSED")))).toBe("v1");
  });

  it("serves the stale copy when the load hangs past the grace period, and stores the late result", async () => {
    vi.useFakeTimers();
    expect(await cached("k", ["t"], async () => "v1")).toBe("v1");
    invalidateLocalTags(["t"]);
    let finish: (value: string) => void = () => {};
    const reader = cached("k", ["t"], () => new Promise<string>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await reader).toBe("v1");
    finish("v2");
    await vi.advanceTimersByTimeAsync(0);
    expect(await cached("k", ["t"], async () => "v3")).toBe("v2");
  });

  it("without a copy, the reader gets the error", async () => {
    await expect(cached("none", ["t"], async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });

  it("invalidateAllLocal makes every entry stale and drops a load started before it", async () => {
    expect(await cached("a", ["x"], async () => 1)).toBe(1);
    let finish: (value: number) => void = () => {};
    const before = cached("b", ["y"], () => new Promise<number>((resolve) => (finish = resolve)));
    invalidateAllLocal();
    finish(2);
    expect(await before).toBe(2);
    expect(await cached("a", ["x"], async () => 10)).toBe(10);
    expect(await cached("b", ["y"], async () => 20)).toBe(20);
  });
});
