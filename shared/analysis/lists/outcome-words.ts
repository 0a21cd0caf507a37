/** Word lists of outcome statements (rules/vague-outcome.ts and STAR-L results use them). */

/** Linking verbs of an outcome: "it got", "the launch went", "it was". */
export const LINKS = new Set([
  'been',
  'got',
  'get',
  'gets',
  'became',
  'become',
  'becomes',
  'was',
  'were',
  'is',
  'are',
  'went',
  'seemed',
  'felt',
  'turned',
  'looked',
  'looks',
  'stayed',
  'remained',
]);
/** Verbs that report an outcome only with an outcome noun: "we saw a big drop", "it gave us a boost". */
export const NOUN_LINKS = new Set(['saw', 'see', 'noticed', 'had', 'gave', 'made', 'got']);
/** Words between a linking verb and the outcome word ("got a lot faster"). */
export const BOOSTERS = new Set(
  'a lot much way so really super pretty more very quite even totally all big huge just far significantly dramatically massively definitely also bit overall generally like um uh kind of sort honestly real noticeably clearly somewhat slightly marginally fairly reasonably considerably substantially notably incredibly extremely little loads heaps tons miles lots'.split(
    ' ',
  ),
);
/** Adjectives that lead a degree noun ("a fair bit safer", "a good deal calmer", "a whole lot
 * better"): boosters only before one of DEGREE_NOUN_TAILS. */
export const DEGREE_NOUN_HEADS: ReadonlySet<string> = new Set(['fair', 'good', 'great', 'whole']);
/** Degree nouns after those heads ("a fair bit", "a great deal"). */
export const DEGREE_NOUN_TAILS: ReadonlySet<string> = new Set(['bit', 'deal', 'amount', 'lot']);
/** Reported opinions: "I thought rest was better" is a view, not an outcome. */
export const OPINION_VERBS = new Set([
  'thought',
  'felt',
  'believed',
  'argued',
  'said',
  'suggested',
  'insisted',
  'agreed',
  'admitted',
  'assumed',
  'hoped',
  'expected',
  'guessed',
  'convince',
  'convinced',
  'persuade',
  'persuaded',
]);
/** Verbs of telling: said by another party they report an outcome ("support said customers were
 * happier"); said by the speaker they give a view. */
export const REPORT_VERBS = new Set(['said', 'told', 'mentioned']);
/** Before "to", these report what was done ("had to", "tried to"), not a goal. */
export const ATTEMPT_VERBS = new Set([
  'try',
  'tried',
  'managed',
  'started',
  'began',
  'had',
  'have',
  'went',
  'seemed',
  'seem',
  'seems',
]);
/** Outcome nouns ("a big win", "a huge improvement"). */
export const NOUN_OUTCOMES = new Set(
  'success win improvement improvements difference impact experience outcome result results achievement drop reduction increase boost speedup gain gains relief'.split(
    ' ',
  ),
);
/** "It went ..." is an outcome only with these. */
export const WENT_WITH = new Set(
  'well fine smoothly smooth great good ok okay alright nicely perfectly flawlessly brilliantly decently'.split(
    ' ',
  ),
);
/** Comparatives after "made it ...". */
export const COMPARATIVES = new Set([
  'better',
  'faster',
  'quicker',
  'smoother',
  'easier',
  'cleaner',
  'simpler',
  'cheaper',
  'stabler',
  'safer',
  'calmer',
  'quieter',
  'healthier',
  'snappier',
  'leaner',
  'lighter',
  'happier',
]);
/** Verbs of a rise or fall. */
export const DIRECTION = new Set([
  'went',
  'gone',
  'came',
  'go',
  'goes',
  'dropped',
  'decreased',
  'increased',
  'declined',
  'fell',
  'grew',
  'shrank',
  'rose',
  'reduced',
  'plummeted',
  'dipped',
]);
/** Vague degrees of change ("went down quite a bit"). */
export const DEGREE_PHRASES = [
  'a lot',
  'quite a bit',
  'a bit',
  'a little',
  'significantly',
  'dramatically',
  'massively',
  'a ton',
  'considerably',
  'noticeably',
  'substantially',
  'drastically',
  'tremendously',
  'hugely',
  'so much',
  'way down',
  'way up',
  'a good amount',
  'very much',
  'a little bit',
  'a fair bit',
  'a fair amount',
  'a good bit',
  'a great deal',
  'a whole lot',
  'loads',
  'heaps',
  'tons',
];
/** Subjects whose rise or fall is an outcome that needs a number. */
export const CHANGE_SUBJECTS = new Set(
  'coverage throughput performance cpu memory revenue conversion retention adoption signups satisfaction velocity count counts volume numbers'.split(
    ' ',
  ),
);
/** Metrics whose reduction or change needs a number. */
export const METRIC_NOUNS = new Set(
  'latency latencies errors error costs cost load downtime incidents pages alerts tickets complaints time times usage lag churn failures outages'.split(
    ' ',
  ),
);
/** Verbs that change a metric ("reduced latency"). */
export const REDUCERS = new Set([
  'reduced',
  'reduce',
  'decreased',
  'lowered',
  'increased',
  'cut',
  'improved',
]);
/** Words between a subject and its verb: "it kind of worked out", "things eventually got better". */
export const SKIPPABLE = new Set([
  'kind',
  'of',
  'sort',
  'just',
  'all',
  'eventually',
  'finally',
  'basically',
  'really',
  'actually',
  'kinda',
  'sorta',
  'somehow',
  'mostly',
  'also',
  'then',
  'definitely',
  'honestly',
]);
/** After "worked out" / "paid off", an object means a different verb ("worked out the details"). */
export const OBJECT_START = new Set([
  'the',
  'a',
  'an',
  'how',
  'what',
  'which',
  'that',
  'our',
  'my',
  'their',
  'some',
  'us',
  'them',
  'me',
  'him',
  'her',
  'everyone',
  'people',
  'to',
]);
/** Subjects of an outcome sentence ("it", "things", "everyone"). */
export const SUBJECT_WORDS = new Set([
  'it',
  'that',
  'this',
  'things',
  'everything',
  'everyone',
  'everybody',
  'she',
  'he',
  'they',
  'stuff',
]);

/** Words that evaluate an outcome without measuring it, good or bad ("fine", "pretty low",
 * "a lot less stressed"); read after a verb of the outcome's subject (outcome-clause.ts). */
export const EVALUATIVE = new Set(
  `fine okay ok alright well good great better worse faster slower quicker smoother easier calmer
happier stable smoothly success successful low solid snappier healthier quieter
cleaner simpler cheaper reliable smooth nicely decently perfectly flawlessly brilliantly`.split(
    /\s+/,
  ),
);
/** Between a verb and its evaluation: hedges, degree words, negation ("was not a big success"). */
export const EVALUATION_GAP = new Set(
  `a an the lot much way so really super pretty very quite even totally all big huge just far mostly
more or less not never kind of sort overall generally also still actually basically noticeably
clearly`.split(/\s+/),
);
/** After the evaluation, words that may close the clause ("fine after that", "faster on the replica too"). */
export const EVALUATION_TAIL = new Set(
  'after on in at too overall then now again afterwards though anyway for with during until since because either once through'.split(
    ' ',
  ),
);
