import { forceLayout } from "./forceLayout";
import type { LayoutStrategy } from "./layout";
import { storyLayout } from "./storyLayout";

/** The layouts a reader can choose, by the name the link gives them. */
export const LAYOUTS = { story: storyLayout, force: forceLayout } as const satisfies Record<
  string,
  LayoutStrategy
>;

export type LayoutName = keyof typeof LAYOUTS;

export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];
