import { describe, expect, it } from "vitest";
import { splitWarmSet } from "./targets";

describe("the warmed set of entries", () => {
  const paths = Array.from({ length: 1_000 }, (_, i) => `/fr/rumors/entry-${i}`);

  it("takes a tenth of the archive at most, capped, and leaves the rest to the cold measurement", () => {
    const { warm, cold } = splitWarmSet(paths, 2_000);
    expect(warm).toHaveLength(100);
    expect(cold).toHaveLength(900);
    expect(new Set([...warm, ...cold])).toEqual(new Set(paths));
    expect(warm.filter((path) => cold.includes(path))).toEqual([]);
    expect(splitWarmSet(paths, 100).warm).toHaveLength(100);
  });

  it("is spread over the whole archive, not its first entries", () => {
    const { warm } = splitWarmSet(paths, 100);
    const indexes = warm.map((path) => Number(path.split("-").at(-1)));
    expect(Math.max(...indexes)).toBeGreaterThan(500);
    expect(Math.min(...indexes)).toBeLessThan(500);
  });
});
