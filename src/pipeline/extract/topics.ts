import { TOPICS, type Topic } from "../lexicon/topics";
import { PhraseIndex } from "./phraseIndex";
import { spanOf, type Sentence } from "./sentence";
import type { Span } from "../../model/graph/schema";

interface Entry {
  topic: Topic;
  capitals: boolean;
}

const INDEX = new PhraseIndex<Entry>();
for (const topic of TOPICS) {
  for (const term of topic.terms) INDEX.add(term, { topic, capitals: /^[A-Z]{2,}$/.test(term) });
}

/** A topic raised in a sentence: the topic, and the words that raise it. */
export interface TopicHit {
  topic: Topic;
  span: Span;
}

/** The cooperation topics a sentence raises ("trade-economic" raises trade and the economy). */
export function findTopics(sentence: Sentence): TopicHit[] {
  const { tokens } = sentence;
  // words inside a name ("Organization for Security and Co-operation") raise no topic
  const named = (i: number) => sentence.entityOver.has(i);
  const accept = (entry: Entry, from: number, to: number) =>
    !named(from) && (!entry.capitals || tokens.slice(from, to).every((t) => t.upper));
  return INDEX.findAll(tokens, accept).map((hit) => ({
    topic: (hit.values[0] as Entry).topic,
    span: spanOf(sentence, hit.from, hit.to),
  }));
}
