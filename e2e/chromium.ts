import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * How our tests and benchmark start Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium
 * where it exists (Playwright cannot download its own browser on our machines), else Playwright's
 * own; no sandbox as root; no background networking, which a closed network refuses at every start.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
