import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

// Another port (and build folder) lets two suites run side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `dist-e2e-${PORT}` : "dist-e2e";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A long journey on a busy two-core machine (load 20 while others build) takes minutes; nothing here
  // measures time, so a generous limit only keeps a slow machine from failing a working app.
  timeout: 240_000,
  // Waiting longer for what must appear costs nothing when it comes at once.
  expect: { timeout: 60_000 },
  workers: 2,
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : "test-results",
  reporter: [
    ["list"],
    [
      "html",
      {
        open: "never",
        outputFolder: process.env.E2E_PORT ? `playwright-report-${PORT}` : "playwright-report",
      },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    // Animations off, so what a test reads is the settled picture.
    reducedMotion: "reduce",
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // Always the production build, fresh, with the graph files the tests open beside it.
    command: [
      `npx vite build --outDir ${OUT_DIR} --emptyOutDir`,
      `npx tsx scripts/stageTestGraphs.ts ${OUT_DIR}`,
      `npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    ].join(" && "),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
