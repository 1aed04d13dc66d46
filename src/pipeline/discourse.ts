import type { Passage, Span } from "../model/graph/schema";
import type { KnowledgeMeeting } from "./knowledgeSchema";
import { addTo } from "../model/graph/multiMap";

/**
 * How the article is organised around its meetings. A press report of several bilateral meetings
 * opens with a summary (the preamble) and then gives each meeting its own run of sentences. A run
 * starts at a sentence that uses a meeting word ("meeting", "talks") and names a participant who
 * takes part in that meeting only; it lasts until the next such sentence. A sentence that names the
 * participants of several meetings is shared by them, like the preamble.
 */
export interface Discourse {
  readonly passages: readonly Passage[];
  /** The meeting whose account a sentence belongs to; undefined for shared sentences. */
  meetingOf(passageId: string): KnowledgeMeeting | undefined;
  mentions(passageId: string): ReadonlySet<string>;
  cues(passageId: string): readonly Span[];
  /** Named in the sentence, directly or through the state a leader heads (or the leader of a state). */
  isPresent(nodeId: string, passageId: string): boolean;
  /** Not named but understood: "both leaders", "our countries", "you" within a meeting's account. */
  isImplicit(nodeId: string, passageId: string): boolean;
  /** The sentence speaks of this meeting: it is in its account, or a shared sentence naming it. */
  isAbout(meeting: KnowledgeMeeting, passageId: string): boolean;
}

export interface DiscourseInput {
  passages: readonly Passage[];
  mentionsByNode: ReadonlyMap<string, readonly Span[]>;
  cueSpans: readonly Span[];
  meetings: readonly KnowledgeMeeting[];
  /** leader id -> ids of the states the leader heads. */
  heads: ReadonlyMap<string, ReadonlySet<string>>;
}

/** passage id -> ids of the nodes mentioned in it. */
function mentionedByPassage(mentionsByNode: ReadonlyMap<string, readonly Span[]>) {
  const grouped = new Map<string, Set<string>>();
  for (const [nodeId, spans] of mentionsByNode) {
    for (const span of spans) {
      let ids = grouped.get(span.passage);
      if (!ids) grouped.set(span.passage, (ids = new Set()));
      ids.add(nodeId);
    }
  }
  return grouped;
}

export function buildDiscourse(input: DiscourseInput): Discourse {
  const { passages, meetings, heads } = input;
  const mentioned = mentionedByPassage(input.mentionsByNode);
  const cues = new Map<string, Span[]>();
  for (const span of input.cueSpans) addTo(cues, span.passage, span);

  const leadersOf = new Map<string, Set<string>>();
  for (const [leader, states] of heads) {
    for (const state of states)
      leadersOf.set(state, (leadersOf.get(state) ?? new Set()).add(leader));
  }
  const mentionsIn = (passageId: string): ReadonlySet<string> =>
    mentioned.get(passageId) ?? new Set();
  const isPresent = (nodeId: string, passageId: string) => {
    const here = mentionsIn(passageId);
    if (here.has(nodeId)) return true;
    for (const stand of [...(heads.get(nodeId) ?? []), ...(leadersOf.get(nodeId) ?? [])]) {
      if (here.has(stand)) return true;
    }
    return false;
  };

  const attendance = new Map<string, number>();
  for (const m of meetings)
    for (const p of m.participants) attendance.set(p, (attendance.get(p) ?? 0) + 1);
  const distinctive = (m: KnowledgeMeeting) =>
    m.participants.filter((p) => attendance.get(p) === 1);

  const meetingByPassage = new Map<string, KnowledgeMeeting>();
  let current: KnowledgeMeeting | undefined;
  for (const passage of passages) {
    const named = meetings.filter((m) => distinctive(m).some((p) => mentionsIn(passage.id).has(p)));
    const opens = (cues.get(passage.id) ?? []).length > 0 && named.length > 0;
    if (opens && named.length > 1) continue;
    if (opens) current = named[0];
    if (current) meetingByPassage.set(passage.id, current);
  }

  return {
    passages,
    meetingOf: (passageId) => meetingByPassage.get(passageId),
    mentions: mentionsIn,
    cues: (passageId) => cues.get(passageId) ?? [],
    isPresent,
    isImplicit(nodeId, passageId) {
      const meeting = meetingByPassage.get(passageId);
      if (!meeting) return false;
      return (
        nodeId === meeting.id ||
        meeting.participants.some((p) => p === nodeId || heads.get(p)?.has(nodeId) === true)
      );
    },
    isAbout(meeting, passageId) {
      const owner = meetingByPassage.get(passageId);
      if (owner) return owner.id === meeting.id;
      return distinctive(meeting).some((p) => isPresent(p, passageId));
    },
  };
}
