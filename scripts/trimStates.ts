/**
 * Trims the `world-countries` package (ODbL 1.0, https://github.com/mledoze/countries) to what the
 * extractor reads: English names, Latin-script alternative spellings (not a name in the state's own
 * language: "República Argentina", "Royaume de Belgique"), English demonyms and capitals
 * of the states of the world. The full package is about a megabyte; the trimmed file is what the
 * browser chunk carries. `--check` fails when the committed file is not what this writes now.
 */
import { readFileSync, writeFileSync } from "node:fs";
import countries from "world-countries";

const OUT = "src/pipeline/lexicon/states.json";
/** Not members of the UN, but states a readout names as such. */
const ALSO = new Set(["TW", "PS", "XK", "VA", "HK", "MO", "EH"]);
const LATIN = /^[\p{Script=Latin}\p{M} '’.()-]+$/u;

const keep = (form: string) =>
  LATIN.test(form) && !form.includes(",") && (form.length > 2 || /^[A-Z]{3,}$/.test(form));

/** Words of an English state name: an alternative of three words or more with none is a native form. */
const ENGLISH =
  /^(?:republic|kingdom|states?|of|the|islands?|federation|union|commonwealth|democratic|federal|people'?s|united|independent|principality|sultanate|emirates|arab|islamic|socialist|grand|duchy|holy|see|city|nation|and)$/;
/** Words of a state's name in its own language ("República", "Royaume"): readouts in English never use them. */
const NATIVE =
  /^(?:rep[uú]blica|r[ée]publique|republika|republiek|repubblica|repubblika|respubl[iï]kas[yı]|cumhuriyeti|jamhuri|jamhuuriyadda|dawlat|mamlakat|al-mamlakah|k[öo]nigreich|koninkrijk|royaume|reino|kongeriket|konungariket|gro[ßs]herzogtum|grand-duch[ée]|f[üu]rstentum|principaut[ée]|estado|estados|stato|poblacht|l[ýy]ðveldið|bundesrepublik|federativa|plurinacional)$/;
const english = (form: string) => {
  const words = form.toLowerCase().replace(/’/g, "'").split(/\s+/);
  if (words.some((w) => NATIVE.test(w))) return false;
  return words.length < 3 || words.some((w) => ENGLISH.test(w));
};

const states = countries
  .filter((c) => c.unMember || c.independent || ALSO.has(c.cca2))
  .map((c) => ({
    code: c.cca2,
    name: c.name.common,
    official: c.name.official,
    alt: [...new Set(c.altSpellings.filter((a) => keep(a) && english(a)))].filter(
      (a) => a !== c.name.common && a !== c.name.official,
    ),
    demonyms: [...new Set([c.demonyms.eng?.m, c.demonyms.eng?.f].filter((d) => d !== undefined))],
    capitals: c.capital.filter(keep),
  }))
  .sort((a, b) => (a.code < b.code ? -1 : 1));

const output = `${JSON.stringify(states)}\n`;
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== output) {
    console.error(`${OUT} is stale: run npm run lexicon`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${states.length} states)`);
} else {
  writeFileSync(OUT, output);
  console.log(`wrote ${OUT}: ${states.length} states, ${output.length} characters`);
}
