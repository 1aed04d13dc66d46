import { GRAPH_LIMITS } from "../../model/graph/limits";
import type { GraphNode, Version } from "../../model/graph/schema";
import type { Cluster } from "./clusters";
import { sameForm } from "./names";
import { unionSpans, type PassageRank } from "./spans";
import { claimsOf, settle } from "./versions";

const KIND_RANK: Partial<Record<GraphNode["kind"], number>> = { leader: 0, person: 1 };

/**
 * The one node a cluster becomes: every mention, alias and account sentence of its members; for
 * label, role and date the version most sources give, and every version where they disagree. A
 * label spelt two ways (accents, transliteration) is one version under the commoner spelling,
 * the other kept among the aliases.
 */
export function mergeNode(
  cluster: Cluster,
  id: string,
  order: ReadonlyMap<string, number>,
  rank: PassageRank,
): GraphNode {
  const { members } = cluster;
  const first = members[0]?.node;
  if (!first) throw new Error("an empty cluster");
  if (members.length === 1 && first.id === id) return first;
  const field = (name: "label" | "role" | "date") =>
    settle(
      name,
      members.flatMap((m) => claimsOf(m.node, name, m.sources)),
      name === "date" ? (a, b) => a === b : sameForm,
      order,
    );
  const label = field("label");
  const role = field("role");
  const date = field("date");
  const versions: Version[] = [
    ...(label.versions ?? []),
    ...(role.versions ?? []),
    ...(date.versions ?? []),
  ].slice(0, GRAPH_LIMITS.versionsPerElement);
  const aliases = [
    ...new Set([
      ...members.flatMap((m) => m.node.aliases),
      // Labels spelt differently are each a form of it.
      ...(label.forms.length > 1 ? label.forms : []),
    ]),
  ].slice(0, GRAPH_LIMITS.aliasesPerNode);
  const account = [...new Set(members.flatMap((m) => m.node.account ?? []))].slice(
    0,
    GRAPH_LIMITS.spansPerElement,
  );
  // A leader in one report and a person in another is a leader: some source gives the title.
  const kind = members
    .map((m) => m.node.kind)
    .sort((a, b) => (KIND_RANK[a] ?? 9) - (KIND_RANK[b] ?? 9))[0];
  const position = members.find((m) => m.node.position)?.node.position;
  return {
    id,
    kind: cluster.sort === "person" ? (kind ?? first.kind) : first.kind,
    label: label.value ?? first.label,
    aliases,
    ...(role.value !== undefined ? { role: role.value } : {}),
    ...(date.value !== undefined ? { date: date.value } : {}),
    mentions: unionSpans(
      members.map((m) => m.node.mentions),
      rank,
    ),
    ...(account.length > 0 ? { account } : {}),
    ...(position ? { position } : {}),
    ...(versions.length > 0 ? { versions } : {}),
  };
}
