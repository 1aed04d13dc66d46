import type { Passage } from "../../model/graph/schema";
import type { Reason } from "./explain";
import type { FrameFact } from "./frame";
import type { Meeting } from "./meetings";
import type { Person, PersonMention } from "./persons";
import type { Sentence } from "./sentence";

/** Everything the extractor reads in one article, before it becomes a graph. */
export interface Reading {
  passages: Passage[];
  sentences: Sentence[];
  persons: Person[];
  mentions: PersonMention[][];
  host?: Person;
  meetings: Meeting[];
  /** sentence index -> key of the meeting whose account holds it */
  accountOf: (string | undefined)[];
  preamble: number[];
  /** Occasions, places and dates: framing every meeting (key "*", from the preamble) or one. */
  occasions: Map<string, FrameFact[]>;
  places: Map<string, FrameFact[]>;
  dates: Map<string, { date: string; sentence: number }>;
  reporter?: FrameFact;
  dateline?: FrameFact;
  /** The article's date: given, else the dateline's. */
  date?: string;
  reasons: Reason[];
}

/** The key of what frames every meeting: the preamble's. */
export const ALL = "*";
