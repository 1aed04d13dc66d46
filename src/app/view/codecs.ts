import {
  NODE_KINDS,
  RELATION_FAMILY_NAMES,
  type NodeKind,
  type RelationFamily,
} from "../../model/graph/kinds";
import { count, quote, quoteList } from "../../model/text/quote";

/** How much of an address is read: longer ids cannot be in a graph, longer lists are not meant. */
export const ADDRESS_LIMITS = { value: 200, address: 2_000, listItems: 50 } as const;

/** What a codec is told while it reads one parameter: what its values are called, and where to complain. */
export interface Reading {
  /** One value, many values: "node id", "node ids". */
  noun: readonly [string, string];
  /** Tells the reader of the link what could not be used. */
  say(message: string): void;
}

/** One parameter's value in the address and back. Reading never throws: what it cannot use, it says. */
export interface Codec<T> {
  /** From the raw value (not yet cleaned); undefined when nothing usable is there. */
  read(raw: string, reading: Reading): T | undefined;
  /** For the address; undefined when there is nothing to print. */
  write(value: T): string | undefined;
}

/** NFC and without surrounding spaces: "é" typed either way is one id. */
const clean = (value: string) => value.normalize("NFC").trim();

const tooLong = (reading: Reading, length: number) => {
  reading.say(
    `A ${reading.noun[0]} in the link has ${count(length)} characters, too many for an id; it is ignored.`,
  );
};

/** An id as a query value: everything escaped that could end it or be read as something else. */
const encodeId = (value: string) => encodeURIComponent(value);

/** An address as a query value: its slashes and colons left readable, as a query allows. */
const encodeAddress = (value: string) =>
  encodeURIComponent(value).replace(/%2F/gi, "/").replace(/%3A/gi, ":");

function single(max: number, encode: (value: string) => string): Codec<string | null> {
  return {
    read(raw, reading) {
      const value = clean(raw);
      if (value === "") return undefined;
      if (value.length > max) {
        tooLong(reading, value.length);
        return undefined;
      }
      return value;
    },
    write: (value) => (value === null ? undefined : encode(value)),
  };
}

/** A node, relation or passage id. */
export const id = single(ADDRESS_LIMITS.value, encodeId);

/** An address (of a graph file), which may be longer than an id. */
export const address = single(ADDRESS_LIMITS.address, encodeAddress);

/** A comma-separated list of ids: repeated and empty items dropped, at most 50 read. */
export const idList: Codec<string[]> = {
  read(raw, reading) {
    const items = new Set<string>();
    let longest = 0;
    for (const part of raw.split(",")) {
      const item = clean(part);
      if (item.length > ADDRESS_LIMITS.value) longest = Math.max(longest, item.length);
      else if (item !== "") items.add(item);
    }
    if (longest > 0) tooLong(reading, longest);
    if (items.size > ADDRESS_LIMITS.listItems) {
      reading.say(
        `The link lists ${count(items.size)} ${reading.noun[1]}; only the first ${ADDRESS_LIMITS.listItems} are read.`,
      );
    }
    return [...items].slice(0, ADDRESS_LIMITS.listItems);
  },
  write: (ids) => (ids.length === 0 ? undefined : ids.map(encodeURIComponent).join(",")),
};

/** A list of names from a closed vocabulary; names outside it are said (`what` calls them) and dropped. */
function vocabularyList<T extends string>(names: readonly T[], what: string): Codec<T[]> {
  const known = (value: string): value is T => (names as readonly string[]).includes(value);
  return {
    read(raw, reading) {
      const items = idList.read(raw, reading) ?? [];
      const unknown = items.filter((k) => !known(k));
      if (unknown.length > 0) reading.say(`There is no ${what} called ${quoteList(unknown)}.`);
      return items.filter(known);
    },
    write: (items) => idList.write(items),
  };
}

/** A list of node kinds. */
export const kindList: Codec<NodeKind[]> = vocabularyList(NODE_KINDS, "kind");

/** A list of families of relations. */
export const relationFamilyList: Codec<RelationFamily[]> = vocabularyList(
  RELATION_FAMILY_NAMES,
  "kind of relation",
);

/** One of a few values; anything else is said (`complaint` says what applies instead) and ignored. */
export function oneOf<const T extends number | string>(
  values: readonly T[],
  complaint: (given: string) => string,
): Codec<T> {
  return {
    read(raw, reading) {
      const value = clean(raw);
      if (value === "") return undefined;
      const found = values.find((v) => String(v) === value);
      if (found === undefined) reading.say(complaint(quote(value, 20)));
      return found;
    },
    write: (value) => String(value),
  };
}

/** A switch written as one word ("article=open"); any other value leaves it off. */
export function flag(word: string): Codec<boolean> {
  return {
    read: (raw) => clean(raw) === word,
    write: (on) => (on ? word : undefined),
  };
}

/** A codec whose value may be absent: nothing is printed for none. */
export function optional<T>(codec: Codec<T>): Codec<T | null> {
  return {
    read: (raw, reading) => codec.read(raw, reading),
    write: (value) => (value === null ? undefined : codec.write(value)),
  };
}

/** A whole number from 1 to `max`; anything else is said and ignored. */
export function wholeNumber(max: number, complaint: (given: string) => string): Codec<number> {
  return {
    read(raw, reading) {
      const value = clean(raw);
      if (value === "") return undefined;
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1 && n <= max) return n;
      reading.say(complaint(quote(value, 20)));
      return undefined;
    },
    write: (n) => String(n),
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
  ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * A range of days, `2023-09-01..2023-09-30`, either end open (`2023-09-01..`); a single day is a
 * range of one. What is not a range of real days, in order, is said and ignored.
 */
export const dayRange: Codec<{ from: string | null; to: string | null }> = {
  read(raw, reading) {
    const value = clean(raw);
    if (value === "") return undefined;
    const [from = "", to = from, ...rest] = value.split("..");
    const ends = [from, to].map((end) => (end === "" ? null : end));
    const [first = null, last = null] = ends;
    const fine =
      rest.length === 0 &&
      ends.every((end) => end === null || isDay(end)) &&
      (first === null || last === null || first <= last) &&
      (first !== null || last !== null);
    if (!fine) {
      reading.say(
        `Dates in a link read like 2023-09-01..2023-09-30, not ${quote(value, 30)}; showing every date.`,
      );
      return undefined;
    }
    return { from: first, to: last };
  },
  write: ({ from, to }) =>
    from === null && to === null ? undefined : `${from ?? ""}..${to ?? ""}`,
};
