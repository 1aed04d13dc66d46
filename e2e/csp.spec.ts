import { expect, test, type Page } from "@playwright/test";
import { article, clickNode, details, openExplorer } from "./explorerPage";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Starts listening before the page's own scripts run; returns what the policy blocked so far. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return () => page.evaluate(() => window.__cspViolations ?? []);
}

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  return errors;
}

test.describe("the Content-Security-Policy of the production build", () => {
  test("is in the served page: no inline script, no eval", async ({ page }) => {
    const response = await page.request.get("/");
    const html = await response.text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // It comes before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test("holds while the app is used: nothing violates it, nothing logs an error", async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    const errors = recordErrors(page);

    await openExplorer(page);
    await clickNode(page, "tokayev");
    await expect(
      details(page).getByRole("heading", { name: "Kassym-Jomart Tokayev" }),
    ).toBeVisible();
    await details(page)
      .getByRole("button", { name: /^Read in the article, paragraph \d+$/ })
      .first()
      .click();
    await expect(article(page).locator('[aria-current="true"]')).toBeVisible();

    const search = page.getByRole("combobox", { name: /Search/ });
    await search.fill("logistics");
    const option = page
      .getByRole("listbox", { name: "Suggestions" })
      .getByRole("option", { name: /Logistics/ })
      .first();
    await option.click();
    await expect(details(page).getByRole("heading", { name: "Logistics" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Trade" }).check();
    await expect(page).toHaveURL(/topics=trade/);

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("is enforced: markup from a string, an inline script, an unknown inline style are refused", async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    await openExplorer(page);
    const outcome = await page.evaluate(() => {
      const refused = (attempt: () => void) => {
        try {
          attempt();
          return false;
        } catch {
          return true;
        }
      };
      const box = document.createElement("div");
      const script = document.createElement("script");
      const style = document.createElement("style");
      style.textContent = "body { background: red; }";
      return {
        innerHTML: refused(() => {
          box.innerHTML = `<img src=x onerror="window.__pwned=1">`;
        }),
        scriptText: refused(() => {
          script.textContent = "window.__pwned = 1";
          document.head.append(script);
        }),
        styleApplied: (() => {
          document.head.append(style);
          return getComputedStyle(document.body).backgroundColor === "rgb(255, 0, 0)";
        })(),
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      };
    });
    expect(outcome).toEqual({
      innerHTML: true,
      scriptText: true,
      styleApplied: false,
      pwned: null,
    });
    await expect
      .poll(async () => (await violations()).map((v) => v.directive).sort())
      .toEqual(["require-trusted-types-for", "require-trusted-types-for", "style-src-elem"]);
  });
});
