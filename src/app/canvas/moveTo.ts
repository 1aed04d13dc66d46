import type { Core } from "cytoscape";
import type { Positions } from "../../model/layout/layout";
import { fitShown } from "./framing";
import { everyNode } from "./presence";

/** Moves every node to its new place and frames what is shown: gliding, unless motion is unwanted. */
export function moveTo(cy: Core, positions: Positions, reducedMotion: boolean): void {
  const place = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  // Nodes a large graph's filters took out of the picture (presence.ts) move at once, unseen.
  const out = everyNode(cy).filter((node) => node.removed());
  out.forEach((node) => {
    node.position(place(node.id()));
  });
  if (reducedMotion) {
    cy.batch(() => {
      cy.nodes().positions((node) => place(node.id()));
    });
    fitShown(cy, false);
    return;
  }
  cy.nodes().forEach((node) => {
    node.animate({ position: place(node.id()) }, { duration: 400 });
  });
  fitShown(cy, true);
}
