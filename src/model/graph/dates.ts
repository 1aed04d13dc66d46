/**
 * The first and last day a date of the model covers, as ISO strings that sort as dates do:
 * "2023-09-19" is that day, "2023-09" its month, "2023" its year, "2023-12-01/2023-12-02" the range.
 */
export function daySpan(date: string): { first: string; last: string } {
  const [start = date, end = start] = date.split("/");
  return { first: pad(start, "01"), last: pad(end, "31") };
}

/** Month and day filled in; "31" sorts after every real day of a month, which is all it is used for. */
const pad = (value: string, fill: "01" | "31") => {
  const parts = value.split("-");
  while (parts.length < 3) parts.push(parts.length === 1 ? (fill === "01" ? "01" : "12") : fill);
  return parts.join("-");
};

/** Days between two ISO days (b − a), whole. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
