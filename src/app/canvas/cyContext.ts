import type { Core } from "cytoscape";
import { createContext, useContext } from "react";

/**
 * The Cytoscape instance of the canvas, handed down (as react-sigma's `useSigma` does) so that any
 * part of the page, a fit button or an export, can reach the picture; null until the canvas is up.
 */
export const CyContext = createContext<Core | null>(null);

export function useCy(): Core | null {
  return useContext(CyContext);
}
