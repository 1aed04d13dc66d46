import type { Claim } from "./claims";
import type { Party } from "./parties";
import type { Person } from "./persons";
import type { Resolved } from "./references";
import type { Sentence } from "./sentence";
import { capitalStateAt } from "./sides";

/**
 * Who meets in their own capital ("Merkel and Mitsotakis ... in Berlin"): the one at home is the
 * host more often than the guest. A cue for the host's choice, read from the meeting sentences.
 * (Being said to visit is none: a host's own side tells the host's visits as often.)
 */
export function meetingAtHome(
  sentences: readonly Sentence[],
  claims: readonly Claim[],
  resolve: (c: Claim, p: Party) => Resolved | undefined,
): Set<Person> {
  const atHome = new Set<Person>();
  for (const claim of claims) {
    const s = sentences[claim.sentence];
    if (claim.refusal || !s) continue;
    const capitals = s.tokens.flatMap((t, i) =>
      t.key === "in" ? [capitalStateAt(s.tokens, i + 1)?.id] : [],
    );
    for (const p of [...claim.subjects, ...claim.objects]) {
      const r = resolve(claim, p);
      const state = r?.kind === "person" ? r.person.affiliation?.id : undefined;
      if (r?.kind === "person" && state !== undefined && capitals.includes(state))
        atHome.add(r.person);
    }
  }
  return atHome;
}
