import { printView } from "../view/permalink";
import type { ExplorerView } from "../view/parameters";

/**
 * This view in the whole explorer, not embedded, reading a passage if one is given: where a reader in
 * an iframe goes for what the frame leaves out.
 */
export function explorerHref(view: ExplorerView, passage?: string): string {
  const whole: ExplorerView = {
    ...view,
    embed: false,
    ...(passage === undefined ? {} : { passage, articleOpen: true }),
  };
  return `${window.location.pathname}${printView(whole)}`;
}
