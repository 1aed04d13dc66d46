import type { LayoutInput } from "./layout";

/** Past this many relations a node is a hub (a topic, an agency): it belongs to no one group. */
export function hubDegree(nodeCount: number): number {
  return Math.max(40, Math.round(4 * Math.sqrt(nodeCount)));
}

export interface Grouping {
  /** Each group's node ids, largest group first; a group's ids in input order. */
  groups: string[][];
  /** Nodes tied to so many that they would pull every group together. */
  hubs: string[];
}

const ROUNDS = 12;

/**
 * Groups of nodes more tied to each other than to the rest, by label propagation (Raghavan, Albert
 * and Kumara 2007) over the graph without its hubs: every node takes the group most of its
 * neighbours have, in input order (a tie keeps the group it has), until nothing changes. Linear in the
 * relations a round and deterministic, so the same graph gives the same groups.
 */
export function groupNodes(input: LayoutInput): Grouping {
  const n = input.nodes.length;
  const index = new Map(input.nodes.map((node, i) => [node.id, i]));
  const degree = new Array<number>(n).fill(0);
  const pairs: [number, number][] = [];
  for (const e of input.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
    pairs.push([a, b]);
  }
  const limit = hubDegree(n);
  const isHub = degree.map((d) => d > limit);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    if (isHub[a] || isHub[b]) continue;
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
  }
  const label = Array.from({ length: n }, (_, i) => i);
  const counts = new Map<number, number>();
  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const around = neighbours[i] ?? [];
      if (around.length === 0) continue;
      counts.clear();
      for (const j of around) {
        const l = label[j] ?? j;
        counts.set(l, (counts.get(l) ?? 0) + 1);
      }
      let best = label[i] ?? i;
      let most = counts.get(best) ?? 0;
      for (const [l, c] of counts)
        if (c > most || (c === most && l < best && most === 0)) [best, most] = [l, c];
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const byLabel = new Map<number, string[]>();
  input.nodes.forEach((node, i) => {
    if (isHub[i]) return;
    const l = label[i] ?? i;
    const group = byLabel.get(l);
    if (group) group.push(node.id);
    else byLabel.set(l, [node.id]);
  });
  return {
    groups: [...byLabel.values()].sort((a, b) => b.length - a.length),
    hubs: input.nodes.filter((_, i) => isHub[i]).map((node) => node.id),
  };
}
