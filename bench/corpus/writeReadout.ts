import type { Random } from "../../src/model/layout/random";
import type { PlannedMeeting, Story } from "./plan";
import { FILLER } from "./pools";
import { shuffle, type Leader } from "./world";

/** A readout's length in bytes: the genre's 2 to 6 KB. */
export const READOUT_BYTES = { min: 2048, max: 6144 } as const;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const fullName = (l: Leader) => `${l.given} ${l.family}`;
/** "President of Austria Lena Hofbauer" or "Austrian President Lena Hofbauer", by turns. */
const titled = (random: Random, l: Leader) =>
  random.chance(0.5)
    ? `${l.office} of ${l.state.name} ${fullName(l)}`
    : `${l.state.demonym} ${l.office} ${fullName(l)}`;
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
const dayOf = (iso: string) => {
  const [, month, day] = iso.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? "January"} ${day ?? 1}`;
};

/** The opening of one meeting's account, in one of the genre's ways, and what it says besides. */
function meetingAccount(random: Random, story: Story, m: PlannedMeeting): string[] {
  const host = story.host.family;
  const them = m.counterpart.family;
  const opening = random.pick([
    () =>
      `At the meeting with ${titled(random, m.counterpart)}, ${host} discussed ${list(m.topics)}.`,
    () =>
      `During the talks with ${titled(random, m.counterpart)}, the sides addressed cooperation in ${list(m.topics)}.`,
    () => `${host} also met with ${titled(random, m.counterpart)} to discuss ${list(m.topics)}.`,
  ])();
  const lines = [opening];
  if (m.object)
    lines.push(`The leaders discussed the progress of the ${m.object} and its financing.`);
  lines.push(
    `${them}, in turn, confirmed readiness to develop cooperation with ${story.host.state.name} in ${m.topics[0] ?? "trade"}.`,
  );
  if (m.invited) lines.push(`${host} invited ${them} to visit ${story.host.state.name} next year.`);
  return lines;
}

/**
 * The text of one readout of a story, as one outlet writes it: a `date` line, a dateline and a
 * preamble that frames every meeting, each meeting's account (the order and wording drawn from
 * `random`, so two outlets write the same story differently), and sentences that state nothing
 * new until the readout is as long as `target` bytes (within READOUT_BYTES).
 */
export function writeReadout(random: Random, story: Story, outlet: string, target: number): string {
  const host = story.host;
  const counterparts = story.meetings.map(
    (m) => `the ${m.counterpart.office} of ${m.counterpart.state.name}`,
  );
  const setting = story.occasion
    ? `on the sidelines of the ${story.occasion} on ${dayOf(story.date)} in ${story.city}`
    : `, who is on an official visit to ${host.state.name}, on ${dayOf(story.date)}`;
  const verb = story.meetings.length > 1 ? "held bilateral meetings with" : "held talks with";
  const paragraphs: string[][] = [
    [
      `${story.city.toUpperCase()} – ${titled(random, host)} ${verb} ${list(counterparts)}${story.occasion ? " " : ""}${setting}, ${outlet} reported.`,
    ],
  ];
  const order = [...story.meetings];
  if (random.chance(0.5)) order.reverse();
  for (const m of order) paragraphs.push(meetingAccount(random, story, m));
  const size = () =>
    new TextEncoder().encode(paragraphs.map((p) => p.join(" ")).join("\n\n")).length;
  const goal = Math.min(READOUT_BYTES.max - 300, Math.max(READOUT_BYTES.min + 200, target));
  // Fill the accounts in turn with sentences that name nothing, as a real readout's padding.
  // Each padding sentence once, in an order of this outlet's own, before any comes again.
  const padding = shuffle(random, [...FILLER]);
  for (let i = 1; size() < goal; i++) {
    const paragraph = paragraphs[1 + (i % order.length)] ?? paragraphs[0];
    paragraph?.push(padding[i % padding.length] ?? FILLER[0]);
  }
  return `date ${story.date}\n${paragraphs.map((p) => p.join(" ")).join("\n\n")}\n`;
}
