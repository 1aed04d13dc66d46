import type { NodeKind } from "../model/graph/kinds";

/** Singular names of the kinds, as a reader says them. */
export const KIND_NAMES: Record<NodeKind, string> = {
  leader: "Leader",
  person: "Person",
  state: "State",
  organization: "Organisation",
  event: "Event",
  place: "Place",
  infrastructure: "Infrastructure",
  topic: "Topic",
};
