import { NAME_PARTICLES, TITLES, TITLE_MODIFIERS, type Title } from "../lexicon/titles";
import type { EntityHit } from "./entities";
import { nameEnd, nameStart } from "./names";
import { PhraseIndex } from "./phraseIndex";
import type { Token } from "./tokens";

/** What a title is "of": a state, an international body, or an organisation the text names. */
export interface Affiliation {
  type: "state" | "body" | "organization";
  id: string;
  label: string;
  /** For an organisation the text names: its words, tokens `[from, to)`. */
  from?: number;
  to?: number;
}

/**
 * A title in a sentence, with the name it introduces (if any) and what it is of: "President of Iran
 * Ebrahim Raisi", "Hungarian President Katalin Novák", "King Abdullah II of Jordan", "the Head of
 * State". Ranges are token indices `[from, to)` in the sentence.
 */
export interface TitledMention {
  title: Title;
  titleFrom: number;
  titleTo: number;
  affiliation?: Affiliation;
  name?: { from: number; to: number };
  /** "your Prime Minister", "his counterpart": whose title it is, as the sentence says. */
  owner?: string;
  /** "acting", "interim". */
  modifier?: string;
  /** "the Head of State", "the President": a title with neither a name nor a possessive. */
  definite: boolean;
}

const INDEX = new PhraseIndex<Title>();
for (const [phrase, title] of TITLES) INDEX.add(phrase, title);
INDEX.add("Counterpart", { label: "counterpart", leads: true });
INDEX.add("Leader", { label: "leader", leads: true });

const OWNERS = new Set(["your", "his", "her", "our", "their", "my", "its"]);

/** The affiliation named by an entity hit. */
function affiliationOf(hit: EntityHit): Affiliation {
  return { type: hit.type, id: hit.id, label: hit.label };
}

/** Words that end an organisation's name: "Group", "Bank", "Corporation". */
const ORGANISATION_HEADS = new Set([
  "group",
  "company",
  "corporation",
  "corp",
  "bank",
  "holding",
  "holdings",
  "fund",
  "foundation",
  "institute",
  "university",
  "agency",
  "council",
  "association",
  "authority",
  "inc",
  "ltd",
  "plc",
  "airlines",
  "motors",
  "industries",
  "partners",
  "capital",
  "technologies",
  "systems",
]);

/** Where an organisation's name ends inside `[at, to)`: after its last head word, if any. */
function lastOrganisationHead(
  tokens: readonly Token[],
  at: number,
  to: number,
): number | undefined {
  for (let i = to - 1; i >= at; i -= 1)
    if (ORGANISATION_HEADS.has(tokens[i]?.key ?? "")) return i + 1;
  return undefined;
}

/** An organisation the text names after "of": capitalised words up to a comma or a lower-case word. */
function organisationAt(tokens: readonly Token[], at: number): { to: number } | undefined {
  let to = at;
  while (
    to < tokens.length &&
    tokens[to]?.isWord &&
    (tokens[to]?.capital || ["of", "and", "for", "&"].includes(tokens[to]?.key ?? ""))
  )
    to += 1;
  while (to > at && !tokens[to - 1]?.capital) to -= 1;
  return to - at < 1 || to - at > 8 ? undefined : { to };
}

/**
 * Every title in a sentence and what it says about a person. `entities` are the sentence's states
 * and bodies; `source` is the sentence text and `base` its offset, for the labels of organisations.
 */
