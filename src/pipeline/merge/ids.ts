import { GRAPH_LIMITS } from "../../model/graph/limits";
import type { Cluster } from "./clusters";

/** The id most of a cluster's sources use for it; between equals, the earliest member's. */
function commonestId(cluster: Cluster): string {
  const weight = new Map<string, number>();
  for (const m of cluster.members)
    weight.set(m.node.id, (weight.get(m.node.id) ?? 0) + Math.max(1, m.sources.length));
  let best = cluster.members[0]?.node.id ?? "x";
  for (const [id, w] of weight) if (w > (weight.get(best) ?? 0)) best = id;
  return best;
}

const cut = (id: string) => id.slice(0, GRAPH_LIMITS.nodeId).replace(/-+$/, "");

/**
 * Readable ids for the merged nodes: the id the sources use (`meeting-iran`, `tokayev`). When two
 * clusters would share one (two meetings with Iran; a Novák of Hungary and a Novak of Serbia), each
 * is qualified by what tells it apart, its date or its state (`meeting-iran-2024-03-05`,
 * `novak-serbia`), then by a number. States, topics and other nodes keep their ids first: they
 * are the same in every article.
 */
export function assignIds(
  clusters: readonly Cluster[],
  qualifier: (cluster: Cluster) => string | undefined,
): Map<Cluster, string> {
  const base = new Map(clusters.map((c) => [c, commonestId(c)]));
  const claimed = new Map<string, number>();
  for (const [c, id] of base) if (c.sort !== "other") claimed.set(id, (claimed.get(id) ?? 0) + 1);
  const used = new Set<string>();
  const ids = new Map<Cluster, string>();
  const sorted = [...clusters].sort(
    (a, b) => Number(a.sort !== "other") - Number(b.sort !== "other"),
  );
  for (const c of sorted) {
    const id = base.get(c) ?? "x";
    const shared = c.sort !== "other" && ((claimed.get(id) ?? 0) > 1 || used.has(id));
    const extra = shared ? qualifier(c) : undefined;
    let chosen = extra ? cut(`${id}-${extra}`) : id;
    for (let n = 2; used.has(chosen); n++)
      chosen = cut(`${id.slice(0, GRAPH_LIMITS.nodeId - 8)}-${n}`);
    used.add(chosen);
    ids.set(c, chosen);
  }
  return ids;
}
