import type { Passage, Source } from "../graph/schema";
import type { PortableSpan } from "./portable";

/** Past this, a source rebuilt from a file's sentences is refused rather than padded. */
const MAX_REBUILT = 1_000_000;

/**
 * A file that quotes sentences but does not carry the articles (GEXF) still says where each
 * sentence stands in its article. The article is rebuilt from them: each sentence at its offsets,
 * blanks between, so every quote reads at the offsets it gives. Sentences that contradict each
 * other are left out, and so are the spans they held.
 */
export function rebuildSources(
  spans: PortableSpan[],
  known: ReadonlySet<string>,
  fileName: string,
): { sources: Source[]; passages: Passage[] } {
  const bySource = new Map<string, Map<string, Passage>>();
  for (const span of spans) {
    const { sentence } = span;
    if (known.has(span.source) || !sentence) continue;
    if (sentence.end - sentence.start !== sentence.exact.length || sentence.end > MAX_REBUILT)
      continue;
    let sentences = bySource.get(span.source);
    if (!sentences) bySource.set(span.source, (sentences = new Map<string, Passage>()));
    sentences.set(span.passage, { id: span.passage, source: span.source, ...sentence });
  }
  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (const [id, sentences] of bySource) {
    const all = [...sentences.values()].sort((a, b) => a.start - b.start);
    const length = Math.max(...all.map((p) => p.end));
    const chars: string[] = new Array<string>(length).fill(" ");
    for (const p of all)
      for (let i = 0; i < p.exact.length; i++) chars[p.start + i] = p.exact[i] ?? " ";
    const text = chars.join("");
    const kept = all.filter((p) => text.slice(p.start, p.end) === p.exact);
    if (kept.length === 0) continue;
    sources.push({
      id,
      title: `${id} (its quoted sentences, from ${fileName})`.slice(0, 500),
      text,
    });
    passages.push(...kept);
  }
  return { sources, passages };
}
