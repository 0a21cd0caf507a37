/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Forms of "get" in "got it working". */
export const GET_VERBS: ReadonlySet<string> = new Set('got get gets getting'.split(' '));

/** After "got it ...": states that only say it is done ("got it working", "got things sorted"). */
export const DONE_STATES: ReadonlySet<string> = new Set(
  'working running fixed sorted done resolved stable handled solved settled'.split(' '),
);

/** Verbs that keep a state ("kept things moving"). */
export const KEEP_VERBS: ReadonlySet<string> = new Set('kept keep keeps keeping'.split(' '));

/** After "kept things ...": states that say nothing of how ("moving", "flexible", "on track"). */
export const KEPT_STATES: ReadonlySet<string> = new Set(
  'moving going running flexible simple stable alive afloat together'.split(' '),
);

/** Verbs of finding, after which a preposition brings the specifics ("found it in the consumer"). */
export const FINDING: ReadonlySet<string> = new Set(
  'found find identified discovered pinpointed tracked narrowed'.split(' '),
);

/** Hedges before what an investigation found ("dug into it and I think it was the scheduler"). */
export const FINDING_HEDGES: ReadonlySet<string> = new Set(
  'think thought guess believe suspect suspected'.split(' '),
);

/** Words that bring the how after an action ("fixed it by ..."). */
export const HOW_FOLLOWS: ReadonlySet<string> = new Set(
  'by using with via through because'.split(' '),
);

/** Particles after a generic object ("figured it out"). */
export const PARTICLES: ReadonlySet<string> = new Set('out up'.split(' '));

/** Words between a subject and a vague action ("we basically handled it"). */
export const SUBJECT_GAP: ReadonlySet<string> = new Set(
  'kind of sort just then eventually basically finally also quickly'.split(' '),
);

/** After "something", these introduce what it was ("something like a queue", "something that ..."). */
export const NOT_SPECIFIED_AFTER: ReadonlySet<string> = new Set(
  'like that which called similar to else for about with i we they he she you'.split(' '),
);

/** Words that end what follows "a lot of". */
export const NOT_IN_AMOUNT: ReadonlySet<string> = new Set(
  'of in on at for with to from and or but that which who because so than'.split(' '),
);

/** Words before a placeholder that belong to its span ("and stuff"). */
export const LEAD_INS: ReadonlySet<string> = new Set('and some other this that'.split(' '));

/** Verbs after which "some X" is not a step the speaker took ("we had some", "I saw some"). */
export const NOT_STEPS: ReadonlySet<string> = new Set(
  'had have has do did does need needed want wanted like liked saw see got get found noticed hit faced ran run'.split(
    ' ',
  ),
);

/** Particles between a verb and "some" ("set up some meetings"). */
export const AMOUNT_PARTICLES: ReadonlySet<string> = new Set(
  'up out in on off together'.split(' '),
);

/** Approximate counts that only describe the scene in the setup ("a few dozen microservices",
 * "a couple of years"); "a lot of" and "a bunch of" stand in for a claim wherever they are. */
export const NEUTRAL_AMOUNTS: ReadonlySet<string> = new Set([
  'a few dozen',
  'a few',
  'a couple of',
  'a couple',
  'several',
  'dozens of',
  'hundreds of',
  'thousands of',
  'a handful of',
  'a dozen',
  'some',
]);

/** After the object of a redone thing, words that add no how and let the clause close ("cleaned up
 * the queries a bit", "rebuilt the whole thing myself", "reworked the API more or less from zero"). */
export const REWORK_TAILS = [
  'a bit',
  'a little',
  'a little bit',
  'myself',
  'ourselves',
  'more or less',
  'more or less from zero',
  'more or less from scratch',
  'from zero',
  'from scratch',
  'completely',
  'entirely',
  'too',
  'again',
  'first',
];

/** The end of a list that stands in for the rest of it ("and some other tweaks", "and a couple
 * other things", "all the usual things"): a quantifier of "other" items, then a plural noun. */
export const LIST_END_QUANTIFIERS = [
  'some other',
  'a couple other',
  'a couple of other',
  'a few other',
  'various other',
  'all the other',
  'all the usual',
  'all sorts of other',
  'all kinds of other',
  'a bunch of other',
];

/** A part of an unnamed whole ("most of it", "what we could"), as what the speaker's step reached. */
export const PARTIAL_AMOUNTS = [
  'most of it',
  'some of it',
  'part of it',
  'most of them',
  'some of them',
  'what we could',
];

/** Soft counts of the people an outcome reached ("a few customers noticed", "most teams came
 * around"): how many is the measure the interviewer asks for. */
export const SOFT_COUNTS = [
  'a few',
  'only a few',
  'some',
  'most',
  'many',
  'several',
  'a handful of',
];

/** People and groups an outcome reaches. */
export const REACHED_PEOPLE: ReadonlySet<string> = new Set(
  'people users customers clients patients merchants teams folks engineers developers'.split(' '),
);

/** Before "stuff", possessives that make it a noun for a known thing ("breaking our stuff"). */
export const NAMING_BEFORE: ReadonlySet<string> = new Set('our their my your his her'.split(' '));

/** Words between another party's verb and "stuff" that describe it without naming it ("touch
 * shared stuff", "build the stuff"). */
export const THING_DESCRIBERS: ReadonlySet<string> = new Set(
  'the shared other random all your'.split(' '),
);

/** The users of a system, whose count is the measure of an outcome wherever it is told ("only a few
 * customers noticed", "some users couldn't log in"). */
export const SERVED_PEOPLE: ReadonlySet<string> = new Set(
  'users customers clients patients merchants buyers shoppers subscribers'.split(' '),
);

/** Words that open another coordinated clause: an impact number beyond them measures that clause,
 * not this one ("we sold 42,000 tickets and it felt smooth"). "so" and "which" keep the measure
 * attached ("from 800 ms to 120 ms, so the pages felt quicker"). */
export const MEASURE_BREAKS: ReadonlySet<string> = new Set(
  'and but although though whereas while'.split(' '),
);

/** After a contentless deliverable ("a fix", "a workaround"), words that bring what it was ("a fix
 * for the race", "a workaround that pins the version"). */
export const NAMED_AFTER: ReadonlySet<string> = new Set('for that which where to in'.split(' '));

/** Verbs of talking to someone (rules/vague-action.ts: "talked to some people."). */
export const TALK_VERBS: ReadonlySet<string> = new Set(
  'talked spoke chatted met synced consulted'.split(' '),
);
/** Parties too unnamed to say who was talked to ("people", "some folks", "everyone"). */
export const UNNAMED_PARTIES: ReadonlySet<string> = new Set(
  'people folks everyone everybody stakeholders others persons'.split(' '),
);
/** Between the talking verb's preposition and an unnamed party ("to some people", "with a few folks"). */
export const UNNAMED_PARTY_GAP: ReadonlySet<string> = new Set(
  'some a few bunch of various different all the lots many several other'.split(' '),
);

/** Nouns of the speaker's effort after "it was a lot of" ("it was a lot of work"). */
export const EFFORT_NOUNS: ReadonlySet<string> = new Set(
  'work effort pressure fun stress toil pain time nights weekends overtime hours'.split(' '),
);

/** Feelings counted by an amount ("I have a lot of sympathy for them", "a lot of respect"): a
 * feeling held, not a claim standing in for what happened. */
export const FEELING_NOUNS: ReadonlySet<string> = new Set(
  'sympathy respect patience empathy admiration gratitude affection trust'.split(' '),
);
