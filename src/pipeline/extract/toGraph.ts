import { addTo } from "../../model/graph/multiMap";
import { NODE_KINDS } from "../../model/graph/kinds";
import type { GraphEdge, GraphNode, Passage } from "../../model/graph/schema";
import { GraphBuilder } from "./graphBuilder";
import type { Meeting } from "./meetings";
import { findNamedObjects } from "./namedObjects";
import type { Person } from "./persons";
import { ALL, type Reading } from "./reading";
import { spanOf, type Sentence } from "./sentence";
import { capitalStateAt } from "./sides";
import { slugOf } from "./slug";
import { statedRelations } from "./stated";
import { findTopics } from "./topics";

const shortName = (p: Person) => p.shortLabel;

/** An id for what the affiliation names: a state or body has its own; an organisation gets a slug. */
const affiliationId = (p: Person) =>
  p.affiliation ? p.affiliation.id || slugOf(p.affiliation.label) : undefined;

/** "CANBERRA – ...": a state the text names only by its capital, mentioned where the capital is. */
function stateByItsCapital(
  graph: GraphBuilder,
  sentence: Sentence,
  state: { id: string; label: string },
): void {
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    const capital = capitalStateAt(sentence.tokens, i);
    if (capital?.id !== state.id) continue;
    graph.node(state.id, "state", state.label, [spanOf(sentence, i, i + capital.length)]);
    return;
  }
}

