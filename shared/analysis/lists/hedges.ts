/** Hedge lists (taxonomy: `hedge`). Context checks live in rules/hedge.ts. */

/** Hedges flagged wherever they occur. Written expanded ("i would say" also matches "i'd say"). */
export const HEDGE_PHRASES = [
  'i guess',
  'i suppose',
  'i would say',
  'i feel like',
  'i kind of feel like',
  'maybe',
  'probably',
  'perhaps',
  'possibly',
  'pretty much',
  'more or less',
  'somewhat',
  'a little bit',
  'hopefully',
  'kinda',
  'sorta',
  'i would guess',
  'i would think',
  'i am not sure',
  'i am not 100 percent sure',
  'to some extent',
  'to some degree',
  'in a way',
  'i would imagine',
  'i am pretty sure',
  'i am fairly sure',
  'if i remember correctly',
  'if i recall correctly',
  'i want to say',
  'i would assume',
];

/** "kind of" / "sort of": hedges unless a determiner makes them a noun ("what kind of cache"). */
export const KIND_OF = ['kind of', 'sort of'];

/** Opinion verbs: present tense "I think" hedges a claim; past "I thought" reports a view held then. */
export const OPINION_PRESENT: ReadonlySet<string> = new Set(['think', 'believe', 'feel']);

/** Words after "tried to" that show the attempt failed, so "tried" is accurate, not a hedge. */
export const ATTEMPT_FAILED: ReadonlySet<string> = new Set(
  'but however though although failed unable unsuccessful instead'.split(' '),
);

/** "a bit" / "a little" before these is a hedge ("a bit slow", "a little better"). */
export const SOFTENED_WORD_TAGS = ['Adjective', 'Comparative', 'Adverb'];

/** Words after "I think" that make it a topic, not a hedge ("I think about", "I think so"). */
export const OPINION_NOT_HEDGE: ReadonlySet<string> = new Set('about of through so'.split(' '));
