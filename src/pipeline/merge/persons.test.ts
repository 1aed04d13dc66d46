import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../model/graph/schema";
import { personKey, samePerson, type PersonFacts } from "./persons";

const SPAN = { start: 0, end: 1, exact: "x", passage: "a.s1" };

/** A person as an extracted graph has them: the id is the name they go by alone. */
function person(id: string, label: string, states: string[] = []): PersonFacts {
  const node: GraphNode = { id, kind: "leader", label, aliases: [label], mentions: [SPAN] };
  return { node, states: new Set(states) };
}

const pairs: [PersonFacts, PersonFacts][] = [
  [person("raisi", "Ebrahim Raisi", ["iran"]), person("raisi", "Ibrahim Raisi", ["iran"])],
  [person("tokayev", "Kassym-Jomart Tokayev"), person("tokaev", "Kassym-Jomart Tokaev")],
  [person("niinisto", "Sauli Niinistö"), person("niinisto", "Sauli Niinisto", ["finland"])],
  [person("erdogan", "Recep Tayyip Erdoğan"), person("erdogan", "Recep Tayyip Erdogan")],
  [person("pirc-musar", "Nataša Pirc Musar"), person("pirc-musar", "Natasa Pirc-Musar")],
  [person("novak", "Katalin Novák", ["hungary"]), person("novak", "Katalin Novak", ["hungary"])],
  [person("tokayev", "Kassym-Jomart Tokayev"), person("tokayev", "Tokayev")],
];

describe("one person however spelt", () => {
  it.each(pairs)("%# takes %o and its variant for one person, in one bucket", (a, b) => {
    expect(samePerson(a, b)).toBe(true);
    expect(samePerson(b, a)).toBe(true);
    expect(personKey(a.node)).toEqual(personKey(b.node));
  });

  it("never takes namesakes who head different states for one", () => {
    const hungary = person("novak", "Katalin Novák", ["hungary"]);
    const croatia = person("novak", "Katalin Novak", ["croatia"]);
    expect(samePerson(hungary, croatia)).toBe(false);
  });

  it("never takes two first names for one person, nor two surnames", () => {
    expect(samePerson(person("aliyev", "Ilham Aliyev"), person("aliyev", "Mehriban Aliyeva"))).toBe(
      false,
    );
    expect(
      samePerson(
        person("aliyev", "Aliyev", ["azerbaijan"]),
        person("aliyeva", "Aliyeva", ["azerbaijan"]),
      ),
    ).toBe(false);
    expect(samePerson(person("novak", "Katalin Novák"), person("novak", "Milan Novak"))).toBe(
      false,
    );
    expect(samePerson(person("raisi", "Ebrahim Raisi"), person("rahimi", "Ebrahim Rahimi"))).toBe(
      false,
    );
  });
});
