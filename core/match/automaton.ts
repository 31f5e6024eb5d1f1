// The Aho–Corasick automaton behind the term matcher, in flat typed arrays: compressed alphabet,
// sorted sparse edges, and fully resolved dense rows for the root and busy nodes, so the scan loop
// does a table read or a short edge scan per character and no allocation.

import { charTables, SKIPPED } from './char-table';

const SPACE = 0x20;
/** Nodes with at least this many children get a dense, failure-resolved row. */
const DENSE_MIN = 4;

export interface Automaton {
  /** Per UTF-16 unit: its class (≥ 1), 0 if no pattern uses it, -1 if it is skipped (invisible, combining). */
  act: Int32Array;
  /** The class of whitespace (runs of it count once). */
  spaceClass: number;
  /** Per node: offset of its dense row in `dense`, or -1. */
  denseRow: Int32Array;
  dense: Int32Array;
  childStart: Int32Array;
  childCls: Int32Array;
  childTo: Int32Array;
  fail: Int32Array;
  /** Per node: the nearest node (itself or down its failure chain) that ends patterns, 0 if none. */
  firstOut: Int32Array;
  /** Per node: the next such node below it on the failure chain. */
  dict: Int32Array;
  /** Patterns ending at node s: outPat[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outPat: Int32Array;
  depth: Int32Array;
  maxDepth: number;
}

/**
 * `codes[p]` is pattern p in folded code units (non-empty, single spaces). Patterns ending at the same
 * node are reported in ascending `rank`, then in input order.
 */
export function buildAutomaton(codes: readonly (readonly number[])[], rank: readonly number[]): Automaton {
  const { fold, changed } = charTables();
  const classOf = new Int32Array(0x10000);
  let classCount = 0;
  for (const p of codes) for (const c of p) if (classOf[c] === 0) classOf[c] = ++classCount;
  const spaceClass = classOf[SPACE] !== 0 ? classOf[SPACE]! : ++classCount;
  const K = classCount + 1;

  // Filled from the few code units that matter instead of a 64K loop: this runs cold, once per page.
  const act = new Int32Array(0x10000);
  for (const p of codes) for (const c of p) if (fold[c] === c) act[c] = classOf[c]!;
  for (const c of changed) act[c] = fold[c] === SPACE ? spaceClass : classOf[fold[c]!]!;
  act[SPACE] = spaceClass;
  for (const [a, b] of SKIPPED) act.fill(-1, a, b + 1);
  act[0xffff] = 0;

  // Trie: one map for all edges, keyed parent * K + class.
  const edge = new Map<number, number>();
  const depthList = [0];
  const parentList = [0];
  const clsList = [0];
  const ends: number[][] = [[]];
  let maxDepth = 1;
  codes.forEach((p, pi) => {
    let s = 0;
    for (const c of p) {
      const cls = classOf[c]!;
      let next = edge.get(s * K + cls);
      if (next === undefined) {
        next = depthList.length;
        edge.set(s * K + cls, next);
        depthList.push(depthList[s]! + 1);
        parentList.push(s);
        clsList.push(cls);
        ends.push([]);
      }
      s = next;
    }
    ends[s]!.push(pi);
    maxDepth = Math.max(maxDepth, p.length);
  });
  const nodeCount = depthList.length;

  // Children grouped by parent (counting sort), each group sorted by class.
  const childStart = new Int32Array(nodeCount + 1);
  for (let s = 1; s < nodeCount; s++) childStart[parentList[s]! + 1]!++;
  for (let s = 0; s < nodeCount; s++) childStart[s + 1]! += childStart[s]!;
  const fill = childStart.slice(0, nodeCount);
  const childCls = new Int32Array(Math.max(nodeCount - 1, 0));
  const childTo = new Int32Array(Math.max(nodeCount - 1, 0));
  for (let s = 1; s < nodeCount; s++) {
    let k = fill[parentList[s]!]!++;
    const cls = clsList[s]!;
    while (k > childStart[parentList[s]!]! && childCls[k - 1]! > cls) {
      childCls[k] = childCls[k - 1]!;
      childTo[k] = childTo[k - 1]!;
      k--;
    }
    childCls[k] = cls;
    childTo[k] = s;
  }

  const outStart = new Int32Array(nodeCount + 1);
  const outList: number[] = [];
  for (let s = 0; s < nodeCount; s++) {
    outStart[s] = outList.length;
    const here = ends[s]!;
    if (here.length > 1) here.sort((a, b) => rank[a]! - rank[b]! || a - b);
    outList.push(...here);
  }
  outStart[nodeCount] = outList.length;

  const denseRow = new Int32Array(nodeCount).fill(-1);
  let denseCount = 0;
  for (let s = 0; s < nodeCount; s++) {
    if (s === 0 || childStart[s + 1]! - childStart[s]! >= DENSE_MIN) denseRow[s] = K * denseCount++;
  }
  const dense = new Int32Array(K * denseCount);
  const fail = new Int32Array(nodeCount);
  const dict = new Int32Array(nodeCount);
  const firstOut = new Int32Array(nodeCount);

  const step = (from: number, cls: number): number => {
    for (let s = from; ; s = fail[s]!) {
      if (denseRow[s]! >= 0) return dense[denseRow[s]! + cls]!;
      const child = edge.get(s * K + cls);
      if (child !== undefined) return child;
    }
  };

  // Breadth first, so every failure target (shallower) is complete before it is used.
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  queue[tail++] = 0;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let e = childStart[s]!; e < childStart[s + 1]!; e++) {
      const child = childTo[e]!;
      const f = s === 0 ? 0 : step(fail[s]!, childCls[e]!);
      fail[child] = f;
      dict[child] = outStart[f + 1]! > outStart[f]! ? f : dict[f]!;
      queue[tail++] = child;
    }
    firstOut[s] = outStart[s + 1]! > outStart[s]! ? s : dict[s]!;
    const row = denseRow[s]!;
    if (row >= 0) {
      for (let cls = 1; cls < K; cls++) {
        const child = edge.get(s * K + cls);
        dense[row + cls] = child !== undefined ? child : s === 0 ? 0 : step(fail[s]!, cls);
      }
    }
  }

  return {
    act, spaceClass, denseRow, dense, childStart, childCls, childTo, fail, firstOut, dict, outStart,
    outPat: Int32Array.from(outList), depth: Int32Array.from(depthList), maxDepth,
  };
}
