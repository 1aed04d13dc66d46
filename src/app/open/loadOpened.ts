import { GraphFileSchema } from "../../model/graph/graphFile";
import type { Graph } from "../../model/graph/schema";
import { GraphLoadError } from "../data/GraphLoadError";
import { unpackArticle } from "./linkedArticle";
import { openInWorker } from "./openInWorker";
import type { OpenedRef } from "./openedRef";
import { getRecent } from "./recentStore";

/** The graph a fragment names: from this browser's storage, or extracted from the linked article. */
export async function loadOpened(ref: OpenedRef): Promise<Graph> {
  if (ref.type === "recent") {
    const entry = await getRecent(ref.id).catch(() => undefined);
    if (!entry) {
      throw new GraphLoadError("What this link opened is not kept in this browser.", [
        "It was opened in another browser, removed from Recent, or the browser's storage was cleared.",
      ]);
    }
    // Stored by an earlier version of the app, perhaps: checked like any graph file.
    const parsed = GraphFileSchema.safeParse(entry.graph);
    if (!parsed.success)
      throw new GraphLoadError("What was kept in this browser no longer reads as a graph.");
    return parsed.data;
  }
  const article = await unpackArticle(ref.data);
  if (!article) {
    throw new GraphLoadError("The article in this link is damaged.", [
      "The link may have been cut short when it was copied.",
    ]);
  }
  const { done } = openInWorker(
    [{ name: article.name, bytes: new TextEncoder().encode(article.text).buffer }],
    () => {},
  );
  const outcome = await done;
  if (!outcome?.ok)
    throw new GraphLoadError(
      "The article in this link could not be read.",
      outcome ? [outcome.reason] : [],
    );
  return outcome.graph;
}
