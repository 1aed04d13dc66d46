import type { Random } from "../../src/model/layout/random";
import {
  OBJECT_KINDS,
  OCCASIONS,
  OFFICES,
  OUTLETS,
  TOPIC_PHRASES,
  type CorpusState,
} from "./pools";
import { makeLeaders, pickWeighted, type Leader } from "./world";
import { CORPUS_STATES } from "./pools";

/** One bilateral meeting of a story: the counterpart, what was discussed, what was named. */
export interface PlannedMeeting {
  counterpart: Leader;
  topics: string[];
  /** A named object discussed ("the Vienna–Lima railway"), or none. */
  object?: string;
  invited: boolean;
}

/** Something that happened once (a host's day at a summit, or a visit) and the meetings in it. */
export interface Story {
  host: Leader;
  /** ISO day. */
  date: string;
  city: string;
  /** The state the city is in. */
  cityState: CorpusState;
  occasion?: string;
  meetings: PlannedMeeting[];
  /** Who reported it: one outlet, or several, each writing its own readout. */
  outlets: string[];
}

/** The states whose leaders host: fewer than all, as in the news, where a few report most. */
const HOSTING_STATES = 40;
/** How often a story is reported by a second (and a third) outlet: the merge's work. */
const SECOND_REPORT = 0.3;
const THIRD_REPORT = 0.08;

const dayOf = (start: number, offset: number) =>
  new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

function pickTopics(random: Random): string[] {
  const count = random.int(2, 5);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.pick(TOPIC_PHRASES));
  return [...chosen];
}

/**
 * Stories until their readouts number `readouts`: a host from one of the hosting states meets one
 * counterpart on a visit, or two to six on the sidelines of a forum abroad; each meeting raises two
 * to five topics and sometimes a named project. Some stories are reported by two or three outlets.
 */
export function planStories(random: Random, readouts: number): Story[] {
  const leaders = makeLeaders(random);
  const hosts = leaders.filter(
    (l) => CORPUS_STATES.indexOf(l.state) % Math.ceil(CORPUS_STATES.length / HOSTING_STATES) === 0,
  );
  const stories: Story[] = [];
  let written = 0;
  const start = Date.UTC(2025, 0, 1);
  while (written < readouts) {
    const host = random.pick(hosts.filter((h) => h.office !== "Minister of Foreign Affairs"));
    const summit = random.chance(0.6);
    const cityState = summit ? random.pick(CORPUS_STATES) : host.state;
    const city = cityState.capital;
    const count = summit ? random.int(2, 6) : 1;
    const met = new Set<CorpusState>([host.state]);
    const meetings: PlannedMeeting[] = [];
    while (meetings.length < count) {
      const office = pickWeighted(random, OFFICES).title;
      const state = random.pick(CORPUS_STATES);
      if (met.has(state)) continue;
      const counterpart = leaders.find((l) => l.office === office && l.state === state);
      if (!counterpart) continue;
      met.add(counterpart.state);
      const object = random.chance(0.6)
        ? `${host.state.capital}–${counterpart.state.capital} ${random.pick(OBJECT_KINDS)}`
        : undefined;
      meetings.push({
        counterpart,
        topics: pickTopics(random),
        ...(object ? { object } : {}),
        invited: random.chance(0.4),
      });
    }
    const outlets = [random.pick(OUTLETS)];
    if (random.chance(SECOND_REPORT))
      outlets.push(random.pick(OUTLETS.filter((o) => !outlets.includes(o))));
    if (outlets.length === 2 && random.chance(THIRD_REPORT / SECOND_REPORT))
      outlets.push(random.pick(OUTLETS.filter((o) => !outlets.includes(o))));
    const kept = outlets.slice(0, readouts - written);
    stories.push({
      host,
      date: dayOf(start, random.int(0, 364)),
      city,
      cityState,
      ...(summit ? { occasion: `${city} ${random.pick(OCCASIONS)}` } : {}),
      meetings,
      outlets: kept,
    });
    written += kept.length;
  }
  return stories;
}
