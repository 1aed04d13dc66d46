import { expect, test } from "@playwright/test";
import { details, openExplorer } from "./explorerPage";

test.describe("a meeting is the hub of its account", () => {
  test("the Iran meeting holds what was said at it, and searching Iran finds it", async ({
    page,
  }) => {
    await openExplorer(page);
    const search = page.getByRole("combobox", { name: /Search/ });
    await search.fill("Iran");
    const nodes = page
      .getByRole("listbox", { name: "Suggestions" })
      .getByRole("group", { name: "Nodes" });
    await nodes.getByRole("option", { name: /Tokayev–Raisi meeting/ }).click();

    const panel = details(page);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Tokayev–Raisi meeting");
    for (const relation of [
      "The Tokayev–Raisi meeting discusses the Kazakhstan–Turkmenistan–Iran railway",
      "The Tokayev–Raisi meeting discusses the Kazakh trade terminal",
      "The Tokayev–Raisi meeting discusses visas",
    ]) {
      await expect(panel.getByRole("button", { name: relation })).toBeVisible();
    }
    const said = panel.getByRole("heading", { name: /^Said at this meeting/ });
    await expect(said).toBeVisible();
    for (const relation of [
      "Kazakhstan reached agreements in Tehran",
      "Kassym-Jomart Tokayev invites Ebrahim Raisi to meet again in Kazakhstan",
    ]) {
      await expect(panel.getByRole("button", { name: relation })).toBeVisible();
    }
    // Every sentence of its account (nine) is one of its passages, with the opening one that names it.
    await expect(panel.getByRole("heading", { name: "Passages (10)" })).toBeVisible();
    await expect(
      panel.locator("blockquote").filter({ hasText: "agreements on the visa procedure" }),
    ).toBeVisible();
  });
});
