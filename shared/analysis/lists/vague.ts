/** Vague-language lists (taxonomy: `vague`). Each list is one pattern; rules/vague-*.ts apply them. */

/** Always vague: placeholders for details that were never given. */
export const VAGUE_PLACEHOLDERS = [
  'stuff',
  'and so on',
  'and so forth',
  'etc',
  'et cetera',
  'and things like that',
  'or things like that',
  'and stuff like that',
  'and all that',
  'and all of that',
  'or whatever',
  'or something',
  'or something like that',
  'and everything',
  'and whatnot',
  'blah blah',
];

/** Quantifiers that stand in for a number ("a lot of issues"); vague when no number is in the sentence. */
export const VAGUE_QUANTIFIERS = [
  'a lot of',
  'lots of',
  'a bunch of',
  'a ton of',
  'tons of',
  'loads of',
  'a load of',
  'plenty of',
  'a whole bunch of',
];

/** Quantifiers that are vague only with a generic noun ("some problems", not "some regions"). */
export const SOFT_QUANTIFIERS: ReadonlySet<string> = new Set(
  'some various several multiple few certain numerous different'.split(' '),
);

/** Nouns that name nothing specific. */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  `issue issues problem problems thing things stuff change changes improvement improvements tweak tweaks fix fixes
optimization optimizations optimisation optimisations update updates adjustment adjustments tool tools library
libraries measure measures step steps solution solutions work bugs bug areas aspects parts pieces bits
enhancements refactoring cleanup tasks items ideas approaches`.split(/\s+/),
);

/** References that carry no detail as the object of an action ("we fixed it", "handled the issue"). */
export const GENERIC_OBJECTS = [
  'it',
  'that',
  'this',
  'them',
  'things',
  'everything',
  'something',
  'stuff',
  'the issue',
  'the issues',
  'the problem',
  'the problems',
  'the bug',
  'the bugs',
  'the situation',
  'the thing',
  'the things',
  'the whole thing',
  'some things',
  'a few things',
  'it all',
  'all of it',
  'all that',
  'the root cause',
  'the cause',
  'a fix',
  'a solution',
  'a workaround',
  'the code',
  'the codebase',
  'our code',
  'the system',
  'the process',
  'the app',
  'the application',
  'the service',
];

/** Action verbs that say something was done without saying how (base or past form, + particle). */
export const VAGUE_ACTION_VERBS = [
  'handle',
  'handled',
  'fix',
  'fixed',
  'resolve',
  'resolved',
  'address',
  'addressed',
  'solve',
  'solved',
  'deal with',
  'dealt with',
  'take care of',
  'took care of',
  'sort out',
  'sorted out',
  'sort',
  'sorted',
  'figure out',
  'figured out',
  'figure',
  'figured',
  'tackle',
  'tackled',
  'clean up',
  'cleaned up',
  'iterate on',
  'iterated on',
  'work through',
  'worked through',
  'found',
  'find',
  'identified',
  'discovered',
  'pinpointed',
  'tracked down',
  'narrowed down',
  'manage',
  'managed',
  'balance',
  'balanced',
  'juggle',
  'juggled',
  'work on',
  'worked on',
  'get through',
  'got through',
];

/** Whole phrases for an action with no content ("got something out the door"). */
export const VAGUE_ACTION_PHRASES = [
  'got something out the door',
  'got it out the door',
  'get something out the door',
  'shipped something',
  'put something together',
  'put together a fix',
  'came up with a solution',
  'came up with something',
  'found a workaround',
  'found a solution',
];

/** Verbs of improvement: vague with no number in the same sentence ("we improved the service"). */
export const IMPROVE_VERBS: ReadonlySet<string> = new Set(
  `improve improved improves improving optimize optimized optimizes optimise optimised enhance enhanced
boost boosted streamline streamlined speed sped modernize modernized revamp revamped stabilize stabilized
stabilise stabilised`.split(/\s+/),
);

/** Outcome words that need a number: "faster", "more reliable", "a big win". */
export const OUTCOME_WORDS: ReadonlySet<string> = new Set(
  `better faster quicker smoother easier cleaner simpler cheaper stabler stable reliable scalable robust
efficient performant responsive resilient helpful useful valuable effective impactful fine good great well smoothly successful success win improvement
difference impact happy pleased satisfied thrilled grateful ok okay alright awesome amazing fantastic huge
massive significant dramatic happier safer calmer quieter healthier snappier leaner lighter nicer smooth solid
productive manageable positive`.split(/\s+/),
);

/** Outcome phrases vague wherever the sentence has no number ("it worked out", "everyone loved it"). */
export const VAGUE_OUTCOME_PHRASES = [
  'worked out',
  'took off',
  'stopped complaining',
  'fizzled out',
  'made it work',
  'in a good direction',
  'in the right direction',
  'everything just worked',
  'everything worked',
  'it just worked',
  'taken off',
  'worked out well',
  'worked out fine',
  'worked out great',
  'work out that great',
  'work out that well',
  'paid off',
  'helped a lot',
  'helped a ton',
  'improved a lot',
  'learned a lot',
  'back to normal',
  'was resolved',
  'got resolved',
  'turned out okay',
  'turned out ok',
  'turned out alright',
  'worked fine',
  'works fine',
  'working fine',
  'ran smoothly',
  'running smoothly',
  'it helped',
  'that helped',
  'really helped',
  'definitely helped',
  'saw improvements',
  'saw an improvement',
  'saw a big improvement',
  'saw a huge improvement',
  'saw a lot of improvement',
  'saw big improvements',
  'saw great results',
  'saw good results',
  'got good results',
  'got great results',
  'had good results',
  'positive feedback',
  'good feedback',
  'learnt a lot',
  'made a big difference',
  'made a huge difference',
  'made a difference',
  'had a big impact',
  'had a huge impact',
  'had a positive impact',
  'had a significant impact',
  'everyone loved it',
  'everybody loved it',
  'people loved it',
  'they loved it',
  'everyone was happy',
  'everybody was happy',
  'went well',
  'went fine',
  'went smoothly',
  'went great',
  'turned out well',
  'turned out fine',
  'turned out great',
  'took a while',
  'took forever',
  'took some time',
  'took a long time',
  'all good',
  'under control',
  'got there',
  'get there',
  'got it done',
  'got done',
  'got everything done',
  'got it all done',
  'did the trick',
  'night and day',
  'loved it',
  'liked it',
  'really liked it',
  'appreciated it',
  'was into it',
  'were into it',
  'really into it',
];

/** "It went away", "the errors disappeared": vague when the subject names nothing specific ("the
 * duplicates went away" says what changed). */
export const VANISH_PHRASES = [
  'went away',
  'go away',
  'goes away',
  'disappeared',
  'was gone',
  'were gone',
  'cleared up',
  'died down',
  'settled down',
  'stopped happening',
  'calmed down',
];

/** Verbs that say only that something was redone ("reworked the API", "cleaned up the queries"):
 * vague with a plain object and no how (rules/vague-rework.ts). */
export const REWORK_VERBS = [
  'handled',
  'reworked',
  'rebuilt',
  'redid',
  'revamped',
  'overhauled',
  'tweaked',
  'cleaned up',
  'sorted out',
  'smoothed over',
  'improved',
  'optimized',
  'optimised',
];
