/** Why the extractor took or refused a candidate: the rule and the sentence, for `--explain`. */
export interface Reason {
  /** The passage id of the sentence. */
  passage: string;
  verdict: "meeting" | "counterpart" | "host" | "refused" | "account" | "frame";
  rule: string;
  /** What it is about: a person, a state, a word. */
  subject: string;
}

export function describeReason(reason: Reason, sentence: string): string {
  return `${reason.passage} ${reason.verdict.toUpperCase()} ${reason.subject}: ${reason.rule}\n    “${sentence}”`;
}
