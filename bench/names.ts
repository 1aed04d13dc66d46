import type { NodeKind } from "../src/model/graph/kinds";
import type { Random } from "../src/model/layout/random";

const SYLLABLES = [
  "ka",
  "ro",
  "vel",
  "tan",
  "mir",
  "sa",
  "lo",
  "den",
  "ar",
  "is",
  "ul",
  "bek",
  "ven",
  "tor",
  "al",
  "ne",
  "zha",
  "ri",
  "mo",
  "ste",
  "ga",
  "lin",
  "os",
  "ber",
  "na",
  "vik",
  "to",
  "rem",
  "sul",
  "da",
];
const TOPIC_ADJECTIVES = [
  "Trade",
  "Economic",
  "Investment",
  "Cultural",
  "Humanitarian",
  "Transport",
  "Logistics",
  "Pharmaceutical",
  "Digital",
  "Scientific",
  "Energy",
  "Water",
  "Agricultural",
  "Educational",
  "Security",
  "Climate",
  "Health",
  "Tourism",
  "Maritime",
  "Financial",
  "Industrial",
  "Space",
];
const TOPIC_NOUNS = [
  "cooperation",
  "ties",
  "policy",
  "projects",
  "exchange",
  "reform",
  "partnership",
  "development",
  "links",
  "research",
  "agenda",
  "corridors",
  "standards",
  "markets",
  "skills",
];
const TEMPLATES: Record<Exclude<NodeKind, "event">, readonly string[]> = {
  leader: ["{N} {N}"],
  person: ["{N} {N}"],
  state: ["{N}ia", "{N}stan", "Republic of {N}", "{N}land"],
  organization: ["Organization of {N} States", "{N} Cooperation Council", "{N} Development Bank"],
  place: ["{N} City", "Port of {N}", "{N} Valley", "{N} Sea"],
  infrastructure: ["{N}–{N} railway", "{N} trade terminal", "{N} pipeline"],
  topic: ["{N} {noun}"],
};
const EVENTS = ["{N} Summit", "{N} Forum", "{N} Assembly", "{N} Conference"];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Invented, pronounceable, unique labels for each kind of node. */
export class LabelMaker {
  private readonly used = new Set<string>();
  private readonly topicPairs: string[];

  constructor(private readonly random: Random) {
    this.topicPairs = TOPIC_ADJECTIVES.flatMap((a) => TOPIC_NOUNS.map((n) => `${a} ${n}`));
  }

  private word(): string {
    const length = this.random.int(2, 3);
    let word = "";
    for (let i = 0; i < length; i++) word += this.random.pick(SYLLABLES);
    return capitalise(word);
  }

  private unique(make: () => string): string {
    for (;;) {
      const label = make();
      if (!this.used.has(label)) {
        this.used.add(label);
        return label;
      }
    }
  }

  private fill(template: string): string {
    return template
      .replace(/\{N\}/g, () => this.word())
      .replace("{noun}", () => this.random.pick(TOPIC_NOUNS));
  }

  /** A label for a node of this kind; events other than meetings get summit-like names. */
  label(kind: Exclude<NodeKind, "event"> | "occasion"): string {
    if (kind === "topic" && this.topicPairs.length > 0) {
      // The article's own style first ("Trade cooperation"), then invented ones.
      const index = this.random.int(0, this.topicPairs.length - 1);
      const [pair] = this.topicPairs.splice(index, 1);
      if (pair !== undefined && !this.used.has(pair)) {
        this.used.add(pair);
        return pair;
      }
    }
    const templates = kind === "occasion" ? EVENTS : TEMPLATES[kind];
    return this.unique(() => this.fill(this.random.pick(templates)));
  }

  /** "Karis–Tokayev meeting", made unique if the same pair meets twice. */
  meeting(a: string, b: string): string {
    const base = `${a.split(" ").at(-1) ?? a}–${b.split(" ").at(-1) ?? b} meeting`;
    let label = base;
    for (let n = 2; this.used.has(label); n++) label = `${base} ${n}`;
    this.used.add(label);
    return label;
  }
}
