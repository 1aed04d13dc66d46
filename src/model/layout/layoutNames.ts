/**
 * The layouts a reader can choose, by the name the link gives them. Apart from the strategies
 * (strategies.ts), so that the page can name them without loading them: they run in a worker.
 */
export const LAYOUT_NAMES = ["story", "force"] as const;

export type LayoutName = (typeof LAYOUT_NAMES)[number];