/** Turns an article's reading into nodes and relations, every one backed by its sentences. */
export function toGraph(reading: Reading): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const graph = new GraphBuilder();
  const passageOf = (i: number): Passage[] => {
    const p = reading.sentences[i]?.passage;
    return p ? [p] : [];
  };

  // states and bodies, wherever named
  for (const s of reading.sentences) {
    for (const e of s.entities)
      graph.node(e.id, e.type === "state" ? "state" : "organization", e.label, [
        spanOf(s, e.from, e.to),
      ]);
  }

  // people, with what their titles say they head or represent
  const host = reading.host;
  const participants = new Set<Person>([
    ...(host ? [host] : []),
    ...reading.meetings.flatMap((m) => m.counterparts),
  ]);
  const persons =
    host && !reading.persons.includes(host) ? [host, ...reading.persons] : reading.persons;
  for (const p of persons) {
    // a run of name words alone is a person's name only when they take part in a meeting
    if (p.named === "bare" && !participants.has(p)) continue;
    const kind = p.leads || participants.has(p) ? "leader" : "person";
    const role = p.affiliation && p.title ? `${p.title} of ${p.affiliation.label}` : p.title;
    graph.node(p.id, kind, p.label, p.mentions, role ? { role } : {});
    for (const { mention, sentence } of p.titles) {
      const a = mention.affiliation;
      const s = reading.sentences[sentence];
      if (!a || !s) continue;
      // "his Kyrgyz counterpart": the host's title, of the counterpart's state
      const title =
        mention.title.label === "counterpart"
          ? { label: host?.title ?? "counterpart", leads: host?.leads ?? true }
          : mention.title;
      const target = a.id || slugOf(a.label);
      if (a.from !== undefined && a.to !== undefined)
        graph.node(target, "organization", a.label, [spanOf(s, a.from, a.to)]);
      // "Custodian of the Romanian Crown": the organisation is of the state its name gives
      if (a.state) graph.edge("belongs_to", target, a.state.id, passageOf(sentence));
      graph.edge(
        title.leads ? "heads" : "represents",
        p.id,
        target,
        passageOf(sentence),
        `${mention.modifier ? `${mention.modifier} ` : ""}${title.label} of`,
      );
    }
  }

  // a state inferred for a counterpart, cited by the sentence it is inferred from
  for (const p of persons) {
    if (p.affiliationFrom === undefined || !p.affiliation) continue;
    const from = reading.sentences[p.affiliationFrom];
    const a = p.affiliation;
    const target = a.id || slugOf(a.label);
    // "Lena Ortiz of Andes Copper Corp": an organisation named after a name
    if (from && a.from !== undefined && a.to !== undefined)
      graph.node(target, "organization", a.label, [spanOf(from, a.from, a.to)]);
    if (from && !graph.has(target)) stateByItsCapital(graph, from, a);
    graph.edge(
      p.leads ? "heads" : "represents",
      p.id,
      target,
      passageOf(p.affiliationFrom),
      `${p.title ?? "leader"} of`,
    );
  }

  // meetings: who took part, where, on the sidelines of what, who reported it
  const meetingByKey = new Map<string, { meeting: Meeting; id: string }>();
  const usedIds = new Set<string>();
  for (const m of reading.meetings) {
    let id = `meeting-${slugOf(m.key.replace(/^(?:org|person):/, ""), 80)}`;
    if (usedIds.has(id)) id = `${id}-${usedIds.size}`;
    usedIds.add(id);
    meetingByKey.set(m.key, { meeting: m, id });
  }
  const frame = (
    map: Map<
      string,
      { id: string; label: string; sentence: number; span: GraphNode["mentions"][number] }[]
    >,
    key: string,
  ) => map.get(key) ?? map.get(ALL) ?? [];
  const accounts = new Map<string, string[]>();
  for (const s of reading.sentences) {
    const key = reading.accountOf[s.index];
    if (key !== undefined) addTo(accounts, key, s.passage.id);
  }
  for (const [key, { meeting, id }] of meetingByKey) {
    if (!host) break;
    const counterpartLabel =
      meeting.counterparts.map(shortName).join(", ") ||
      [...meeting.states.values()].map((s) => s.label).join(", ");
    const date = reading.dates.get(key)?.date ?? reading.dates.get(ALL)?.date;
    graph.node(id, "event", `${shortName(host)}–${counterpartLabel} meeting`, meeting.cueSpans, {
      role: "bilateral meeting",
      ...(date ? { date } : {}),
    });
    const account = accounts.get(key) ?? [];
    graph.account(id, account);
    const reports = [...meeting.reports].sort((a, b) => a - b);
    graph.edge("participates_in", host.id, id, reports.flatMap(passageOf));
    for (const c of meeting.counterparts) {
      const names = (i: number) => (reading.mentions[i] ?? []).some((x) => x.person === c);
      const naming = reports.filter(names);
      // met as "the leaders of Seychelles": the report, and where the text names them its head
      const named = reading.sentences.findIndex((x) => names(x.index));
      const evidence = naming.length > 0 || named < 0 ? naming : [...reports, named];
      graph.edge("participates_in", c.id, id, evidence.flatMap(passageOf));
    }
    for (const [stateId, s] of meeting.states) {
      if (!meeting.counterparts.some((c) => affiliationId(c) === stateId)) {
        graph.edge(
          "participates_in",
          stateId,
          id,
          [...s.evidence].sort((a, b) => a - b).flatMap(passageOf),
          "is represented at",
        );
      }
    }
    for (const o of frame(reading.occasions, key)) {
      graph.node(o.id, "event", o.label, [o.span]);
      graph.edge("on_sidelines_of", id, o.id, passageOf(o.sentence));
      // "78th session of the United Nations General Assembly": a session of the body it names
      const s = reading.sentences[o.sentence];
      for (const e of s?.entities ?? []) {
        if (e.type !== "body" || !s) continue;
        const named = spanOf(s, e.from, e.to);
        if (named.start < o.span.start || named.end > o.span.end) continue;
        graph.edge(
          /\bsession\b/i.test(o.label) ? "session_of" : "part_of",
          o.id,
          e.id,
          passageOf(o.sentence),
        );
      }
    }
    const places = frame(reading.places, key);
    const dateline = reading.dateline;
    for (const p of places.length > 0 ? places : dateline ? [dateline] : []) {
      graph.node(p.id, "place", p.label, [p.span]);
      graph.edge("held_in", id, p.id, passageOf(p.sentence));
    }
    if (reading.reporter) {
      const r = reading.reporter;
      graph.node(r.id, "organization", r.label, [r.span], { role: "source of the report" });
      graph.edge("reports_on", r.id, id, passageOf(r.sentence));
    }
  }
  if (reading.dateline)
    graph.node(reading.dateline.id, "place", reading.dateline.label, [reading.dateline.span]);

  // what each account raises: topics and named objects
  for (const s of reading.sentences) {
    const key = reading.accountOf[s.index];
    const entry = key === undefined || s.furniture ? undefined : meetingByKey.get(key);
    if (!entry) continue;
    for (const t of findTopics(s)) {
      graph.node(t.topic.id, "topic", t.topic.label, [t.span]);
      graph.edge("discusses", entry.id, t.topic.id, [s.passage]);
    }
    // people, and the occasion (already a node of its own), are no named objects
    const occasions = [...reading.occasions.values()].flat().filter((o) => o.sentence === s.index);
    const taken = (i: number) =>
      (reading.mentions[s.index] ?? []).some((m) => i >= m.from && i < m.to) ||
      occasions.some(
        (o) => (s.tokens[i]?.start ?? -1) >= o.span.start && (s.tokens[i]?.end ?? 0) <= o.span.end,
      );
    for (const o of findNamedObjects(s, taken)) {
      if (graph.kindOf(o.id) !== undefined && graph.kindOf(o.id) !== o.kind) continue;
      graph.node(o.id, o.kind, o.label, [o.span], { role: o.role });
      graph.edge("discusses", entry.id, o.id, [s.passage]);
      for (const e of s.entities.filter(
        (e) => e.type === "state" && e.from >= o.from && e.to <= o.to,
      )) {
        if (e.demonym && e.from === o.from) graph.edge("belongs_to", o.id, e.id, [s.passage]);
        else if (o.kind === "infrastructure") graph.edge("links", o.id, e.id, [s.passage]);
      }
    }
  }
  statedRelations(
    reading,
    meetingByKey,
    (p) => (p.affiliation?.type === "state" ? p.affiliation.id : undefined),
    graph,
  );
  return graph.build(NODE_KINDS);
}
