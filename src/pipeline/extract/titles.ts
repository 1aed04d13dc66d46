import { NOT_NAME_HEADS } from "../lexicon/notNames";
import {
  HONORIFICS,
  NAME_PARTICLES,
  PORTFOLIO,
  TITLES,
  TITLE_MODIFIERS,
  type Title,
} from "../lexicon/titles";
import type { EntityHit } from "./entities";
import { nameEnd, nameStart, nameWord } from "./names";
import { organisationAfter, organisationBefore, organisationEndingBefore } from "./organisations";
import { capitalStateAt } from "./sides";
import { PhraseIndex } from "./phraseIndex";
import type { Token } from "./tokens";
import { APOSTROPHES } from "./tokens";

/** What a title is "of": a state, an international body, or an organisation the text names. */
export interface Affiliation {
  type: "state" | "body" | "organization";
  id: string;
  label: string;
  /** For an organisation the text names: its words, tokens `[from, to)`. */
  from?: number;
  to?: number;
  /** The state an organisation's name says it is of: "the Romanian Crown", "China Energy ...". */
  state?: { id: string; label: string };
}

/**
 * A title in a sentence, with the name it introduces (if any) and what it is of: "President of Iran
 * Ebrahim Raisi", "Hungarian President Katalin Novák", "King Abdullah II of Jordan", "Goldman Sachs
 * president Gary Cohn", "the Head of State". Ranges are token indices `[from, to)` in the sentence.
 */
export interface TitledMention {
  title: Title;
  titleFrom: number;
  titleTo: number;
  affiliation?: Affiliation;
  name?: { from: number; to: number };
  /** "your Prime Minister", "his counterpart", "its chairman": whose title it is. */
  owner?: string;
  /** "acting", "interim", "visiting". */
  modifier?: string;
  /** "the Head of State", "the President": a title with neither a name nor a possessive. */
  definite: boolean;
  /** "Foreign Ministers", "Presidents": a title of several. */
  plural: boolean;
}

interface Hit {
  from: number;
  to: number;
  title: Title;
  plural: boolean;
}

