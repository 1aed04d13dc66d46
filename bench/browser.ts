import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

/** Headless Chromium as the end-to-end tests launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
