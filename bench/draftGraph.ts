import { RELATIONS, type NodeKind, type RelationType } from "../src/model/graph/kinds";
import { LabelMaker } from "./names";
import type { Random } from "../src/model/layout/random";

/** What the generator decides before any text is written: who is who, and who is tied to whom. */
export interface DraftNode {
  id: string;
  kind: NodeKind;
  label: string;
  role?: string;
  date?: string;
  /** Nodes are generated in regions of about fifty, like one article each. */
  region: number;
}

export interface DraftEdge {
  id: string;
  type: RelationType;
  source: DraftNode;
  target: DraftNode;
  label: string;
}

export interface DraftMeeting {
  node: DraftNode;
  participants: readonly [DraftNode, DraftNode];
  place: DraftNode;
  occasion: DraftNode;
  topics: readonly DraftNode[];
  reporter: DraftNode;
}

export interface Draft {
  nodes: DraftNode[];
  edges: DraftEdge[];
  meetings: DraftMeeting[];
  regions: number;
}

type Role = Exclude<NodeKind, "event"> | "meeting" | "occasion";

/** Shares of the article's graph: 7 of 52 leaders, 7 states, 5 meetings and 3 other events... */
const SHARES: Record<Role, number> = {
  leader: 0.135,
  person: 0.02,
  state: 0.135,
  organization: 0.115,
  meeting: 0.095,
  occasion: 0.06,
  place: 0.115,
  infrastructure: 0.04,
  topic: 0.285,
};
const ID_PREFIX: Record<Role, string> = {
  leader: "leader",
  person: "person",
  state: "state",
  organization: "org",
  meeting: "meeting",
  occasion: "event",
  place: "place",
  infrastructure: "infra",
  topic: "topic",
};
/** The article has 100 relations for 52 nodes. */
const EDGES_PER_NODE = 1.92;
const REGION_SIZE = 50;
const LOCAL = 0.9;

/** Relations other than the meetings' own, with the kinds they join and how common they are. */
const OTHER_RELATIONS: readonly [RelationType, Role, Role, number][] = [
  ["invites", "leader", "leader", 3],
  ["invites", "leader", "occasion", 2],
  ["partner_of", "state", "state", 4],
  ["relations_with", "state", "state", 2],
  ["ready_to_cooperate_with", "state", "organization", 2],
  ["contributes_to", "state", "organization", 1],
  ["invests_in", "state", "infrastructure", 1],
  ["located_in", "place", "state", 2],
  ["links", "infrastructure", "place", 3],
  ["route_across", "infrastructure", "place", 1],
  ["cooperation_through", "state", "organization", 3],
  ["part_of", "organization", "organization", 2],
  ["session_of", "occasion", "organization", 1],
  ["belongs_to", "place", "state", 1],
  ["planned_at", "infrastructure", "place", 1],
  ["agreements_reached_in", "topic", "meeting", 2],
  ["national_of", "person", "state", 1],
  ["street_named_after", "place", "person", 1],
  ["looks_forward_to_meeting", "leader", "leader", 1],
  ["will_attend", "leader", "occasion", 1],
  ["exchanged_invitations_with", "leader", "leader", 1],
  ["invited_to_speak_at", "leader", "occasion", 2],
];

/** For a node left without relations: one that suits its kind (which end it is, and the other). */
const RESCUE: Record<Role, [RelationType, "source" | "target", Role]> = {
  leader: ["looks_forward_to_meeting", "source", "leader"],
  person: ["national_of", "source", "state"],
  state: ["partner_of", "source", "state"],
  organization: ["cooperation_through", "target", "state"],
  meeting: ["agreements_reached_in", "target", "topic"],
  occasion: ["invited_to_speak_at", "target", "leader"],
  place: ["located_in", "source", "state"],
  infrastructure: ["links", "source", "place"],
  topic: ["agreements_reached_in", "source", "meeting"],
};

