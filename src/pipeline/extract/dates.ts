/**
 * Dates as readouts write them: "Sept. 18", "18 September 2023", "December 1-2", "1–2 December";
 * and by weekday, "on Tuesday", which an agency's report of the same week means.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const RANGE = String.raw`(?:\s*(?:-|–|—|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?)?`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d{2}))?`;
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+${DAY}${RANGE}${YEAR}\b`, "g");
const DAY_FIRST = new RegExp(String.raw`\b${DAY}${RANGE}\s+${MONTH}${YEAR}\b`, "g");
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;

/** A date found in a sentence: where, and its month, days and year (when written). */
export interface FoundDate {
  start: number;
  end: number;
  month: number;
  day: number;
  lastDay?: number;
  year?: number;
}

const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (
    m: RegExpMatchArray,
    month: string | number | undefined,
    day: string | undefined,
    last: string | undefined,
    year: string | undefined,
  ) => {
    const mm = typeof month === "number" ? month : MONTHS[(month ?? "").toLowerCase()];
    const d = int(day);
    if (mm === undefined || d === undefined || d < 1 || d > 31) return;
    const lastDay = int(last);
    found.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      month: mm,
      day: d,
      ...(lastDay !== undefined && lastDay > d && lastDay <= 31 ? { lastDay } : {}),
      ...(year ? { year: Number(year) } : {}),
    });
  };
  for (const m of text.matchAll(MONTH_FIRST)) push(m, m[1], m[2], m[3], m[4]);
  for (const m of text.matchAll(DAY_FIRST)) push(m, m[3], m[1], m[2], m[4]);
  for (const m of text.matchAll(ISO)) push(m, Number(m[2]), m[3], undefined, m[1]);
  return found.sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The ISO 8601 date (or range) of a found date. Its year is the one written, else the reference
 * year, one less when the month lies well after the reference date's (a December meeting reported in
 * January: more than half a year ahead); undefined when no year is known.
 */
export function isoDate(date: FoundDate, reference?: string): string | undefined {
  let year = date.year;
  if (year === undefined && reference) {
    const [y, m] = reference.split("-").map(Number);
    if (y !== undefined && !Number.isNaN(y))
      year = m !== undefined && date.month > m + 6 ? y - 1 : y;
  }
  if (year === undefined) return undefined;
  const day = `${year}-${pad(date.month)}-${pad(date.day)}`;
  return date.lastDay !== undefined
    ? `${day}/${year}-${pad(date.month)}-${pad(date.lastDay)}`
    : day;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = /\b(?:on|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/** What makes a weekday one to come: "will meet on Friday", "is to be held next Monday". */
const AHEAD = /\b(?:will|shall|next|upcoming|is to|are to|to be held|scheduled|expected)\b/i;

/**
 * The day a weekday names in a report ("met ... on Tuesday"): the last such day on or before the
 * report's own date, which must be a whole day; undefined when the sentence looks ahead, names no
 * weekday, or there is no such date to count back from.
 */
export function weekdayDate(sentence: string, reportDate?: string): string | undefined {
  const named = WEEKDAY.exec(sentence);
  if (!named?.[1] || AHEAD.test(sentence)) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(reportDate ?? "");
  if (!day) return undefined;
  const reported = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(reported.getTime())) return undefined;
  const back = (reported.getUTCDay() - WEEKDAYS.indexOf(named[1].toLowerCase()) + 7) % 7;
  reported.setUTCDate(reported.getUTCDate() - back);
  return reported.toISOString().slice(0, 10);
}
