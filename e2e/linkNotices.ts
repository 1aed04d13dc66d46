import { expect, type Page } from "@playwright/test";
import { indexGraph } from "../src/model/graph/graphIndex";
import type { Graph } from "../src/model/graph/schema";
import { parseView, resolveView } from "../src/app/view/permalink";
import { graph as seed } from "./explorerPage";

/** The box that says what a link asked for and could not have. */
export const linkNotice = (page: Page) =>
  page.getByRole("status").filter({ hasText: "could not be followed" });

/**
 * What the app's own reading of a link says it cannot follow, in order (its words are pinned in the
 * permalink's unit tests; here, that the page shows exactly those, once each).
 */
export function noticesFor(search: string, graph: Graph = seed): string[] {
  return [...new Set(resolveView(parseView(search), indexGraph(graph)).problems)];
}

export async function expectNotices(page: Page, search: string, graph?: Graph): Promise<void> {
  const expected = noticesFor(search, graph);
  expect(expected.length).toBeGreaterThan(0);
  await expect(linkNotice(page).getByRole("listitem")).toHaveText(expected);
}
