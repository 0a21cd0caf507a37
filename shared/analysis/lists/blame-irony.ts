/** Lists for blame said through irony, innuendo, indecision and churn (rules/blame-irony.ts,
 * rules/blame-mind.ts). */

/** Ironic epithets before what a party does: "one of their famous outages", "his trademark
 * last-minute changes". */
export const EPITHETS: ReadonlySet<string> = new Set(
  'famous legendary trademark signature patented customary infamous'.split(' '),
);

/** A party's habitual way out, said of everything: "their answer to everything was a spinner". */
export const ANSWER_NOUNS: ReadonlySet<string> = new Set(
  'answer solution response fix reply remedy'.split(' '),
);

/** What "to/for" names when the answer is the same whatever the problem: "to everything". */
export const EVERY_PROBLEM: ReadonlySet<string> = new Set(
  'everything anything every any'.split(' '),
);

/** Verbs of receiving the work in the shape it came: "given what we were handed". */
export const HANDED: ReadonlySet<string> = new Set(
  'handed given inherited left dealt sent'.split(' '),
);

/** Words that open "given what we were handed": a condition that excuses by what came in. */
export const GIVEN_WHAT: ReadonlySet<string> = new Set('given considering'.split(' '));

/** Sarcastic one-word answers before "not": "Apparently not.", "Evidently not." */
export const SARCASTIC_NOT: ReadonlySet<string> = new Set(
  'apparently evidently obviously clearly course'.split(' '),
);

/** Verbs of belief that a negation before turns into a sneer with "even": "I don't think anyone
 * over there even opened it". */
export const BELIEF: ReadonlySet<string> = new Set('think believe doubt suspect'.split(' '));

/** Verbs of changing a plan in flight: "midway they changed the entire logic". */
export const REWORKS: ReadonlySet<string> = new Set(
  'changed change rewrote rewrite redid reworked flipped switched swapped scrapped reversed overhauled redesigned changes rewrites'.split(
    ' ',
  ),
);

/** Times that make a change a change in flight, not a decision: "midway", "every time". */
export const MIDSTREAM: ReadonlySet<string> = new Set(
  'midway halfway midstream mid-sprint mid-project whenever'.split(' '),
);

/** Verbs of deciding that "couldn't" turns into indecision: "couldn't make up his mind", "could
 * never decide". */
export const DECIDES: ReadonlySet<string> = new Set('decide commit settle choose make'.split(' '));

/** Nouns of a grasp a party is said to have had none of: "had no clarity on what they wanted". */
export const GRASP: ReadonlySet<string> = new Set(
  'clarity clue idea vision direction plan understanding'.split(' '),
);

/** Going along that a negation turns into a party holding back: "didn't really buy in". */
export const BUY_IN: ReadonlySet<string> = new Set('buy bought'.split(' '));

/** Words closing a persisting act that say it went against what was agreed: "kept calling the old
 * endpoints anyway". */
export const DEFIANT: ReadonlySet<string> = new Set('anyway anyways regardless'.split(' '));

/** Heads of the speaker's own line manager: "my manager kept checking in" is ordinary conduct. */
export const BOSSES: ReadonlySet<string> = new Set(
  'manager boss lead director skip vp cto head'.split(' '),
);

/** What a party never had, an excuse not a fault: "they'd just never had the time". */
export const CAPACITY: ReadonlySet<string> = new Set(
  'time chance bandwidth capacity budget headcount people'.split(' '),
);
