/**
 * npm run extract -- --article <file> [--article <file> …] --out <file> [--knowledge <file>]
 *                    [--date YYYY-MM-DD] [--explain]
 * Derives the graph of one or several reports of bilateral meetings from their text alone.
 */
import { runExtract } from "./cliExtractRun";

process.exitCode = runExtract(process.argv.slice(2), {
  out: (line) => {
    console.log(line);
  },
  error: (line) => {
    console.error(line);
  },
});
