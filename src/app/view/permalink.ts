import type { GraphIndex } from "../../model/graph/graphIndex";
import { quoteList } from "../../model/text/quote";
import { parameterOf, PARAMETERS, VIEW_FIELDS, viewFrom, type ExplorerView } from "./parameters";
import { afterParsing, afterResolving, forPrinting } from "./viewRules";

export interface ParsedView {
  view: ExplorerView;
  /** What the address asked for that cannot be used, in words for the reader. */
  problems: string[];
}

const KEYS = VIEW_FIELDS.map((field) => PARAMETERS[field].key);

/**
 * The address as a view of the explorer's state: `?node=tokayev&topics=trade,logistics`. Readable,
 * in the table's order, nothing printed for defaults or for what another parameter implies.
 */
export function printView(view: ExplorerView): string {
  const printed = forPrinting(view);
  const pairs = VIEW_FIELDS.flatMap((field) => {
    const { key, codec, fallback } = parameterOf(field);
    const value = codec.write(printed[field]);
    // The default is never printed: a link carries only what differs from a fresh view.
    return value === undefined || value === codec.write(fallback) ? [] : [`${key}=${value}`];
  });
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

/**
 * Reads an address's query string. Never throws: what it cannot use becomes a problem. A repeated
 * parameter counts once (the first), an empty one is ignored, an over-long value or list is cut.
 */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const say = (message: string) => problems.push(message);

  const repeated = KEYS.filter((key) => params.getAll(key).length > 1);
  if (repeated.length > 0) {
    say(
      `The link gives ${quoteList(repeated, KEYS.length)} more than once; the first ${
        repeated.length === 1 ? "one" : "of each"
      } applies.`,
    );
  }
  const view = viewFrom((field) => {
    const { key, noun, codec, fallback } = parameterOf(field);
    const raw = params.get(key);
    return raw === null ? fallback : (codec.read(raw, { noun, say }) ?? fallback);
  });
  return { view: afterParsing(view, say), problems };
}

/** Drops the ids this graph does not have, saying which, so the rest of the link still applies. */
export function resolveView(parsed: ParsedView, index: GraphIndex): ParsedView {
  const problems = [...parsed.problems];
  const say = (message: string) => problems.push(message);
  const view = viewFrom((field) => {
    const { resolve } = parameterOf(field);
    const value = parsed.view[field];
    return resolve ? resolve(value, index, say) : value;
  });
  return { view: afterResolving(view, say), problems };
}
