import "./zodConfig";
// zod/mini: the same schemas as classic zod, but tree-shakeable, which keeps the app's first load
// small. It is the one flavour of zod in the project.
import * as z from "zod/mini";
import { count } from "../text/quote";

/** A string of 1 to `max` characters whose message, when too long, says how long (never echoes it). */
export function text(what: string, max: number) {
  return z.string().check(
    z.minLength(1, `${what} is empty`),
    z.maxLength(max, {
      error: (issue) =>
        `${what} has ${typeof issue.input === "string" ? count(issue.input.length) : "too many"} characters; the limit is ${count(max)}`,
    }),
  );
}

/** A list of `min` to `max` items, with messages that count them. */
export function list<T extends z.ZodMiniType>(item: T, what: string, min: number, max: number) {
  return z.array(item).check(
    z.minLength(min, `${what}: at least ${count(min)} needed`),
    z.maxLength(max, {
      error: (issue) =>
        `${what}: ${Array.isArray(issue.input) ? count(issue.input.length) : "too many"}; the limit is ${count(max)}`,
    }),
  );
}

/** A readable id: lower-case words joined by hyphens, as permalinks show them. */
export function slug(what: string, max: number) {
  return text(what, max).check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs such as 'tokayev'"),
  );
}

const DAY = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

/**
 * A date as ISO 8601 writes it, to the precision the text gives: "2023-09-19", "2023-09", or a
 * range as an ISO 8601 interval, "2023-12-01/2023-12-02".
 */
export const DateOrRangeSchema = z.string().check(
  z.regex(
    new RegExp(`^${DAY}(?:/${DAY})?$`),
    "dates look like 2023-09-19 or 2023-12-01/2023-12-02",
  ),
  z.refine((value) => {
    const [start = "", end = start] = value.split("/");
    return start <= end;
  }, "a date range ends before it starts"),
);

export const PositionSchema = z.object({ x: z.number(), y: z.number() });
