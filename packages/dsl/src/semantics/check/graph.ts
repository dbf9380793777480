/**
 * The two graphs of a scheme, walked without recursion (a chain may be thousands long): groups
 * by parent, and indicators by the indicators their values read.
 */

/**
 * The groups that lie on a parent cycle, each mapped to the set of its cycle. Every group has
 * at most one parent, so one walk per unvisited group finds every cycle in linear time.
 */
export function groupCycles(names: string[], parentOf: Map<string, string>): Map<string, Set<string>> {
  const state = new Map<string, 1 | 2>();
  const inCycle = new Map<string, Set<string>>();
  for (const start of names) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const cycle = new Set(path.slice(path.indexOf(cur)));
      for (const n of cycle) inCycle.set(n, cycle);
    }
    for (const n of path) state.set(n, 2);
  }
  return inCycle;
}

/**
 * Depth-first order of indicators after the ones they read, with an explicit stack: a chain
 * of indicators reading each other may be far longer than the JavaScript stack is deep.
 */
export function orderIndicators(names: string[], reads: Map<string, Set<string>>, onCycle: (cycle: string[]) => void): string[] {
  const state = new Map<string, 1 | 2>();
  const out: string[] = [];
  const path: string[] = [];
  const pending: Iterator<string>[] = [];
  for (const root of names) {
    if (state.has(root)) continue;
    state.set(root, 1);
    path.push(root);
    pending.push((reads.get(root) ?? new Set<string>()).values());
    while (pending.length > 0) {
      const next = pending[pending.length - 1]!.next();
      if (next.done) {
        pending.pop();
        const n = path.pop()!;
        state.set(n, 2);
        out.push(n);
        continue;
      }
      const r = next.value;
      const s = state.get(r);
      if (s === 2) continue;
      if (s === 1) {
        onCycle(path.slice(path.indexOf(r)));
        continue;
      }
      state.set(r, 1);
      path.push(r);
      pending.push((reads.get(r) ?? new Set<string>()).values());
    }
  }
  return out;
}

/**
 * How deeply groups may nest (a top-level group is depth 1). Scoring rolls groups up
 * recursively; the bound keeps that far inside any stack. docs/language-reference.md states it.
 */
export const MAX_GROUP_DEPTH = 64;

/**
 * Each group's depth (1 at the top level), for groups not on a cycle. Memoised walks up the
 * parent chain, so a chain of n groups costs O(n).
 */
export function groupDepths(names: string[], parentOf: Map<string, string>, inCycle: Map<string, Set<string>>): Map<string, number> {
  const depth = new Map<string, number>();
  for (const start of names) {
    const chain: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !depth.has(cur) && !inCycle.has(cur)) {
      chain.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && inCycle.has(cur)) continue;
    let d = cur === undefined ? 0 : depth.get(cur)!;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, ++d);
  }
  return depth;
}
