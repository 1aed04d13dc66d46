/**
 * The closed vocabularies of the graph: what a node can be and how two nodes can be related, each
 * with everything the rest of the code needs to know about it. `infrastructure` is a kind of its own
 * (not a `place`) because a railway or a terminal is built and planned, links or serves places, and
 * a reader filters for it separately.
 */

export interface KindInfo {
  singular: string;
  /** For the legend and the kind filters. */
  plural: string;
  /** How it is drawn, on the canvas and in the legend; every kind its own, so colour is never the only cue. */
  shape:
    | "ellipse"
    | "pentagon"
    | "round-rectangle"
    | "hexagon"
    | "diamond"
    | "round-triangle"
    | "barrel"
    | "round-tag";
  size: number;
}

export const KINDS = {
  leader: { singular: "Leader", plural: "Leaders", shape: "ellipse", size: 34 },
  person: { singular: "Person", plural: "People", shape: "pentagon", size: 28 },
  state: { singular: "State", plural: "States", shape: "round-rectangle", size: 30 },
  organization: { singular: "Organisation", plural: "Organisations", shape: "hexagon", size: 28 },
  event: { singular: "Event", plural: "Events and meetings", shape: "diamond", size: 32 },
  place: { singular: "Place", plural: "Places", shape: "round-triangle", size: 28 },
  infrastructure: {
    singular: "Infrastructure",
    plural: "Infrastructure",
    shape: "barrel",
    size: 28,
  },
  topic: { singular: "Topic", plural: "Topics", shape: "round-tag", size: 24 },
} as const satisfies Record<string, KindInfo>;

export type NodeKind = keyof typeof KINDS;

export const NODE_KINDS = Object.keys(KINDS) as [NodeKind, ...NodeKind[]];

/**
 * What a relation means to the topic filter: an event `raises` the topic it discusses, a leader
 * `attends` an event, a leader `represents` the state they head. Choosing a topic keeps the events
 * that raise it, who attended them, and whom they represent.
 */
export type TopicRole = "raises" | "attends" | "represents";

/**
 * What a relation is, broadly, as the reader tells relations apart on the canvas and filters them:
 * someone taking part in a meeting, a meeting discussing a topic, a leader heading a state, an
 * invitation, a partnership or agreement, and the setting (where, when, on what occasion, who reports).
 */
export const RELATION_FAMILIES = {
  takes_part: { label: "Taking part", line: "solid", arrow: "triangle" },
  discusses: { label: "Discussing", line: "dotted", arrow: "triangle-backcurve" },
  heads: { label: "Heading or representing a state", line: "solid", arrow: "tee" },
  invitation: { label: "Invitations and plans", line: "dashed", arrow: "chevron" },
  partnership: { label: "Partnerships and agreements", line: "double", arrow: "none" },
  setting: { label: "Setting and other ties", line: "solid", arrow: "triangle" },
} as const satisfies Record<
  string,
  { label: string; line: "solid" | "dotted" | "dashed" | "double"; arrow: string }
>;

export type RelationFamily = keyof typeof RELATION_FAMILIES;

export const RELATION_FAMILY_NAMES = Object.keys(RELATION_FAMILIES) as [
  RelationFamily,
  ...RelationFamily[],
];

interface RelationInfo {
  /** How it reads from source to target. */
  phrase: string;
  topicRole?: TopicRole;
  family: RelationFamily;
}

export const RELATIONS = {
  heads: { phrase: "heads", topicRole: "represents", family: "heads" },
  participates_in: { phrase: "takes part in", topicRole: "attends", family: "takes_part" },
  held_in: { phrase: "held in", family: "setting" },
  on_sidelines_of: { phrase: "on the sidelines of", family: "setting" },
  discusses: { phrase: "discusses", topicRole: "raises", family: "discusses" },
  reports_on: { phrase: "reports on", family: "setting" },
  part_of: { phrase: "part of", family: "setting" },
  session_of: { phrase: "a session of", family: "setting" },
  invites: { phrase: "invites", family: "invitation" },
  exchanged_invitations_with: { phrase: "exchanged invitations with", family: "invitation" },
  invited_to_speak_at: { phrase: "invited to speak at", family: "invitation" },
  looks_forward_to_meeting: { phrase: "looks forward to meeting", family: "invitation" },
  will_attend: { phrase: "will attend", family: "takes_part" },
  partner_of: { phrase: "a partner of", family: "partnership" },
  relations_with: { phrase: "relations with", family: "partnership" },
  ready_to_cooperate_with: { phrase: "ready to cooperate with", family: "partnership" },
  contributes_to: { phrase: "contributes to", family: "partnership" },
  invests_in: { phrase: "invests in", family: "partnership" },
  located_in: { phrase: "located in", family: "setting" },
  national_of: { phrase: "a national of", family: "heads" },
  street_named_after: { phrase: "street to be named after", family: "setting" },
  links: { phrase: "links", family: "setting" },
  route_across: { phrase: "a route across", family: "setting" },
  belongs_to: { phrase: "belongs to", family: "setting" },
  planned_at: { phrase: "planned at", family: "setting" },
  agreements_reached_in: { phrase: "agreements reached in", family: "partnership" },
  cooperation_through: { phrase: "cooperation through", family: "partnership" },
  represents: { phrase: "represents", topicRole: "represents", family: "heads" },
  agrees_with: { phrase: "agrees with", family: "partnership" },
  visits: { phrase: "visits", family: "takes_part" },
} as const satisfies Record<string, RelationInfo>;

export type RelationType = keyof typeof RELATIONS;

export const RELATION_TYPES = Object.keys(RELATIONS) as [RelationType, ...RelationType[]];

export function topicRoleOf(type: RelationType): TopicRole | undefined {
  const info: RelationInfo = RELATIONS[type];
  return info.topicRole;
}

export function familyOf(type: RelationType): RelationFamily {
  return RELATIONS[type].family;
}