export function findTitles(
  tokens: readonly Token[],
  entities: readonly EntityHit[],
  text: string,
  base: number,
): TitledMention[] {
  const entityAt = new Map(entities.map((e) => [e.from, e]));
  const entityEndingAt = new Map(entities.map((e) => [e.to, e]));
  const titleStarts = new Set<number>();
  const titles: { from: number; to: number; title: Title }[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = INDEX.longestAt(tokens, i, () => true);
    if (hit && !entityAt.has(i)) {
      titles.push({ from: hit.from, to: hit.to, title: hit.values[0] as Title });
      titleStarts.add(hit.from);
      i = hit.to;
    } else i += 1;
  }
  const blocked = (i: number) => entityAt.has(i) || titleStarts.has(i);
  const slice = (from: number, to: number) =>
    text.slice((tokens[from]?.start ?? base) - base, (tokens[to - 1]?.end ?? base) - base);

  const mentions: TitledMention[] = [];
  for (const { from, to, title } of titles) {
    const first = tokens[from];
    if (!first) continue;
    const mention: TitledMention = { title, titleFrom: from, titleTo: to, definite: false };
    let before = from - 1;
    const modifier = tokens[before];
    if (modifier && TITLE_MODIFIERS.has(modifier.key)) {
      mention.modifier = modifier.key;
      before -= 1;
    }
    // "Hungarian President", "UN Secretary-General", "Slovenia’s President"
    const possessive =
      tokens[before]?.key === "s" && ["’", "'"].includes(tokens[before - 1]?.text ?? "");
    const ahead = entityEndingAt.get(possessive ? before - 1 : before + 1);
    if (ahead) mention.affiliation = affiliationOf(ahead);
    const owner = tokens[ahead ? ahead.from - 1 : before];
    if (owner && OWNERS.has(owner.key)) mention.owner = owner.key;
    mention.definite = owner?.key === "the" && !mention.owner;

    let after = to;
    // "President of Iran", "Secretary-General of the United Nations", "Chairman of Acme Holdings"
    // "my counterpart from Laos"
    if (title.label === "counterpart" && tokens[after]?.key === "from" && entityAt.get(after + 1)) {
      const entity = entityAt.get(after + 1);
      if (entity) {
        mention.affiliation ??= affiliationOf(entity);
        after = entity.to;
      }
    }
    if (tokens[after]?.key === "of") {
      const at = tokens[after + 1]?.key === "the" ? after + 2 : after + 1;
      const entity = entityAt.get(at);
      if (entity) {
        mention.affiliation ??= affiliationOf(entity);
        after = entity.to;
      } else if (!mention.affiliation && tokens[at]?.capital) {
        const org = organisationAt(tokens, at);
        // "Chairman of Orion Mining Group Peter Vance": the organisation ends at its last head word
        const orgHead = org ? lastOrganisationHead(tokens, at, org.to) : undefined;
        if (org && orgHead !== undefined && orgHead < org.to && tokens[org.to]?.text !== ",") {
          mention.affiliation = {
            type: "organization",
            id: "",
            label: slice(at, orgHead),
            from: at,
            to: orgHead,
          };
          after = orgHead;
        }
        // "Minister of Industry and Trade of the Russian Federation": a ministry, then the state
        const ofState =
          org && tokens[org.to]?.key === "of"
            ? entityAt.get(tokens[org.to + 1]?.key === "the" ? org.to + 2 : org.to + 1)
            : undefined;
        if (org && ofState) {
          mention.title = { label: `${title.label} of ${slice(at, org.to)}`, leads: title.leads };
          mention.affiliation = affiliationOf(ofState);
          after = ofState.to;
        } else if (org && tokens[org.to]?.text === ",") {
          mention.affiliation = {
            type: "organization",
            id: "",
            label: slice(at, org.to),
            from: at,
            to: org.to,
          };
          after = org.to;
        }
      }
    }
    // "Ambassador of Russia to Kazakhstan", "Chinese Ambassador to Kazakhstan": where they serve
    const posted = tokens[after]?.key === "to" ? entityAt.get(after + 1) : undefined;
    if (posted?.type === "state") after = posted.to;
    // the name: "President Tokayev", "Slovenia’s President, Nataša Pirc Musar"
    const nameAt = tokens[after]?.text === "," ? after + 1 : after;
    const start = nameStart(tokens, nameAt);
    // "Minister of Foreign Affairs of Afghanistan Amir Khan Muttaqi": a name may start with a title's word
    const end = nameEnd(
      tokens,
      nameAt,
      (i) => blocked(i) && !(i === start && nameEnd(tokens, i + 1, blocked) !== undefined),
    );
    if (
      end !== undefined &&
      (first.capital ||
        title.label === "counterpart" ||
        mention.affiliation !== undefined ||
        tokens[after]?.text !== ",")
    ) {
      mention.name = { from: start, to: end };
      // "King Abdullah II of Jordan"
      if (!mention.affiliation && tokens[end]?.key === "of") {
        const entity = entityAt.get(tokens[end + 1]?.key === "the" ? end + 2 : end + 1);
        if (entity) mention.affiliation = affiliationOf(entity);
      }
    } else if (!mention.owner) {
      // "Katalin Novák, President of Hungary": the name before the title
      const comma = tokens[from - 1]?.key === "the" ? from - 2 : from - 1;
      if (tokens[comma]?.text === "," && !ahead) {
        let s = comma - 1;
        const nameLike = (t: Token | undefined) =>
          t?.isWord === true && (t.capital || t.glued || NAME_PARTICLES.has(t.key));
        while (s > 0 && comma - s < 8 && nameLike(tokens[s - 1])) s -= 1;
        for (let k = s; k < comma; k += 1) {
          if (nameEnd(tokens, k, blocked) === comma) {
            mention.name = { from: nameStart(tokens, k), to: comma };
            mention.definite = false;
            break;
          }
        }
      }
    }
    if (mention.name) mention.definite = false;
    // a lower-case title counts only with a name, an affiliation, or "the"
    if (!first.capital && !mention.name && !mention.affiliation && !mention.definite) continue;
    // "Congressmen Trent Kelly and Darin LaHood": a plural title names two
    if (
      mention.name &&
      /(?:men|ors)$/.test(title.label) &&
      tokens[mention.name.to]?.key === "and"
    ) {
      const second = nameEnd(tokens, mention.name.to + 1, blocked);
      if (second !== undefined) {
        mentions.push(mention);
        mentions.push({
          ...mention,
          name: { from: nameStart(tokens, mention.name.to + 1), to: second },
        });
        continue;
      }
    }
    // "Minister ... Amir Khan Muttaqi": a title word inside a name already read is part of that name
    const previous = mentions.at(-1)?.name;
    if (previous && from >= previous.from && from < previous.to) continue;
    mentions.push(mention);
  }
  return mentions;
}
