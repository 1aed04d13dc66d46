import { topicRoleOf } from "../graph/kinds";
import type { LayoutInput } from "./layout";

/** Who is who in a report of meetings, as the story layout places them. */
export interface StoryRoles {
  /** The leader whose meetings are reported: the one who takes part in the most. */
  host: string;
  /** The meetings, in the order the graph gives them (the order the report tells them). */
  meetings: string[];
  /** For each meeting, who took part other than the host. */
  counterparts: Map<string, string[]>;
  /** For each leader, what they represent (the state they head). */
  represents: Map<string, string[]>;
  /** For each topic or named object, the meetings that raise it. */
  raisedBy: Map<string, string[]>;
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/**
 * Reads the roles from the relations' topic roles (who attends, who represents whom, what raises
 * what), not from ids or the names of any one article's relations. None when there is no meeting.
 */
export function storyRoles(input: LayoutInput): StoryRoles | undefined {
  const attendees = new Map<string, string[]>();
  const represents = new Map<string, string[]>();
  const raisedBy = new Map<string, string[]>();
  for (const e of input.edges) {
    const role = topicRoleOf(e.type);
    if (role === "attends") push(attendees, e.target, e.source);
    else if (role === "represents") push(represents, e.source, e.target);
    else if (role === "raises") push(raisedBy, e.target, e.source);
  }
  const meetings = input.nodes.map((n) => n.id).filter((id) => attendees.has(id));
  if (meetings.length === 0) return undefined;
  const attended = new Map<string, number>();
  for (const id of meetings) {
    for (const who of attendees.get(id) ?? []) attended.set(who, (attended.get(who) ?? 0) + 1);
  }
  let host = "";
  let most = 0;
  for (const [who, n] of attended) {
    if (n > most) [host, most] = [who, n];
  }
  const counterparts = new Map(
    meetings.map((m) => [m, (attendees.get(m) ?? []).filter((who) => who !== host)]),
  );
  return { host, meetings, counterparts, represents, raisedBy };
}

/** How many of the best-connected nodes lead a graph that has no meetings. */
const CORE_WITHOUT_MEETINGS = 12;

/**
 * The nodes a first look needs (named at every size, framed on a small screen): the host, the
 * meetings and who met the host there; without meetings, the best connected.
 */
export function storyCore(input: LayoutInput): Set<string> {
  const roles = storyRoles(input);
  if (roles)
    return new Set([roles.host, ...roles.meetings, ...[...roles.counterparts.values()].flat()]);
  const degree = new Map<string, number>();
  for (const e of input.edges) {
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return new Set(
    input.nodes
      .map((n) => n.id)
      .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0))
      .slice(0, CORE_WITHOUT_MEETINGS),
  );
}

/** The heart of the story, framed when even its core is too wide to read: the host and the meetings. */
export function storyHub(input: LayoutInput): Set<string> {
  const roles = storyRoles(input);
  return new Set(roles ? [roles.host, ...roles.meetings] : []);
}
