import type { NodeKind, RelationType } from "../src/model/graph/kinds";
import type { LayoutInput } from "../src/model/layout/layout";
import { mulberry32 } from "../src/model/layout/random";

const STATES = [
  "Arvelia",
  "Doria",
  "Kestria",
  "Valmora",
  "Ostland",
  "Merrow",
  "Tavia",
  "Quill",
  "Sarn",
  "Lumen",
  "Brisk",
  "Calder",
];
const LEADERS = [
  "Ilse Varga",
  "Tomas Brell",
  "Ana Kovic",
  "Jon Ferro",
  "Mia Lund",
  "Per Holm",
  "Lea Stern",
  "Ivo Marek",
  "Nora Vale",
  "Rui Costa",
  "Eda Kaya",
  "Otto Rask",
];
const TOPICS = [
  "Trade",
  "Energy",
  "Investment",
  "Transport",
  "Logistics",
  "Agriculture",
  "Tourism",
  "Culture",
  "Health",
  "Education",
  "Security",
  "Climate",
  "Digital",
  "Visas",
];

/**
 * A made-up report of `meetings` bilateral meetings in the genre's shape, as a layout sees it: one
 * host and their state, each meeting with one counterpart and the state they head, three to five
 * topics a meeting (some shared), the place, the occasion and the reporter of every meeting, and an
 * invitation or two. Seeded, so the same count gives the same report.
 */
export function madeUpReport(meetings: number, seed = 7): LayoutInput {
  const random = mulberry32(seed + meetings);
  const nodes: { id: string; label: string; kind: NodeKind }[] = [];
  const edges: { source: string; target: string; type: RelationType }[] = [];
  const node = (id: string, label: string, kind: NodeKind) => nodes.push({ id, label, kind });
  const edge = (source: string, type: RelationType, target: string) =>
    edges.push({ source, target, type });
  node("host", "Miren Solak", "leader");
  node("host-state", "Solara", "state");
  edge("host", "heads", "host-state");
  node("place", "Lisbon", "place");
  node("occasion", "Harbour Summit", "event");
  node("reporter", "Presidential press office", "organization");
  TOPICS.forEach((t) => node(t.toLowerCase(), t, "topic"));
  for (let i = 0; i < meetings; i += 1) {
    const leader = LEADERS[i % LEADERS.length] ?? `Leader ${i}`;
    const state = STATES[i % STATES.length] ?? `State ${i}`;
    const meeting = `meeting-${i}`;
    node(meeting, `Solak–${leader.split(" ")[1] ?? i} meeting`, "event");
    node(`leader-${i}`, leader, "leader");
    node(`state-${i}`, state, "state");
    edge("host", "participates_in", meeting);
    edge(`leader-${i}`, "participates_in", meeting);
    edge(`leader-${i}`, "heads", `state-${i}`);
    edge(meeting, "held_in", "place");
    edge(meeting, "on_sidelines_of", "occasion");
    edge("reporter", "reports_on", meeting);
    const count = random.int(3, 5);
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(random.pick(TOPICS).toLowerCase());
    for (const topic of chosen) edge(meeting, "discusses", topic);
    if (random.chance(0.4)) edge("host", "invites", `leader-${i}`);
    if (random.chance(0.3)) edge("host-state", "partner_of", `state-${i}`);
  }
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: nodes.filter((n) => used.has(n.id)), edges };
}
