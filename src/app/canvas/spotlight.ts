import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type StylesheetJson,
} from "cytoscape";
import { shownByFilters } from "./presence";

/** How much of the picture shows through the veil: the `.faded` opacity of a small graph. */
const SHOWING_THROUGH = 0.22;

export interface Spotlight {
  /** Veils the picture but for these (null: lifts the veil). */
  show(kept: Collection | null): void;
  /** How many elements are under the veil now. */
  veiled(): number;
  /** How many are drawn above it. */
  spotlit(): number;
  destroy(): void;
}

/**
 * Dimming for a large graph, by drawing less: restyling thousands of elements one by one takes
 * Cytoscape seconds, so the picture is left as it is, a veil in the page's own colour is laid over it,
 * and what is looked at is drawn again above the veil by a second, small Cytoscape that follows the
 * first one's camera. It takes no input: clicks go through to the picture beneath.
 */
export function createSpotlight(
  cy: Core,
  container: HTMLElement,
  /** The picture's stylesheet now (it changes with the colour scheme). */
  stylesheet: () => StylesheetJson,
): Spotlight {
  const layer = document.createElement("div");
  layer.className = "spotlight off";
  const on = () => !layer.classList.contains("off");
  const veil = document.createElement("div");
  veil.className = "spotlight-veil";
  veil.style.opacity = String(1 - SHOWING_THROUGH);
  const stage = document.createElement("div");
  stage.className = "spotlight-stage";
  layer.append(veil, stage);
  // Inside Cytoscape's container, after its own layer of canvases (which makes a stacking context).
  container.append(layer);

  const above = cytoscape({
    container: stage,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  });
  const follow = () => {
    if (on()) above.viewport({ zoom: cy.zoom(), pan: cy.pan() });
  };
  // The stylesheet is set again only when it changes (with the colour scheme): parsing it costs.
  let styled = stylesheet();
  above.style(styled);
  const fit = () => {
    above.resize();
    follow();
  };
  cy.on("viewport", follow);
  cy.on("resize", fit);

  return {
    show(kept) {
      above.elements().remove();
      if (!kept || kept.empty()) {
        layer.classList.add("off");
        return;
      }
      // What the filters show of it, relations the level of detail leaves out of the picture included.
      const shown = kept.filter(shownByFilters);
      const sheet = stylesheet();
      if (sheet !== styled) above.style((styled = sheet));
      above.add(
        shown.map((ele): ElementDefinition => ({
          group: ele.group(),
          data: ele.data() as ElementDefinition["data"],
          position: ele.isNode() ? { ...ele.position() } : undefined,
          classes: ele.classes(),
        })),
      );
      layer.classList.remove("off");
      above.viewport({ zoom: cy.zoom(), pan: cy.pan() });
    },
    // A large graph's picture holds only what the filters show (presence.ts), so every element of
    // it that is not drawn above the veil is under it.
    veiled: () => (on() ? cy.elements().length - above.elements().length : 0),
    spotlit: () => (on() ? above.elements().length : 0),
    destroy() {
      cy.off("viewport", follow);
      cy.off("resize", fit);
      above.destroy();
      layer.remove();
    },
  };
}