/** Nodes and relations for a graph of `size` nodes, in the article's proportions. */
export function draftGraph(size: number, random: Random): Draft {
  const labels = new LabelMaker(random);
  const regions = Math.max(1, Math.round(size / REGION_SIZE));
  const columns = Math.ceil(Math.sqrt(regions));
  const pools = Array.from({ length: regions }, () => new Map<Role, DraftNode[]>());
  const roleOf = new Map<DraftNode, Role>();
  const nodes: DraftNode[] = [];

  const roles = Object.keys(SHARES) as Role[];
  const counts = roles.map((role) => Math.floor(SHARES[role] * size));
  // Rounding leftovers become topics, the largest share.
  const leftover = size - counts.reduce((a, b) => a + b, 0);
  const counted = (role: Role, r: number) => (counts[r] ?? 0) + (role === "topic" ? leftover : 0);
  roles.forEach((role, r) => {
    for (let i = 0; i < counted(role, r); i++) {
      const region = i % regions;
      const kind: NodeKind = role === "meeting" || role === "occasion" ? "event" : role;
      // Meetings are labelled once their participants are known.
      const label = role === "meeting" ? "" : labels.label(role);
      const node: DraftNode = { id: `${ID_PREFIX[role]}-${i + 1}`, kind, label, region };
      nodes.push(node);
      roleOf.set(node, role);
      const pool = pools[region]?.get(role);
      if (pool) pool.push(node);
      else pools[region]?.set(role, [node]);
    }
  });

  /** Mostly a node of the same region, sometimes one of the next region along or below. */
  const near = (role: Role, region: number): DraftNode | undefined => {
    let from = region;
    if (!random.chance(LOCAL)) {
      const step = random.chance(0.5) ? 1 : columns;
      from = (region + step) % regions;
    }
    const pool = pools[from]?.get(role) ?? pools[region]?.get(role);
    return pool && pool.length > 0 ? random.pick(pool) : undefined;
  };

  const edges: DraftEdge[] = [];
  const edgeIds = new Set<string>();
  const degree = new Map<DraftNode, number>();
  const relate = (type: RelationType, source: DraftNode, target: DraftNode): boolean => {
    const id = `${source.id}.${type}.${target.id}`;
    if (source === target || edgeIds.has(id)) return false;
    edgeIds.add(id);
    edges.push({ id, type, source, target, label: RELATIONS[type].phrase });
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    return true;
  };

  // Every leader heads a state of its region, the first as President, any other as Prime Minister.
  const headed = new Set<DraftNode>();
  for (const leader of nodes.filter((n) => roleOf.get(n) === "leader")) {
    const states = pools[leader.region]?.get("state") ?? [];
    const state = states.find((s) => !headed.has(s)) ?? near("state", leader.region);
    if (!state) continue;
    leader.role = `${headed.has(state) ? "Prime Minister" : "President"} of ${state.label}`;
    headed.add(state);
    relate("heads", leader, state);
  }

  const meetings: DraftMeeting[] = [];
  for (const node of nodes.filter((n) => roleOf.get(n) === "meeting")) {
    const meeting = draftMeeting(node, near, random, relate);
    if (!meeting) continue;
    node.label = labels.meeting(meeting.participants[0].label, meeting.participants[1].label);
    node.role = "bilateral meeting";
    node.date = "2023-09-18";
    meetings.push(meeting);
  }

  for (const node of nodes) {
    if (degree.has(node)) continue;
    const role = roleOf.get(node);
    if (role === undefined) continue;
    const [type, end, otherRole] = RESCUE[role];
    const other = near(otherRole, node.region);
    if (other) relate(type, end === "source" ? node : other, end === "source" ? other : node);
  }

  const totalWeight = OTHER_RELATIONS.reduce((sum, [, , , w]) => sum + w, 0);
  const target = Math.round(size * EDGES_PER_NODE);
  for (let attempts = 0; edges.length < target && attempts < target * 4; attempts++) {
    let roll = random.next() * totalWeight;
    const relation = OTHER_RELATIONS.find(([, , , w]) => (roll -= w) < 0) ?? OTHER_RELATIONS[0];
    if (!relation) break;
    const [type, sourceRole, targetRole] = relation;
    const region = random.int(0, regions - 1);
    const source = pools[region]?.get(sourceRole);
    const other = near(targetRole, region);
    if (source && source.length > 0 && other) relate(type, random.pick(source), other);
  }

  // Meetings still have no label if they found no participants; they keep an honest one.
  for (const node of nodes) if (node.label === "") node.label = labels.label("occasion");
  return { nodes, edges, meetings, regions };
}

function draftMeeting(
  node: DraftNode,
  near: (role: Role, region: number) => DraftNode | undefined,
  random: Random,
  relate: (type: RelationType, source: DraftNode, target: DraftNode) => boolean,
): DraftMeeting | undefined {
  const a = near("leader", node.region);
  let b = near("leader", node.region);
  for (let i = 0; i < 8 && b === a; i++) b = near("leader", node.region);
  const place = near("place", node.region);
  const occasion = near("occasion", node.region);
  const reporter = near("organization", node.region);
  if (!a || !b || a === b || !place || !occasion || !reporter) return undefined;
  // The article's meetings raise 3 to 9 topics each (5.8 on average).
  const topics = new Set<DraftNode>();
  const wanted = random.int(3, 9);
  for (let i = 0; i < wanted * 3 && topics.size < wanted; i++) {
    const topic = near("topic", node.region);
    if (topic) topics.add(topic);
  }
  relate("participates_in", a, node);
  relate("participates_in", b, node);
  relate("held_in", node, place);
  relate("on_sidelines_of", node, occasion);
  for (const topic of topics) relate("discusses", node, topic);
  relate("reports_on", reporter, node);
  return { node, participants: [a, b], place, occasion, topics: [...topics], reporter };
}
