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

interface RelationInfo {
  /** How it reads from source to target. */
  phrase: string;
  topicRole?: TopicRole;
}

export const RELATIONS = {
  heads: { phrase: "heads", topicRole: "represents" },
  participates_in: { phrase: "takes part in", topicRole: "attends" },
  held_in: { phrase: "held in" },
  on_sidelines_of: { phrase: "on the sidelines of" },
  discusses: { phrase: "discusses", topicRole: "raises" },
  reports_on: { phrase: "reports on" },
  part_of: { phrase: "part of" },
  session_of: { phrase: "a session of" },
  invites: { phrase: "invites" },
  exchanged_invitations_with: { phrase: "exchanged invitations with" },
  invited_to_speak_at: { phrase: "invited to speak at" },
  looks_forward_to_meeting: { phrase: "looks forward to meeting" },
  will_attend: { phrase: "will attend" },
  partner_of: { phrase: "a partner of" },
  relations_with: { phrase: "relations with" },
  ready_to_cooperate_with: { phrase: "ready to cooperate with" },
  contributes_to: { phrase: "contributes to" },
  invests_in: { phrase: "invests in" },
  located_in: { phrase: "located in" },
  national_of: { phrase: "a national of" },
  street_named_after: { phrase: "street to be named after" },
  links: { phrase: "links" },
  route_across: { phrase: "a route across" },
  belongs_to: { phrase: "belongs to" },
  planned_at: { phrase: "planned at" },
  agreements_reached_in: { phrase: "agreements reached in" },
  cooperation_through: { phrase: "cooperation through" },
  represents: { phrase: "represents", topicRole: "represents" },
  agrees_with: { phrase: "agrees with" },
  visits: { phrase: "visits" },
} as const satisfies Record<string, RelationInfo>;

export type RelationType = keyof typeof RELATIONS;

export const RELATION_TYPES = Object.keys(RELATIONS) as [RelationType, ...RelationType[]];

export function topicRoleOf(type: RelationType): TopicRole | undefined {
  const info: RelationInfo = RELATIONS[type];
  return info.topicRole;
}