const INDEX = new PhraseIndex<{ title: Title; plural: boolean }>();
const plural = (phrase: string) =>
  phrase.replace(/(\w+)$/, (w) =>
    /(?:s|sh|ch)$/.test(w) ? `${w}es` : w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`,
  );
for (const [phrase, title] of TITLES) {
  INDEX.add(phrase, { title, plural: false });
  if (/^[A-Za-z][a-z]/.test(phrase.split(" ").at(-1) ?? ""))
    INDEX.add(plural(phrase), { title, plural: true });
}
INDEX.add("Counterpart", { title: { label: "counterpart", leads: true }, plural: false });
INDEX.add("Counterparts", { title: { label: "counterpart", leads: true }, plural: true });
INDEX.add("Leader", { title: { label: "leader", leads: true }, plural: false });
INDEX.add("Leaders", { title: { label: "leader", leads: true }, plural: true });

const OWNERS = new Set(["your", "his", "her", "our", "their", "my", "its"]);
/** Envoys serve "in" or "to" a state that is not theirs. */
const ENVOY = /ambassador|envoy|commissioner|representative|charg/i;

/** What a sentence's titles are read against: its tokens, states and bodies, and its text. */
export interface TitleContext {
  tokens: readonly Token[];
  entityAt: ReadonlyMap<number, EntityHit>;
  entityEndingAt: ReadonlyMap<number, EntityHit>;
  text: string;
  base: number;
  blocked: (i: number) => boolean;
  /** Does a title start at token `i`? */
  titleAt: (i: number) => boolean;
  /** Does a one-word title stand at token `i`, a word names may start with ("Amir Khan Muttaqi")? */
  shortTitleAt: (i: number) => boolean;
}

const affiliationOf = (hit: EntityHit): Affiliation => ({
  type: hit.type,
  id: hit.id,
  label: hit.label,
});

function titleHits(tokens: readonly Token[], entityAt: ReadonlyMap<number, EntityHit>): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = INDEX.longestAt(tokens, i, () => true);
    const value = hit?.values[0];
    // "the Board of Directors", "the Council of Ministers": a title word inside an organisation's name
    const inName =
      tokens[i - 1]?.key === "of" &&
      NOT_NAME_HEADS.has(tokens[i - 2]?.key ?? "") &&
      tokens[i - 2]?.capital === true;
    // "Reza Amir-Karimi": a title word hyphened to a name is part of it
    const hyphened =
      hit !== undefined &&
      ((tokens[hit.to]?.text === "-" &&
        tokens[hit.to]?.glued === true &&
        tokens[hit.to + 1]?.glued === true &&
        tokens[hit.to + 1]?.capital === true) ||
        (tokens[i - 1]?.text === "-" && tokens[i]?.glued === true));
    if (hit && value && !entityAt.has(i) && !inName && !hyphened) {
      hits.push({ from: hit.from, to: hit.to, title: value.title, plural: value.plural });
      i = hit.to;
    } else i += 1;
  }
  return hits;
}

/** The words from token `from` to `to` as a label: a hard wrap between them reads as a space. */
const slice = (c: TitleContext, from: number, to: number) =>
  c.text
    .slice((c.tokens[from]?.start ?? c.base) - c.base, (c.tokens[to - 1]?.end ?? c.base) - c.base)
    .replace(/\s+/g, " ");

/** Capitalised portfolio words before a title: "Trade Minister", "Strategic Affairs Minister". */
function portfolioBefore(c: TitleContext, at: number): number {
  let from = at;
  while (from > 0) {
    const t = c.tokens[from - 1];
    if (!t?.isWord) break;
    const inside = from < at && (t.key === "and" || t.text === "&");
    if (!(t.capital && PORTFOLIO.has(t.key)) && !inside) break;
    from -= 1;
  }
  while (from < at && !c.tokens[from]?.capital) from += 1;
  return from;
}

/** Reads what stands before a title: a modifier, a state or body, an organisation, an owner. */
/** Bodies named by an adjective before a title: "European Commissioner". */
const BODY_ADJECTIVES = new Map([
  ["european", { type: "body" as const, id: "european-union", label: "European Union" }],
]);

/**
 * Reads what stands before a title: a modifier, a portfolio, a state or body, an organisation,
 * an owner ("its Chairman": the organisation named before). Returns where the title's phrase starts.
 */
function readBefore(c: TitleContext, hit: Hit, mention: TitledMention): number {
  let before = hit.from - 1;
  const modifier = c.tokens[before];
  if (modifier && TITLE_MODIFIERS.has(modifier.key)) {
    mention.modifier = modifier.key;
    before -= 1;
    if (c.tokens[before]?.text === "-" && TITLE_MODIFIERS.has(c.tokens[before - 1]?.key ?? ""))
      before -= 2;
  }
  const portfolio = portfolioBefore(c, before + 1);
  if (portfolio <= before) {
    mention.title = {
      ...mention.title,
      label: `${slice(c, portfolio, before + 1)} ${mention.title.label}`,
    };
    mention.titleFrom = portfolio;
    before = portfolio - 1;
  }
  // "Hungarian President", "UN Secretary-General", "Slovenia’s President"
  const possessive =
    c.tokens[before]?.key === "s" && APOSTROPHES.has(c.tokens[before - 1]?.text ?? "");
  const ahead = c.entityEndingAt.get(possessive ? before - 1 : before + 1);
  let start = ahead ? ahead.from : before + 1;
  const body = BODY_ADJECTIVES.get(c.tokens[before]?.key ?? "");
  if (ahead) mention.affiliation = affiliationOf(ahead);
  else if (body && c.tokens[before]?.capital) {
    mention.affiliation = body;
    start = before;
  } else {
    const org = organisationBefore(c.tokens, possessive ? before - 1 : before + 1, c.blocked);
    // "Washington’s ambassador to the UN": a capital before a title stands for its state
    const capital = org ? capitalStateAt(c.tokens, org.from) : undefined;
    if (org && capital && org.to - org.from <= 2) {
      mention.affiliation = { type: "state", ...capital };
      start = org.from;
    } else if (org) {
      mention.affiliation = {
        type: "organization",
        id: "",
        label: slice(c, org.from, org.to),
        ...org,
      };
      start = org.from;
    }
  }
  const owner = c.tokens[start - 1];
  if (owner && OWNERS.has(owner.key)) mention.owner = owner.key;
  mention.definite = owner?.key === "the" && !mention.owner;
  if (owner?.key === "its" && !mention.affiliation) {
    const org = organisationEndingBefore(c.tokens, start - 1);
    if (org)
      mention.affiliation = {
        type: "organization",
        id: "",
        label: slice(c, org.from, org.to),
        ...org,
      };
  }
  return start;
}

/** "of the sisterly State of Palestine": adjectives between "of the" and what it names. */
function skipOf(tokens: readonly Token[], at: number): number {
  let i = tokens[at]?.key === "the" ? at + 1 : at;
  while (tokens[i]?.isWord && !tokens[i]?.capital && /(?:ly|ing)$/.test(tokens[i]?.key ?? ""))
    i += 1;
  return i;
}

/**
 * Portfolio words after a title ("for Foreign, Commonwealth and Development Affairs"): where they
 * end; the title takes them, joined by `joiner`, and a state they name ("Moroccan Expatriates").
 */
function portfolioAfter(
  c: TitleContext,
  at: number,
  mention: TitledMention,
  joiner: string,
): number {
  // a king or a president holds no portfolio ("King, Egyptian president discuss ..."); a head of
  // a company may answer for a region ("CEO for Russia and CIS")
  if (mention.title.leads && joiner === " " && c.tokens[at]?.key !== "for") return at;
  // "Special Envoy for the Caucasus Louis Bono": a region, then the name
  const region =
    c.tokens[at]?.key === "for" && c.tokens[at + 1]?.key === "the" && c.tokens[at + 2]?.capital;
  const named = region ? nameEnd(c.tokens, at + 3, c.blocked) : undefined;
  if (region && named !== undefined && named - (at + 3) >= 2) {
    mention.title = {
      ...mention.title,
      label: `${mention.title.label}${joiner}${slice(c, at, at + 3)}`,
    };
    return at + 3;
  }
  let i = at;
  let state: EntityHit | undefined;
  const portfolioWord = (k: number) => {
    const t = c.tokens[k];
    const entity = c.entityAt.get(k);
    // "State Councilor and Foreign Minister Wang Yi": another title starts there, not a portfolio
    if (c.titleAt(k)) return undefined;
    // "Moroccan Expatriates"; "CEO for Russia and CIS": a region of responsibility
    if (entity && (entity.demonym || c.tokens[at]?.key === "for")) return entity.to;
    return t?.isWord && t.capital && PORTFOLIO.has(t.key) ? k + 1 : undefined;
  };
  for (;;) {
    const t = c.tokens[i];
    const link =
      t?.key === "and" || t?.text === "," || t?.text === "&" || (i === at && t?.key === "for");
    const next = portfolioWord(link ? i + 1 : i);
    if (next === undefined) break;
    state ??= c.entityAt.get(link ? i + 1 : i);
    i = next;
  }
  if (i === at) return at;
  const words = slice(c, at, i).replace(/\s+,/g, ",");
  mention.title = { ...mention.title, label: `${mention.title.label}${joiner}${words}` };
  if (!mention.affiliation && state) mention.affiliation = affiliationOf(state);
  return i;
}

/** "of the Romanian Crown", "of the Kazakh Foreign Ministry": a state's people, then what of theirs. */
function readEntity(c: TitleContext, entity: EntityHit, mention: TitledMention): number {
  mention.affiliation = affiliationOf(entity);
  let to = entity.to;
  // "President of Thailand’s Privy Council Prem Tinsulanonda": the state's, its body in the title
  if (APOSTROPHES.has(c.tokens[to]?.text ?? "") && c.tokens[to + 1]?.key === "s") {
    const org = organisationAfter(c.tokens, to + 2, c.blocked);
    if (org?.headed) {
      mention.title = {
        ...mention.title,
        label: `${mention.title.label} of ${slice(c, to + 2, org.to)}`,
      };
      return org.to;
    }
  }
  if (entity.demonym && c.tokens[entity.from - 1]?.key === "the")
    while (
      (c.tokens[to]?.capital && NOT_NAME_HEADS.has(c.tokens[to]?.key ?? "")) ||
      (to === entity.to && c.tokens[to]?.capital && c.tokens[to + 1]?.text === ",")
    )
      to += 1;
  return to;
}

/**
 * An organisation after "of": "the Supervisory Board of Siemens Energy" is of Siemens Energy, the
 * board part of the title; "Industry and Trade of the Russian Federation", a ministry of a state.
 */
function readOrganisation(c: TitleContext, at: number, to: number, mention: TitledMention): number {
  let from = at;
  for (let k = to - 1; k > at; k -= 1) {
    if (c.tokens[k]?.key !== "of") continue;
    const outer = skipOf(c.tokens, k + 1);
    mention.title = { ...mention.title, label: `${mention.title.label} of the ${slice(c, at, k)}` };
    from = outer;
    break;
  }
  const named = c.entityAt.get(from);
  mention.affiliation = {
    type: "organization",
    id: "",
    label: slice(c, from, to),
    from,
    to,
    ...(named?.type === "state" ? { state: { id: named.id, label: named.label } } : {}),
  };
  if (c.tokens[to]?.key === "of") {
    const state = c.entityAt.get(skipOf(c.tokens, to + 1));
    if (state) {
      mention.title = {
        ...mention.title,
        label: `${mention.title.label} of ${slice(c, from, to)}`,
      };
      mention.affiliation = affiliationOf(state);
      return state.to;
    }
  }
  return to;
}

/** Plain nouns that say what kind of organisation a name is: "the energy giant Gazprom". */
const ORGANISATION_KINDS = new Set(
  "corporation company firm group giant giants bank fund agency operator producer utility carrier holding conglomerate insurer manufacturer".split(
    " ",
  ),
);

/**
 * "of the state nuclear corporation Rosatom Alexey Likhachev": a few plain words that say what
 * it is, then its one-word name, then a person's: where the organisation's name stands.
 */
function describedOrganisation(c: TitleContext, at: number): number | undefined {
  let k = at;
  while (k < at + 4 && c.tokens[k]?.isWord && !c.tokens[k]?.capital) k += 1;
  // "the state nuclear corporation Rosatom": the plain words name a kind of organisation
  const kind = c.tokens.slice(at, k).some((t) => ORGANISATION_KINDS.has(t.key));
  if (k === at || !kind || !c.tokens[k]?.capital) return undefined;
  const end = nameEnd(c.tokens, k + 1, c.blocked);
  return end !== undefined && end - (k + 1) >= 2 ? k : undefined;
}

/** Reads "of Iran", "of the Supervisory Board of Siemens Energy", "of Industry and Trade of Russia". */
function readOf(c: TitleContext, after: number, mention: TitledMention): number {
  if (c.tokens[after]?.key !== "of") return after;
  // "Russian Minister of Industry and Trade": a state or body before the title stays what it is
  // of; "KAZINFORM Ambassador of Kazakhstan": "of" a state says more than a name before it
  const before = mention.affiliation?.type === "organization" ? undefined : mention.affiliation;
  const to = readOfWhat(c, after, mention);
  if (before) mention.affiliation = before;
  return to;
}

function readOfWhat(c: TitleContext, after: number, mention: TitledMention): number {
  const at = skipOf(c.tokens, after + 1);
  const entity = c.entityAt.get(at);
  const org = organisationAfter(c.tokens, at, c.blocked);
  // "of China Energy Engineering Corporation Limited", "of the African Union Commission": an
  // organisation named after its state or body
  // ("of Thailand’s Privy Council" is the state's: its possessive says so)
  const next = c.tokens[entity?.to ?? -1];
  const possessed = next !== undefined && (APOSTROPHES.has(next.text) || next.key === "for");
  // "Minister of Petroleum and Mineral Resources Tareq El Molla": portfolio words, no organisation
  const portfolioOnly =
    org !== undefined &&
    c.tokens.slice(at, org.to).every((t) => !t.isWord || PORTFOLIO.has(t.key) || t.key === "and");
  const named =
    org?.headed === true && !portfolioOnly && (!entity || (org.to > entity.to && !possessed));
  if (entity && !named) return readEntity(c, entity, mention);
  // "Governor of Tokyo Yuriko Koike", "Lord Mayor of the City of London": a capital stands for
  // its state
  const city = c.tokens[at]?.key === "city" && c.tokens[at + 1]?.key === "of" ? 2 : 0;
  const capital =
    entity || (named && !city) ? undefined : capitalStateAt(c.tokens, at + city, false);
  if (capital) {
    mention.affiliation = { type: "state", id: capital.id, label: capital.label };
    return at + city + capital.length;
  }
  const described = entity || org ? undefined : describedOrganisation(c, at);
  if (described) {
    mention.affiliation = {
      type: "organization",
      id: "",
      label: slice(c, described, described + 1),
      from: described,
      to: described + 1,
    };
    return described + 1;
  }
  if (org && named) return readOrganisation(c, at, org.to, mention);
  const portfolio = portfolioAfter(c, at, mention, " of ");
  if (portfolio > at) {
    if (c.tokens[portfolio]?.key === "of") {
      const state = c.entityAt.get(skipOf(c.tokens, portfolio + 1));
      if (state) mention.affiliation ??= affiliationOf(state);
      return state ? state.to : portfolio;
    }
    return portfolio;
  }
  if (org) return readOrganisation(c, at, org.to, mention);
  return placeBeforeName(c, at, mention) ?? after;
}

/**
 * "the President of Karelia Ivan Petrov": three name words after "of", a place the
 * gazetteer lacks and a name of two; the place is what the title is of.
 */
function placeBeforeName(c: TitleContext, at: number, mention: TitledMention): number | undefined {
  const run = [0, 1, 2].every((k) => nameWord(c.tokens[at + k]) && !c.blocked(at + k));
  const closed = !nameWord(c.tokens[at + 3]) && c.tokens[at + 3]?.key !== "of";
  if (!run || !closed) return undefined;
  mention.affiliation = {
    type: "organization",
    id: "",
    label: slice(c, at, at + 1),
    from: at,
    to: at + 1,
  };
  return at + 1;
}

/** Reads what follows a title up to where its name would start. */
function readAfter(c: TitleContext, hit: Hit, mention: TitledMention): number {
  let after = hit.to;
  // "my counterpart from Laos"
  const from = c.tokens[after]?.key === "from" ? c.entityAt.get(after + 1) : undefined;
  if (mention.title.label === "counterpart" && from) {
    mention.affiliation ??= affiliationOf(from);
    after = from.to;
  }
  after = readOf(c, after, mention);
  after = portfolioAfter(c, after, mention, " ");
  after = readOf(c, after, mention);
  // "the International Monetary Fund (IMF) Kristalina Georgieva"
  if (
    c.tokens[after]?.text === "(" &&
    c.tokens[after + 1]?.upper &&
    c.tokens[after + 2]?.text === ")"
  )
    after += 3;
  // "Ambassador of Russia to Kazakhstan": where they serve; "Deputy Minister of Defence in the Kingdom of Saudi Arabia"
  const place = c.tokens[after]?.key;
  if (place === "to" || place === "in") {
    const state = c.entityAt.get(skipOf(c.tokens, after + 1));
    if (state?.type === "state") {
      if (place === "in" && !ENVOY.test(mention.title.label))
        mention.affiliation ??= affiliationOf(state);
      after = state.to;
    }
  }
  return after;
}

/** "the head of the World Bank office in Uzbekistan, Marco Mantovanelli": a few plain words, then the name. */
function commaAhead(c: TitleContext, after: number): number {
  for (let i = after; i < after + 5; i += 1) {
    const t = c.tokens[i];
    if (t?.text === ",") return i;
    if (!t?.isWord || (t.capital && !c.entityAt.has(i) && !c.blocked(i))) return after;
  }
  return after;
}

/** The name a title introduces, after it ("President Tokayev", "President, Nataša Pirc Musar"). */
function nameAfter(
  c: TitleContext,
  hit: Hit,
  after: number,
  affiliated: boolean,
): { from: number; to: number } | undefined {
  const comma = affiliated ? commaAhead(c, after) : after;
  const nameAt = c.tokens[comma]?.text === "," ? comma + 1 : after;
  const start = nameStart(c.tokens, nameAt);
  // "Minister of Foreign Affairs of Afghanistan Amir Khan Muttaqi": a name may start with a title's
  // word; not after a comma ("Welcoming the Uzbek foreign minister, President Tokayev said")
  const afterComma = c.tokens[nameAt - 1]?.text === ",";
  const end = nameEnd(
    c.tokens,
    nameAt,
    (i) =>
      c.blocked(i) &&
      !(
        i === start &&
        !afterComma &&
        c.shortTitleAt(i) &&
        nameEnd(c.tokens, i + 1, c.blocked) !== undefined
      ),
    true,
  );
  if (end === undefined) return undefined;
  // "the President, who": a comma after a lower-case title opens a clause, not a name
  const first = c.tokens[hit.from];
  if (
    c.tokens[nameAt - 1]?.text === "," &&
    !first?.capital &&
    hit.title.label !== "counterpart" &&
    !affiliated
  )
    return undefined;
  // "..., Kazinform News Agency learned": a word that starts an organisation's name is no one's
  const next = c.tokens[end];
  if (next?.capital && NOT_NAME_HEADS.has(next.key)) return undefined;
  // "Russian minister, Gazprom CEO": a word a title follows is an organisation's, not a name
  if (c.titleAt(end)) return undefined;
  return { from: start, to: end };
}

/** "Katalin Novák, President of Hungary", "Pedro Sánchez, the Prime Minister of Spain". */
function nameBefore(
  c: TitleContext,
  hit: Hit,
  start: number,
  affiliated: boolean,
): { from: number; to: number } | undefined {
  // "According to X, the prime minister thanked": a lower-case title after a comma opens a clause
  if (!c.tokens[hit.from]?.capital && !affiliated) return undefined;
  // "Robert F Godec, the new United States ambassador"
  let comma = start - 1;
  while (c.tokens[comma]?.key === "the" || TITLE_MODIFIERS.has(c.tokens[comma]?.key ?? ""))
    comma -= 1;
  if (c.tokens[comma]?.text !== ",") return undefined;
  let s = comma - 1;
  // "Mary-Jane Okafor": the hyphen of a given name is part of the name
  const nameLike = (t: Token | undefined) =>
    (t?.isWord === true && (t.capital || t.glued || NAME_PARTICLES.has(t.key))) ||
    ((t?.text === "-" || t?.text === ".") && t.glued);
  while (s > 0 && comma - s < 8 && (nameLike(c.tokens[s - 1]) || c.tokens[s - 1]?.text === "."))
    s -= 1;
  for (let k = s; k < comma; k += 1) {
    if (nameEnd(c.tokens, k, c.blocked) === comma)
      return { from: nameStart(c.tokens, k), to: comma };
  }
  return undefined;
}

/** "Congressmen Trent Kelly and Darin LaHood", "foreign ministers Badr Abdelatty and Caspar Veldkamp". */
function moreNames(
  c: TitleContext,
  first: { from: number; to: number },
): { from: number; to: number }[] {
  const names = [];
  let at = first.to;
  while (["and", ","].includes(c.tokens[at]?.key ?? c.tokens[at]?.text ?? "")) {
    const from = c.tokens[at + 1]?.key === "and" ? at + 2 : at + 1;
    const end = nameEnd(c.tokens, from, c.blocked);
    if (end === undefined) break;
    names.push({ from: nameStart(c.tokens, from), to: end });
    at = end;
  }
  return names;
}

function readMention(c: TitleContext, hit: Hit): TitledMention[] {
  const mention: TitledMention = {
    title: hit.title,
    titleFrom: hit.from,
    titleTo: hit.to,
    definite: false,
    plural: hit.plural,
  };
  const start = readBefore(c, hit, mention);
  const after = readAfter(c, hit, mention);
  const affiliated = mention.affiliation !== undefined;
  // "Omar Farid, the chairman and founder of Delta Holdings": a title joined to the next
  const joinedToNext = c.tokens[after]?.key === "and" && c.titleAt(after + 1);
  const before = () =>
    mention.owner || hit.plural ? undefined : nameBefore(c, hit, start, affiliated || joinedToNext);
  const following = nameAfter(c, hit, after, affiliated);
  // "Mr. Li Keqiang, Premier of the State Council of China, Sheikh Hasina, Prime Minister of
  // Bangladesh": a name after the comma that has a title of its own is not this title's
  let opens = (following?.from ?? 0) - 1;
  while (HONORIFICS.has(c.tokens[opens]?.key ?? "")) opens -= 1;
  const theirOwn =
    following !== undefined &&
    c.tokens[opens]?.text === "," &&
    c.tokens[following.to]?.text === "," &&
    c.titleAt(skipOf(c.tokens, following.to + 1));
  const name = (theirOwn ? before() : undefined) ?? following ?? before();
  // "King Abdullah II of Jordan"
  if (name && !mention.affiliation && c.tokens[name.to]?.key === "of") {
    const entity = c.entityAt.get(skipOf(c.tokens, name.to + 1));
    if (entity) mention.affiliation = affiliationOf(entity);
  }
  if (name) mention.definite = false;
  const first = c.tokens[hit.from];
  // a lower-case title counts only with a name, an affiliation, an owner or "the"
  if (!first?.capital && !name && !mention.affiliation && !mention.definite && !mention.owner)
    return [];
  if (!name) return [mention];
  const named = { ...mention, name };
  const more = hit.plural || /(?:men|ors)$/.test(hit.title.label) ? moreNames(c, name) : [];
  return [named, ...more.map((n) => ({ ...mention, name: n }))];
}

/**
 * "his Thai counterpart, Deputy Prime Minister and Foreign Minister Don Pramudwinai": a title
 * without a name followed by a comma and titles joined by "and", one of which names someone,
 * is that person's title too.
 */
function nameAppositions(tokens: readonly Token[], mentions: TitledMention[]): void {
  // "Sheikh Khalid, Crown Prince of the emirate and Deputy Supreme Commander of its Armed
  // Forces, today received ...": titles joined by "and" after a name are that name's
  mentions.forEach((m, k) => {
    const previous = mentions[k - 1];
    const name = previous?.name;
    // "Crown Prince of Abu Dhabi and Deputy Supreme Commander of ...": words of the title before it
    let and = m.titleFrom - 1;
    while (and > m.titleFrom - 3 && tokens[and]?.isWord && tokens[and]?.capital) and -= 1;
    const joined = name && !m.name && !m.definite && !m.owner && tokens[and]?.key === "and";
    if (joined && m.titleFrom - previous.titleTo <= 8 && name.to <= previous.titleFrom) {
      m.name = name;
      // "the chairman and founder of Delta Holdings": what the second is of, the first is too
      if (m.titleFrom === previous.titleTo + 1) previous.affiliation ??= m.affiliation;
    }
  });
  mentions.forEach((m, k) => {
    if (m.name || tokens[m.titleTo]?.text !== ",") return;
    let at = m.titleTo + 1;
    for (const next of mentions.slice(k + 1)) {
      if (next.titleFrom !== at) return;
      if (next.name) {
        m.name = next.name;
        m.definite = false;
        return;
      }
      if (tokens[next.titleTo]?.key !== "and") return;
      at = next.titleTo + 1;
    }
  });
}

/**
 * Every title in a sentence and what it says about a person. `entities` are the sentence's states
 * and bodies; `text` is the sentence text and `base` its offset, for the labels of organisations.
 */
export function findTitles(
  tokens: readonly Token[],
  entities: readonly EntityHit[],
  text: string,
  base: number,
): TitledMention[] {
  const entityAt = new Map(entities.map((e) => [e.from, e]));
  const entityEndingAt = new Map(entities.map((e) => [e.to, e]));
  const hits = titleHits(tokens, entityAt);
  const titleStarts = new Set(hits.map((h) => h.from));
  const shortTitles = new Set(hits.filter((h) => h.to - h.from === 1).map((h) => h.from));
  const titleWords = new Set(
    hits.flatMap((h) => Array.from({ length: h.to - h.from }, (_, k) => h.from + k)),
  );
  // "Sri Lanka": no name starts inside a state's name, honorific-like as its first word may be
  const inEntity = new Set(
    entities.flatMap((e) => Array.from({ length: e.to - e.from }, (_, k) => e.from + k)),
  );
  const context: TitleContext = {
    tokens,
    entityAt,
    entityEndingAt,
    text,
    base,
    blocked: (i) =>
      inEntity.has(i) ||
      titleStarts.has(i) ||
      (titleWords.has(i) && NOT_NAME_HEADS.has(tokens[i]?.key ?? "")),
    titleAt: (i) => titleStarts.has(i),
    shortTitleAt: (i) => shortTitles.has(i) && !titleWords.has(i + 1),
  };
  const mentions: TitledMention[] = [];
  for (const hit of hits) {
    // "Minister ... Amir Khan Muttaqi": a title word inside a name already read is part of that name
    const previous = mentions.at(-1);
    if (previous?.name && hit.from >= previous.name.from && hit.from < previous.name.to) continue;
    const read = readMention(context, hit);
    // "Deputy Prime Minister and Foreign Minister Don Pramudwinai": one person's titles, one state
    const joined =
      previous && tokens[hit.from - 1]?.key === "and" && previous.titleTo === hit.from - 1;
    if (joined && previous.affiliation)
      for (const m of read) m.affiliation ??= previous.affiliation;
    mentions.push(...read);
  }
  nameAppositions(tokens, mentions);
  return mentions;
}
