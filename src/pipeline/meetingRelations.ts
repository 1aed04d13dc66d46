import type { Passage, Span } from "../model/graph/schema";
import type { DerivedEdge } from "./derivedEdge";
import type { Discourse } from "./discourse";
import { KnowledgeError } from "./KnowledgeError";
import type { KnowledgeMeeting } from "./knowledgeSchema";

export interface MeetingFacts {
  edges: DerivedEdge[];
  /** Meeting id -> the meeting words that refer to it. */
  mentions: Map<string, Span[]>;
}

interface MeetingContext {
  discourse: Discourse;
  meetings: readonly KnowledgeMeeting[];
  /** What a meeting can discuss: the topics, and named objects such as a railway or a terminal. */
  topicIds: readonly string[];
  leaderIds: ReadonlySet<string>;
  reportedBy?: string;
}

/**
 * The relations every meeting has (who took part, where, on the sidelines of what, who reported it,
 * which topics it raised), each backed by the sentences that state it. A sentence states a meeting
 * fact when it speaks of that meeting, uses a meeting word and names the other end; a topic is
 * raised by the meeting whose account mentions it.
 */
export function meetingFacts(context: MeetingContext): MeetingFacts {
  const { discourse, meetings } = context;
  const edges: DerivedEdge[] = [];
  const mentions = new Map<string, Span[]>();

  // A meeting word refers to the meetings its sentence is about, unless the sentence names a leader
  // who takes part in none of them ("looking forward to meeting with your Prime Minister").
  const namesOutsider = (p: Passage) => {
    const attending = meetings
      .filter((m) => discourse.isAbout(m, p.id))
      .flatMap((m) => m.participants);
    return [...discourse.mentions(p.id)].some(
      (id) => context.leaderIds.has(id) && !attending.includes(id),
    );
  };

  // The preamble: the sentences before the first meeting's account. It frames every meeting, so a
  // place, an occasion or a reporter it names backs those facts of each, though it names no counterpart.
  const firstAccount = discourse.passages.findIndex((p) => discourse.meetingOf(p.id) !== undefined);
  const preamble = discourse.passages.slice(0, firstAccount === -1 ? 0 : firstAccount);
  const framing = (nodeId: string) => preamble.filter((p) => discourse.isPresent(nodeId, p.id));

  for (const meeting of meetings) {
    const entry = `meeting "${meeting.id}"`;
    const about = discourse.passages.filter((p) => discourse.isAbout(meeting, p.id));
    const naming = about.filter((p) => discourse.cues(p.id).length > 0 && !namesOutsider(p));
    const stating = (nodeId: string): Passage[] =>
      naming.filter((p) => discourse.isPresent(nodeId, p.id) || discourse.isImplicit(nodeId, p.id));
    const add = (
      type: DerivedEdge["type"],
      source: string,
      target: string,
      evidence: Passage[],
    ) => {
      const other = source === meeting.id ? target : source;
      if (evidence.length === 0) {
        throw new KnowledgeError(
          entry,
          `no sentence about this meeting uses a meeting word and names "${other}" (${type})`,
        );
      }
      edges.push({ entry, type, source, target, evidence });
    };

    for (const participant of meeting.participants) {
      add("participates_in", participant, meeting.id, stating(participant));
    }
    const stated = (nodeId: string) => {
      const own = stating(nodeId);
      return own.length > 0 ? own : framing(nodeId);
    };
    if (meeting.heldIn) add("held_in", meeting.id, meeting.heldIn, stated(meeting.heldIn));
    if (meeting.sidelinesOf) {
      add("on_sidelines_of", meeting.id, meeting.sidelinesOf, stated(meeting.sidelinesOf));
    }
    if (context.reportedBy) {
      add("reports_on", context.reportedBy, meeting.id, stated(context.reportedBy));
    }
    for (const topic of context.topicIds) {
      const raising = about.filter((p) => discourse.mentions(p.id).has(topic));
      if (raising.length > 0) {
        edges.push({
          entry,
          type: "discusses",
          source: meeting.id,
          target: topic,
          evidence: raising,
        });
      }
    }

    const own = naming.flatMap((p) => discourse.cues(p.id));
    if (own.length === 0) {
      throw new KnowledgeError(entry, "no meeting word in the article refers to this meeting");
    }
    mentions.set(meeting.id, own);
  }
  return { edges, mentions };
}
