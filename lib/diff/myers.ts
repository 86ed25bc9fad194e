/**
 * Myers' O((N+M)·D) shortest edit script over integer sequences.
 *
 * Callers intern their tokens to integers first so the inner loop compares
 * numbers. The search is bounded by `maxCost` edits: the trace kept for the
 * backtrack grows as D², so an unbounded search on two unrelated 20 kB bodies
 * would cost hundreds of megabytes. Over budget, the caller falls back to a
 * coarser diff instead.
 */

export const SAME = 0;
export const REMOVED = 1;
export const ADDED = 2;
export type EditOp = typeof SAME | typeof REMOVED | typeof ADDED;

/**
 * The edit script turning `a` into `b`, in order, or `null` when more than
 * `maxCost` insertions + deletions are needed. SAME consumes one element of each
 * sequence, REMOVED one of `a`, ADDED one of `b`.
 */
export function shortestEditScript(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxCost: number,
): EditOp[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, Math.max(0, Math.floor(maxCost)));
  const offset = limit + 1;
  // v[offset + k]: furthest x reached on diagonal k (= x - y).
  const v = new Int32Array(2 * limit + 3);
  // trace[d][k + d]: v after step d, for k in [-d, d]; what the backtrack needs.
  const trace: Int32Array[] = [];

  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): EditOp[] {
  const reversed: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1];
    const k = x - y;
    // Same choice as the forward pass, on the values it saw (those of step d-1).
    const down = k === -d || (k !== d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[previousK + d - 1];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push(SAME);
      x--;
      y--;
    }
    reversed.push(down ? ADDED : REMOVED);
    x = previousX;
    y = previousY;
  }
  // d = 0: whatever is left is the common prefix.
  while (x > 0 && y > 0) {
    reversed.push(SAME);
    x--;
    y--;
  }
  return reversed.reverse();
}
