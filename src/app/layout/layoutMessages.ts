import type { LayoutInput } from "../../model/layout/layout";
import type { LayoutName } from "../../model/layout/layoutNames";

/** What the page asks of the layout worker. */
export interface LayoutRequest {
  input: LayoutInput;
  strategy: LayoutName;
  seed: number;
}

/** What the worker answers: how far it is, and at the end, where every node goes. */
export type LayoutReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; positions: [string, number, number][] }
  | { type: "failed"; message: string };
