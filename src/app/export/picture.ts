import cytoscape, { type Core } from "cytoscape";
import svg from "cytoscape-svg";
import { currentScheme } from "../theme/colourScheme";
import { PALETTES } from "../theme/tokens";

let registered = false;

/** The picture's background: the page's, in the scheme the picture is drawn in. */
const background = () => PALETTES[currentScheme()].tokens.surface;

/** The picture as drawn: the whole graph (`full`) or the view on screen; PNG at twice the size, for slides. */
export async function png(cy: Core, full: boolean): Promise<Blob> {
  return cy.png({ output: "blob-promise", full, scale: 2, bg: background() });
}

/** The same picture as SVG (cytoscape-svg draws Cytoscape's own rendering into vector commands). */
export function svgOf(cy: Core, full: boolean): string {
  if (!registered) {
    cytoscape.use(svg);
    registered = true;
  }
  const withSvg = cy as Core & {
    svg: (options: { full: boolean; scale: number; bg: string }) => string;
  };
  return withSvg.svg({ full, scale: 1, bg: background() });
}
