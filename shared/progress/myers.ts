/** One step of an edit script: keep a token, drop one from the old sequence, or add one from the new. */
export type EditOp = 'same' | 'removed' | 'added';

/**
 * The shortest edit script turning `a` into `b` (Myers, "An O(ND) Difference Algorithm", 1986):
 * the longest common subsequence is kept, everything else removed or added. Common ends are
 * trimmed first; only the part of each round's frontier the backtrack reads is kept, so memory
 * grows with the square of the number of edits, not with the product of the lengths.
 */
export function diffSequence(a: readonly string[], b: readonly string[]): EditOp[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const middle = editScript(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...Array<EditOp>(head).fill('same'), ...middle, ...Array<EditOp>(tail).fill('same')];
}

function editScript(a: readonly string[], b: readonly string[]): EditOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return Array<EditOp>(m).fill('added');
  if (m === 0) return Array<EditOp>(n).fill('removed');
  const max = n + m;
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k (y = x - k).
  const v = new Int32Array(2 * max + 3);
  /** trace[d] holds v for diagonals -(d-1)..(d-1) as they were when round d began. */
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(d === 0 ? new Int32Array(0) : v.slice(offset - d + 1, offset + d));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
  }
  throw new Error('unreachable: an edit script always exists');
}

function backtrack(trace: readonly Int32Array[], n: number, m: number, depth: number): EditOp[] {
  const ops: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const frontier = trace[d]!;
    const at = (k: number) => frontier[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('same');
      x--;
      y--;
    }
    ops.push(down ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x--;
    y--;
  }
  return ops.reverse();
}
