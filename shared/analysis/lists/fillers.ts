/** Filler word lists (taxonomy: `filler`). The context checks live in rules/filler.ts. */

/** Hesitation sounds: always filler. */
export const FILLER_SOUNDS: ReadonlySet<string> = new Set(
  'um umm ummm uh uhh uhhh uhm er erm err ah ahh hmm hmmm hm mm eh'.split(' '),
);

/** Filler phrases that end a thought: "so yeah", "and yeah". */
export const FILLER_CLOSERS = ['so yeah', 'and yeah', 'but yeah', 'yeah so yeah'];

/** Padding adverbs, filler only at the start of a sentence or clause. */
export const PADDING_OPENERS: ReadonlySet<string> = new Set([
  'basically',
  'actually',
  'literally',
  'honestly',
  'anyway',
  'anyways',
]);

/** Padding adverbs that add nothing wherever they sit ("that is basically the story"). */
export const PADDING_ANYWHERE: ReadonlySet<string> = new Set(['basically']);

/** Words before "like" that make it a verb ("I'd like", "didn't like", "to like"). */
export const LIKE_VERB_BEFORE: ReadonlySet<string> = new Set(
  'i we you they he she would do did does not to really also still just genuinely people who teams engineers'.split(
    ' ',
  ),
);

/** Words before "like" that make it a comparison ("looks like", "something like", "more like"). */
export const LIKE_COMPARISON_BEFORE: ReadonlySet<string> = new Set(
  'look looks looked looking seem seems seemed sound sounds sounded feel feels felt something anything nothing everything more less much exactly just kind sort stuff things tools services systems languages databases ones one companies teams areas cases patterns frameworks libraries'.split(
    ' ',
  ),
);

/** Words before "you know" that make it a real question or statement ("do you know", "as you know"). */
export const YOU_KNOW_REAL_BEFORE: ReadonlySet<string> = new Set(
  'do did does don’t didn’t if as would will to what how let whether ever i’m'
    .split(' ')
    .map((w) => w.replace(/’/g, "'")),
);

/** People as subjects, for the quotative "I was like" test. */
export const PERSONS: ReadonlySet<string> = new Set(
  'i he she they we you everyone everybody someone people nobody'.split(' '),
);

/** Words after "like" that make it an approximation filler ("like half"). */
export const APPROXIMATE_NEXT: ReadonlySet<string> = new Set(
  'half maybe about around almost every literally basically super really totally once twice genuinely completely absolutely seriously'.split(
    ' ',
  ),
);

/** Amounts after "like" that make it a pause ("for like most of the day"). */
export const AMOUNT_NEXT: ReadonlySet<string> = new Set(
  'most all half some two three four five ten everything everyone everybody nobody nothing weeks days hours months years minutes ages forever'.split(
    ' ',
  ),
);

/** Words that sweep over a whole set: after a pause, "like all of it", "like everything" is a pause
 * word before an amount, not a comparison. */
export const SWEEPING: ReadonlySet<string> = new Set(
  'all everything everyone everybody nobody nothing none half most'.split(' '),
);

/** Words that join clauses: "and like traffic was growing", "where like everything was a priority"
 * have no pause written in a transcript without commas, but "like" after them opens no comparison. */
export const LIKE_JOINERS: ReadonlySet<string> = new Set(
  'and but or where because when while'.split(' '),
);

/** Demonstratives before "like": "this like legacy service" is a pause inside the noun phrase. */
export const LIKE_DEMONSTRATIVES: ReadonlySet<string> = new Set('this these those'.split(' '));

/** Verbs of telling before "honestly": "I told the sales lead, Jonas, honestly that ..." qualifies
 * the candour of what was said. */
export const TELLING: ReadonlySet<string> = new Set(
  'told tell tells said say says admitted admit explained answered asked wrote'.split(' '),
);

/** Verbs of having or taking after which "like" cannot compare ("had like a fraction"). */
export const HAVING_VERBS: ReadonlySet<string> = new Set(
  'had has have took takes take got spent waited lasted'.split(' '),
);

/** Words after "like a" that make "like" a pause ("like a really bad day"). */
export const INTENSIFIERS: ReadonlySet<string> = new Set(
  'really very super totally complete huge massive pretty couple few bunch dozen'.split(' '),
);
