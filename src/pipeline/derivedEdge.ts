import type { RelationType } from "../model/graph/kinds";
import type { Passage } from "../model/graph/schema";

/** A relation the pipeline has established, with the sentences that state it. */
export interface DerivedEdge {
  /** Names the knowledge entry it came from, for error messages. */
  entry: string;
  type: RelationType;
  source: string;
  target: string;
  label?: string;
  evidence: Passage[];
}
