import { forceLayout } from "./forceLayout";
import type { LayoutStrategy } from "./layout";
import type { LayoutName } from "./layoutNames";
import { storyLayout } from "./storyLayout";

export { LAYOUT_NAMES, type LayoutName } from "./layoutNames";

/** Each layout a reader can choose, by its name. */
export const LAYOUTS: Record<LayoutName, LayoutStrategy> = {
  story: storyLayout,
  force: forceLayout,
};
