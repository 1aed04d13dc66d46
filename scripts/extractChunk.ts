/**
 * npm run size:extract
 * Bundles the extractor as the browser will load it (one module, minified, with what it imports:
 * the lexicons, the trimmed states, zod/mini for the schema) and prints its size, raw and gzipped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const BUDGET_KB = 60;
const outDir = mkdtempSync(join(tmpdir(), "extract-chunk-"));
try {
  await build({
    configFile: false,
    logLevel: "silent",
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: "src/pipeline/extract/extractGraph.ts", formats: ["es"], fileName: "extract" },
    },
  });
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(outDir).filter((f) => f.endsWith(".js"))) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `extraction chunk: ${kb(raw)} KB raw, ${kb(gzip)} KB gzipped (budget ${BUDGET_KB} KB gzipped: ${gzip / 1024 <= BUDGET_KB ? "met" : "MISSED"})`,
  );
  if (gzip / 1024 > BUDGET_KB) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
