import type { RelationType } from "./kinds";
import type { GraphEdge, GraphNode } from "./schema";

/** A piece of a relation read out: words, or the name of one of its ends. */
export type SentencePart =
  { text: string } | { text: string; node: string; end: "source" | "target" };

type Parts = SentencePart[];
type Template = (source: SentencePart, label: string, target: SentencePart) => Parts;

const w = (text: string): SentencePart => ({ text });

/** Most relations read "<source> <label> <target>" or "<source> is <label> <target>". */
const plain: Template = (s, label, t) => [s, w(` ${label} `), t];
const is: Template = (s, label, t) => [s, w(` is ${label} `), t];
const has: Template = (s, label, t) => [s, w(` has ${label} `), t];
/**
 * "is" before a role or a participle ("is President of Kazakhstan", "is located in"); none before a
 * label that is a verb already, as a relation labelled by its type's own phrase is ("heads").
 */
const VERB_FIRST = /^(heads|represents|invests)\b/;
const isUnlessVerb: Template = (s, label, t) =>
  VERB_FIRST.test(label) ? plain(s, label, t) : is(s, label, t);

/**
 * How each type of relation reads as an English sentence, its label (which says it in the source's
 * words) fitted in: "Kassym-Jomart Tokayev is President of Kazakhstan", "Tokayev invites Katalin
 * Novák to visit Kazakhstan", "The Tokayev–Raisi meeting is held on the sidelines of the 78th UN
 * General Assembly".
 */
const TEMPLATES: Record<RelationType, Template> = {
  heads: isUnlessVerb,
  participates_in: plain,
  held_in: is,
  on_sidelines_of: (s, label, t) => [s, w(` is held ${label} `), t],
  discusses: plain,
  reports_on: plain,
  part_of: is,
  session_of: is,
  // The invited one comes right after the verb: "invites Novák to visit Kazakhstan".
  invites: (s, label, t) => {
    const rest = label.replace(/^invites\b/, "");
    return [s, w(" invites "), t, ...(rest ? [w(rest)] : [])];
  },
  exchanged_invitations_with: plain,
  invited_to_speak_at: is,
  looks_forward_to_meeting: plain,
  will_attend: plain,
  partner_of: is,
  relations_with: has,
  ready_to_cooperate_with: is,
  contributes_to: plain,
  invests_in: isUnlessVerb,
  located_in: is,
  national_of: is,
  street_named_after: (s, _label, t) => [w("A street in "), s, w(" is to be named after "), t],
  links: plain,
  route_across: is,
  belongs_to: plain,
  planned_at: is,
  agreements_reached_in: (s, _label, t) => [s, w(" reached agreements in "), t],
  cooperation_through: has,
  represents: isUnlessVerb,
  agrees_with: plain,
  visits: plain,
};

/** Names that read with "the": events, bodies, works, and seas, ports and the like. */
const TAKES_THE =
  /\b(Sea|Ocean|Gulf|Port|River|Bay|Strait|Region|Islands|Republic|Kingdom|Emirates|Netherlands|Philippines|Maldives|Union|Nations)\b/;

/**
 * An agency named by its own name reads without "the" ("IRNA reports on", "Trend reports on"); one
 * named by what it is keeps it ("the Akorda press service", "the Doria News Agency").
 */
const REPORTER = "source of the report";
const NAMED_BY_WHAT_IT_IS =
  /\b(?:[a-z]\w*|Agency|Service|Office|Ministry|Bureau|Committee|Council|Centre|Center|Department|Administration)\b/;
const agencyByName = (node: GraphNode) =>
  node.kind === "organization" && node.role === REPORTER && !NAMED_BY_WHAT_IT_IS.test(node.label);

/** A node's name as a sentence uses it: "the Tokayev–Raisi meeting", "visas", "Iran", "IRNA". */
export function nameInSentence(node: GraphNode | undefined, fallback: string): string {
  if (!node) return fallback;
  const { label, kind } = node;
  // A topic is a common noun ("visas") unless its first word is an acronym ("UN reform") or the
  // sources write it capitalised too ("Turkic cooperation").
  if (kind === "topic") {
    const first = label.split(/[\s-]/)[0] ?? label;
    const proper = first === first.toUpperCase() || node.aliases.some((a) => a.startsWith(first));
    return proper ? label : label.charAt(0).toLowerCase() + label.slice(1);
  }
  const article =
    kind === "event" ||
    (kind === "organization" && !agencyByName(node)) ||
    kind === "infrastructure" ||
    TAKES_THE.test(label);
  return article && !/^the\b/i.test(label) ? `the ${label}` : label;
}

/**
 * A relation as a sentence, in parts so that its ends can be marked or made into links. A remark in
 * brackets in the label ("to be held in (November)") moves to the end.
 */
export function relationSentence(
  edge: GraphEdge,
  nodeOf: (id: string) => GraphNode | undefined,
): SentencePart[] {
  const remark = /\s*(\([^)]*\))\s*/.exec(edge.label);
  const label = remark ? edge.label.replace(remark[0], " ").trim() : edge.label;
  const end = (id: string, which: "source" | "target"): SentencePart => ({
    text: nameInSentence(nodeOf(id), id),
    node: id,
    end: which,
  });
  const parts = TEMPLATES[edge.type](end(edge.source, "source"), label, end(edge.target, "target"));
  if (remark?.[1]) parts.push(w(` ${remark[1]}`));
  const [first, ...rest] = parts;
  if (!first) return parts;
  const capitalised = { ...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1) };
  return [capitalised, ...rest];
}

/** The same sentence as plain text. */
export function relationText(
  edge: GraphEdge,
  nodeOf: (id: string) => GraphNode | undefined,
): string {
  return relationSentence(edge, nodeOf)
    .map((p) => p.text)
    .join("");
}
