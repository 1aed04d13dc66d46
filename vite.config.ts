/// <reference types="vitest/config" />
import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The one stylesheet Cytoscape writes into the page itself (a `<style>` element in `<head>`); the
 * policy allows exactly this text by its hash, and no other inline style.
 */
const CYTOSCAPE_CONTAINER_CSS = ".__________cytoscape_container { position: relative; }";
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** No inline script, no eval; everything from our own origin (the graph file included). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${sha256(CYTOSCAPE_CONTAINER_CSS)}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No string ever becomes HTML or script: innerHTML, document.write, eval and kin refuse strings.
  // One policy exists, and it only lets a worker start from this site's own scripts
  // (src/app/layout/trustedWorker.ts).
  "require-trusted-types-for 'script'",
  "trusted-types explorer-worker",
].join("; ");

/**
 * Puts the policy in the built page, right after `<meta charset>` and before any script or style.
 * Build only: the dev server needs inline scripts for React Fast Refresh. A meta policy cannot say
 * `frame-ancestors`; a host should also send the policy as a header, with `frame-ancestors 'none'`.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to follow`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

/**
 * Starts downloading the graph file with the page instead of after the script has run: the app
 * fetches it with the same URL and mode, so the browser hands over the preloaded response.
 */
function preloadGraph(): Plugin {
  return {
    name: "preload-graph",
    apply: "build",
    transformIndexHtml(_html, context) {
      const asset = Object.values(context.bundle ?? {}).find(
        (file) => file.type === "asset" && /(^|\/)graph-[^/]*\.json$/.test(file.fileName),
      );
      if (!asset) throw new Error("the build emitted no graph file to preload");
      return [
        {
          tag: "link",
          attrs: { rel: "preload", href: `./${asset.fileName}`, as: "fetch", crossorigin: "" },
          injectTo: "head",
        },
      ];
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadGraph()],
  // Relative asset paths keep the static build servable from any sub-path.
  base: "./",
  // One page at the root: a missing file (a graph named in ?graph=) is a 404, not that page.
  appType: "mpa",
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
      "bench/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    // A guard, not a measure: building and laying out the seed twice can take seconds on two busy cores.
    testTimeout: 30_000,
  },
});
