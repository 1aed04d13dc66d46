import bundledGraph from "../../../data/graph.json?url";
import { resolveGraphAddress } from "./graphAddress";

/** The URL to fetch for `?graph=<address>`, or the bundled default graph's for none. */
export function graphUrl(address: string | null, base: string): URL {
  return address === null ? new URL(bundledGraph, base) : resolveGraphAddress(address, base);
}
