/**
 * The closed vocabularies of the graph: what a node can be and how two nodes can be related.
 * `infrastructure` is a kind of its own (not a `place`) because a railway or a terminal is built and
 * planned, links or serves places, and a reader filters for it separately.
 */
export const NODE_KINDS = [
  "leader",
  "person",
  "state",
  "organization",
  "event",
  "place",
  "infrastructure",
  "topic",
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

/** Relation types, each with the phrase that reads it from source to target. */
export const RELATION_PHRASES = {
  heads: "heads",
  participates_in: "takes part in",
  held_in: "held in",
  on_sidelines_of: "on the sidelines of",
  discusses: "discusses",
  reports_on: "reports on",
  part_of: "part of",
  session_of: "session of",
  invites: "invites",
  exchanged_invitations_with: "exchanged invitations with",
  invited_to_speak_at: "invited to speak at",
  looks_forward_to_meeting: "looks forward to meeting",
  will_attend: "will attend",
  partner_of: "partner of",
  relations_with: "relations with",
  ready_to_cooperate_with: "ready to cooperate with",
  contributes_to: "contributes to",
  invests_in: "invests in",
  located_in: "located in",
  national_of: "national of",
  street_named_after: "street to be named after",
  links: "links",
  route_across: "route across",
  belongs_to: "belongs to",
  planned_at: "planned at",
  agreements_reached_in: "agreements reached in",
  cooperation_through: "cooperation through",
} as const;

export type RelationType = keyof typeof RELATION_PHRASES;

export const RELATION_TYPES = Object.keys(RELATION_PHRASES) as [RelationType, ...RelationType[]];
