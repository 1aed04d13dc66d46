import { useEffect } from "react";
import { graphTitle } from "../model/graph/describe";
import type { Graph } from "../model/graph/schema";

export const APP_NAME = "Article graph explorer";

/** The tab's title and the page's description say what is being explored, from the graph's data. */
export function useDocumentTitle(graph: Graph): void {
  useEffect(() => {
    const title = graphTitle(graph);
    document.title = `${title} · ${APP_NAME}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute(
        "content",
        `Who met whom, and about what, in “${title}”: ${graph.nodes.length} nodes and ${graph.edges.length} relations, each tied to the sentences that state it.`,
      );
    return () => {
      document.title = APP_NAME;
    };
  }, [graph]);
}
