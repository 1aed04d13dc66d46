import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { createHash } from "node:crypto";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launchBrowser } from "./browser";
import type { GraphResult } from "./budgets";
import { prepareGraphs } from "./graphs";
import type { RunOutcome } from "./measure";
import { measureGraph } from "./measureGraph";
import { measurePaste, pasteTable, type PasteResult } from "./paste";
import { corpusTable, measureCorpus, type CorpusResult } from "./corpusOpen";
import { writeCorpus } from "./corpus/writeCorpus";
import { startServer } from "./server";
import { writeReport } from "./report";
import { summarise } from "./summary";

/**
 * `npm run bench`: builds the app, serves it and the bare Cytoscape page, measures both on the
 * article's graph and generated ones in headless Chromium, prints the table and writes JSON to
 * bench-results/. Options: --sizes article,paste,corpus,1000,5000,20000  --runs N  --port 4301
 * --corpus-files 1000  --no-build.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "bench-results");
/**
 * The build goes outside the repository (`eslint .` would lint it, as it does not read .gitignore),
 * one folder per checkout, so that two checkouts benchmarked at once do not overwrite each other.
 */
const APP_DIR = join(
  tmpdir(),
  `article-graph-explorer-bench-app-${createHash("sha256").update(ROOT).digest("hex").slice(0, 8)}`,
);
/** Runs per page and graph: fewer for the big graphs, which take long to load. */
const DEFAULT_RUNS: Record<string, number> = { article: 5, "1000": 3, "5000": 3, "20000": 1 };

const log = (message: string) => {
  process.stderr.write(`[bench] ${message}\n`);
};

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "article,paste,corpus,1000,5000,20000" },
      runs: { type: "string" },
      port: { type: "string", default: process.env.BENCH_PORT ?? "4301" },
      "gesture-ms": { type: "string", default: "2000" },
      "corpus-files": { type: "string", default: "1000" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const names = values.sizes.split(",").map((s) => s.trim());
  const sizes = names.filter((n) => n !== "article" && n !== "paste" && n !== "corpus").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 20))
    throw new Error(`bad --sizes ${values.sizes}`);
  return {
    withArticle: names.includes("article"),
    withPaste: names.includes("paste"),
    withCorpus: names.includes("corpus"),
    corpusFiles: Number(values["corpus-files"]),
    sizes,
    runs: values.runs === undefined ? undefined : Number(values.runs),
    port: Number(values.port),
    gestureMs: Number(values["gesture-ms"]),
    build: !values["no-build"],
  };
}

/** Which app was measured: the commit, and whether src/ had uncommitted changes. */
function appVersion(): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  return {
    commit: git("rev-parse", "--short", "HEAD"),
    uncommittedChanges: git("status", "--porcelain", "--", "src", "index.html") !== "",
  };
}

function build(): void {
  log(`building the app (vite build) into ${APP_DIR}`);
  const vite = join(ROOT, "node_modules", ".bin", "vite");
  const result = spawnSync(
    vite,
    ["build", "--outDir", APP_DIR, "--emptyOutDir", "--logLevel", "warn"],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("vite build failed");
}

async function main(): Promise<void> {
  const opts = options();
  const started = Date.now();
  const [load = 0] = loadavg();
  if (load > cpus().length / 2) {
    log(`warning: load average ${load.toFixed(1)} on ${cpus().length} cores; figures will be slow`);
  }
  // What is measured is what was built: record it now, the files may change during the run.
  const app = appVersion();
  if (opts.build) build();
  log("generating and validating graphs");
  const graphs = prepareGraphs(
    join(ROOT, "data", "graph.json"),
    opts.sizes,
    join(OUT, "graphs"),
    opts.withArticle,
  );
  for (const g of graphs) {
    if (g.overLimits.length > 0) {
      log(`${g.name}: larger than GraphSchema allows (${g.overLimits.join("; ")})`);
    }
  }
  const server = await startServer(
    {
      appDir: APP_DIR,
      graphsDir: join(OUT, "graphs"),
      benchDir: join(ROOT, "bench"),
      cytoscapeFile: join(ROOT, "node_modules", "cytoscape", "dist", "cytoscape.min.js"),
    },
    opts.port,
  );
  const browser = await launchBrowser();
  const results: GraphResult[] = [];
  const raw: Record<string, { ours: RunOutcome[]; bare: RunOutcome[] }> = {};
  try {
    for (const graph of graphs) {
      const runs = opts.runs ?? DEFAULT_RUNS[graph.name] ?? 3;
      const { ours, bare } = await measureGraph(browser, graph, {
        runs,
        origin: server.origin,
        probeFile: join(ROOT, "bench", "probe.js"),
        gestureMs: opts.gestureMs,
        log,
        verbose: Boolean(process.env.BENCH_VERBOSE),
      });
      raw[graph.name] = { ours, bare };
      results.push({
        name: graph.name,
        nodes: graph.graph.nodes.length,
        edges: graph.graph.edges.length,
        topic: graph.topic.label,
        ours: summarise(ours),
        bare: summarise(bare),
      });
    }
    let paste: PasteResult | undefined;
    if (opts.withPaste) {
      log("measuring a pasted readout");
      paste = await measurePaste(browser, server.origin, opts.runs ?? 5);
      process.stdout.write(`\n${pasteTable(paste)}\n`);
    }
    let corpus: CorpusResult | undefined;
    if (opts.withCorpus) {
      log(`writing a corpus of ${opts.corpusFiles} readouts`);
      const paths = writeCorpus(join(OUT, "corpus"), opts.corpusFiles);
      const kilobytes = paths.reduce((sum, p) => sum + statSync(p).size, 0) / 1024;
      corpus = await measureCorpus(browser, server.origin, paths, kilobytes, opts.runs ?? 3, log);
      process.stdout.write(`\n${corpusTable(corpus)}\n`);
    }
    const machine = {
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      browser: browser.version(),
      node: process.version,
      loadAverage: { atStart: load, atEnd: loadavg()[0] ?? 0 },
      app,
    };
    const file = writeReport(
      OUT,
      { machine, results, runs: raw, ...(paste ? { paste } : {}), ...(corpus ? { corpus } : {}) },
      log,
    );
    log(`wrote ${file} in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
