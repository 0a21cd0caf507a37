/** Words the predicate rules of blame read (rules/blame-predicate.ts and its class files). */

/** What makes "that's how they work" a jab: "just", "always", "typical". */
export const HABIT_JABS: ReadonlySet<string> = new Set(
  'just always typically exactly classic'.split(' '),
);

/** What a deliverable could not do: "couldn't be built", "didn't work", "didn't match". */
export const WORKS: ReadonlySet<string> = new Set(
  'work works worked build built compile run match fit load pass exist'.split(' '),
);

/** Handing a deliverable to the speaker: "handed us screens that couldn't be built". */
export const HANDS: ReadonlySet<string> = new Set(
  'handed sent delivered passed shipped'.split(' '),
);

/** Help a party withheld: "zero support from the vendor". */
export const HELP_NOUNS: ReadonlySet<string> = new Set(
  'support help response responses answer answers feedback guidance access reply'.split(' '),
);

/** Work left waiting with a party: "sat in their queue", "languished in the DBA team's backlog". */
export const WAITED: ReadonlySet<string> = new Set(
  'sat sitting languished rotted rotting'.split(' '),
);

/** Judgements of how a decision was made, whoever the subject: "a political decision". */
export const THING_JUDGEMENTS: ReadonlySet<string> = new Set(
  'political politics bureaucratic'.split(' '),
);

/** A named party gone when needed: "the pm basically disappeared". */
export const VANISHED: ReadonlySet<string> = new Set('disappeared vanished'.split(' '));

/** Not showing up when due: "didn't show up", "never turned up", "didn't attend". */
export const NO_SHOWS: ReadonlySet<string> = new Set(
  'show showed turn turned attend attended'.split(' '),
);

/** Of those, the ones that need no "up". */
export const NO_SHOWS_ALONE: ReadonlySet<string> = new Set('attend attended'.split(' '));

/** Pronouns that stand for a party named elsewhere. */
export const PRONOUNS: ReadonlySet<string> = new Set('they he she them him her'.split(' '));

/** What a party could be of no use as: "were zero help", "was no use". */
export const USELESS_NOUNS: ReadonlySet<string> = new Set('help use good'.split(' '));

/** Judgements of work that misled its users: "their docs were stale", "the spec was wrong". */
export const STALE_WORDS: ReadonlySet<string> = new Set(
  'stale inaccurate incorrect misleading obsolete wrong'.split(' '),
);

/** What work can lag behind by: "two versions behind", "months behind". */
export const STALE_UNITS: ReadonlySet<string> = new Set(
  'version versions release releases month months year years'.split(' '),
);

/** Verbs of receiving work from someone else: "got handed to us", "came over from". */
export const HANDED_OVER: ReadonlySet<string> = new Set(
  'handed given passed transferred inherited dumped thrown came'.split(' '),
);

/** Where handed-over work goes: "handed to us", "came over", "passed on". */
export const HANDED_TO: ReadonlySet<string> = new Set('to over on down'.split(' '));

/** Words of a wish that the party had done its part: "if they'd only", "if they had just". */
export const WISHED: ReadonlySet<string> = new Set('only just simply'.split(' '));

/** Verbs of saying that a party contradicts itself with: "say one thing and another". */
export const SAYS: ReadonlySet<string> = new Set(
  'say says said tell tells told promise promised'.split(' '),
);

/** What a party says instead: "something else", "something different". */
export const CONTRARY: ReadonlySet<string> = new Set('else different'.split(' '));

/** How often a party pressed the speaker: "every five minutes", "every single hour". */
export const PESTER_UNITS: ReadonlySet<string> = new Set(
  'minutes minute hour hours day single other'.split(' '),
);

/** Verbs of a duty or promise a party took on: "was supposed to", "promised". */
export const UNDERTAKEN: ReadonlySet<string> = new Set(
  'supposed meant promised agreed committed'.split(' '),
);

/** Verbs of having before a superlative: "has the worst UI". */
export const HAS: ReadonlySet<string> = new Set('has have had'.split(' '));

/** Superlatives of badness. */
export const WORST: ReadonlySet<string> = new Set(
  'worst slowest buggiest flakiest clunkiest ugliest shoddiest'.split(' '),
);

/** Particles after a decision verb: "got locked in", "was signed off". */
export const DECIDED_PARTICLES: ReadonlySet<string> = new Set('in off through'.split(' '));

/** Verbs of opinion, whose object is a view, not a deliverable. */
export const OPINIONS: ReadonlySet<string> = new Set(
  'thought think thinks felt feel said says argued believed figured'.split(' '),
);

/** Verbs of taking or paying for what came to a party: "the customers pay the wrong price", "were
 * quoting stale fares". Who receives a bad thing suffers it; it is no deliverable of theirs. */
export const RECEIVED: ReadonlySet<string> = new Set(
  'pay paid paying quote quoted quoting see saw seen seeing get got getting receive received receiving charged'.split(
    ' ',
  ),
);

/** Measures a change can bring down: "which brought the bill down". */
export const MEASURES: ReadonlySet<string> = new Set(
  'bill bills cost costs latency spend time errors'.split(' '),
);

/** People whose load causes failures without fault: "caused by one customer's burst". */
export const USERS: ReadonlySet<string> = new Set('customer customers user users'.split(' '));

/** Parties that name a problem as theirs in a compound: "a vendor problem", "an infra issue". */
export const PROBLEM_OWNERS: ReadonlySet<string> = new Set(
  'vendor vendors infra ops devops sre qa contractor contractors partner partners management'.split(
    ' ',
  ),
);

/** What a party left behind or wrote, when none of it was there: "didn't leave any notes". */
export const LEAVES: ReadonlySet<string> = new Set(
  'leave left write wrote add added provide provided'.split(' '),
);

/** Praise that, after a pause, is a sneer: "their API was, um, creative". */
export const SARCASTIC_PRAISE: ReadonlySet<string> = new Set(
  'creative interesting optimistic ambitious special adventurous'.split(' '),
);

/** Where a party sits: "a change on their end", "their side". */
export const SIDES: ReadonlySet<string> = new Set('end side part'.split(' '));

/** Faults a party is said to have made: "made a mistake", "made a mess of it". */
export const FAULT_DEEDS: ReadonlySet<string> = new Set(
  'mistake mistakes error errors mess blunder'.split(' '),
);

/** Commitments made for others: "promised the client a feature we had never scoped". */
export const COMMITS: ReadonlySet<string> = new Set(
  'promised sold committed guaranteed'.split(' '),
);

/** The speaker's warnings before a party persisted: "i told them three times". */
export const WARNINGS: ReadonlySet<string> = new Set(
  'told warned asked reminded flagged'.split(' '),
);

/** Places of duty a speaker says a failure was not on: "not on my hands", "not on my watch". */
export const DUTY_PLACES: ReadonlySet<string> = new Set('hands plate watch shoulders'.split(' '));

/** Words that make a demand a duty owed: "document their code better", "own their renewals properly". */
export const OWED: ReadonlySet<string> = new Set('their better properly'.split(' '));

/** What a party's delivery was, told in the passive: "delivered two weeks late by the agency". */
export const LATE_BY: ReadonlySet<string> = new Set('late incomplete broken wrong'.split(' '));

/** Dummies that start a run-on clause after a filler: "like that's on them". */
export const DUMMIES_AT: ReadonlySet<string> = new Set(['that', 'it']);

/** Fillers and openers after which a run-on starts its next clause. */
export const RESTARTS: ReadonlySet<string> = new Set('like honestly so and basically'.split(' '));

/** Words that join a clause of its own after a parenthetical: "the mobile team, and their APIs". */
export const COORDINATORS: ReadonlySet<string> = new Set('and but so which or'.split(' '));

/** Churn a thing can suffer from whoever owns it: "kept changing", "kept shifting". */
export const CHURNING: ReadonlySet<string> = new Set(
  'changing shifting moving switching flipping'.split(' '),
);

/** Who can be left unheard: "before anyone was asked". */
export const HEARERS: ReadonlySet<string> = new Set(
  'anyone anybody everyone everybody engineering'.split(' '),
);

/** Finite verbs and auxiliaries that start a main predicate after a relative clause. */
export const MAIN_AUX: ReadonlySet<string> = new Set('had has have was were did never'.split(' '));

/** Adverbs that make a state a party's habit: "was always busy", "is constantly swamped". */
export const ALWAYS: ReadonlySet<string> = new Set(
  'always constantly perpetually forever permanently'.split(' '),
);

/** A party's state that keeps it from the work it owes: "always busy", "forever in meetings". */
export const UNAVAILABLE: ReadonlySet<string> = new Set(
  'busy swamped slammed unavailable unreachable offline away elsewhere occupied overloaded distracted missing awol mia ooo'.split(
    ' ',
  ),
);

/** The same state said the other way round, after "never" or "not": "never around". */
export const AVAILABLE: ReadonlySet<string> = new Set(
  'available around reachable responsive free online contactable'.split(' '),
);

/** Words of degree between the habit and the state: "always super busy", "never really around". */
export const DEGREE: ReadonlySet<string> = new Set(
  'so super too very really just way pretty incredibly insanely crazy kind sort of'.split(' '),
);

/** How long a party stayed out of reach when needed: "not reachable all day", "for hours". */
export const OUT_FOR: ReadonlySet<string> = new Set(
  'day week weekend night morning afternoon hours days weeks'.split(' '),
);

/** Ironic openers before a party's failure: "naturally, they hadn't tested it", "of course". */
export const IRONIC_LEADS: ReadonlySet<string> = new Set(
  'predictably naturally inevitably'.split(' '),
);

/** Gains a party is credited with by "thanks to": "got a lot better thanks to Dmitri". */
export const GAINS: ReadonlySet<string> = new Set(
  'better faster quicker cheaper improved smoother stabler safer easier lower smaller fixed saved'.split(
    ' ',
  ),
);

/** Judgements of the quality of what a party made: "their library was really bad". Not states a
 * system is in ("their API was broken"), which a dependency may be in through no one's fault. */
export const WORK_FAULTS: ReadonlySet<string> = new Set(
  'bad buggy shoddy lousy crappy poor awful terrible horrible hacky messy half-baked janky flaky sloppy noisy noise junk'.split(
    ' ',
  ),
);

/** A party's ways of working, which "broken" judges as conduct, not as a system's state: "their
 * review process is just broken". */
export const PROCESS_NOUNS: ReadonlySet<string> = new Set(
  'process processes review planning communication handoff handoffs intake prioritisation prioritization'.split(
    ' ',
  ),
);

/** Measures, not work: "their latency was bad" says how a system ran, not what a party made. */
export const MEASURE_HEADS: ReadonlySet<string> = new Set(
  'latency latencies traffic load numbers metrics times time uptime p99 p95 performance'.split(' '),
);

/** Words that give a party's right, not its duty: "which was his call to make". */
export const RIGHT_TO: ReadonlySet<string> = new Set(['make', 'take']);

/** Shares of the fault a speaker says were not all theirs: "not like it was all me". */
export const WHOLLY: ReadonlySet<string> = new Set(
  'all only just entirely solely completely fully totally'.split(' '),
);

/** Verbs of telling others that a party is told it must do: "they need to tell people first". */
export const TELLS: ReadonlySet<string> = new Set(
  'tell inform notify warn communicate announce loop flag'.split(' '),
);

/** Words that make a task trivial in "how hard is it to add one endpoint": the party's delay is
 * then the point of the question. */
export const TRIVIAL: ReadonlySet<string> = new Set(
  'one single just simple basic tiny little couple'.split(' '),
);

/** "how hard/difficult is it to ...", "how hard would it have been to ...". */
export const HARD: ReadonlySet<string> = new Set('hard difficult tough'.split(' '));

/** What the people a decision bound had not yet done: "before anyone had seen the designs". */
export const LOOKED: ReadonlySet<string> = new Set(
  'seen read reviewed looked heard opened'.split(' '),
);

/** Times a speaker names inside a party's clause: "went on leave the week we kicked off". */
export const WHEN_NOUNS: ReadonlySet<string> = new Set(
  'week day night morning afternoon evening moment month time sprint'.split(' '),
);

/** Endings that leave a verb unsaid after "nobody else": "nobody else was going to", "would". */
export const WOULD: ReadonlySet<string> = new Set('would will going'.split(' '));

/** Verbs of what a party took a duty to be: "thought a change ticket was optional". */
export const TOOK_AS: ReadonlySet<string> = new Set(
  'thought thinks think treated treats treat figured assumed'.split(' '),
);

/** What a duty was taken to be: "optional", "a suggestion", "nice to have". */
export const OPTIONAL: ReadonlySet<string> = new Set('optional suggestion suggestions'.split(' '));

/** Duties of process besides the care nouns: "a change ticket", "the freeze", "the rules". */
export const PROCESS: ReadonlySet<string> = new Set(
  'ticket tickets process processes freeze rules checklist sign-off signoff'.split(' '),
);

/** Amounts after "too": "too many requests" says how much, not how well. */
export const AMOUNTS: ReadonlySet<string> = new Set('many much few little'.split(' '));

/** What the people a system serves go through: "other customers became slow". */
export const EXPERIENCED: ReadonlySet<string> = new Set(
  'slow slower sluggish stuck blocked affected'.split(' '),
);

/** What a party must know its own mind about: "need to know what they want". */
export const MINDS: ReadonlySet<string> = new Set('want wanted need needed'.split(' '));

/** Where a party is instead of at the work it owes: "always in meetings", "forever on leave". */
export const AWAY: ReadonlySet<string> = new Set(
  'meetings calls leave holiday holidays vacation pto sick site'.split(' '),
);

/** Qualities owed by what a party hands over: "the spec from product was not clear". */
export const WORK_VIRTUES: ReadonlySet<string> = new Set(
  'clear complete accurate correct usable ready finished'.split(' '),
);

/** Judgements said in more than one word: "half baked", "all over the place". */
export const JUDGEMENT_PHRASES: readonly string[] = [
  'half baked',
  'all over the place',
  'out of their depth',
  'out of his depth',
  'out of her depth',
  'asleep at the wheel',
  // A party's resistance told as its character, not as a view it argued: "were resistant to change".
  'resistant to change',
  'set in their ways',
  'stuck in their ways',
  'set in his ways',
  'stuck in his ways',
  'out of touch',
  'allergic to',
  'all talk',
  'held together with',
  'dumpster fire',
];

/** A motive judged by what a party put first: "more interested in closing tickets than ...". */
export const MOTIVE_PHRASES: readonly string[] = ['more interested in', 'more concerned with'];

/** Help a party gave, credited by "if they had not ...": "if the platform team had not helped". */
export const HELPS: ReadonlySet<string> = new Set(
  'helped stepped jumped covered supported pitched offered'.split(' '),
);

/** Verbs of taking in a source, which "just" or "one" makes a thin basis for a view: "had read one
 * blog post", "just watched a talk". */
export const TOOK_IN: ReadonlySet<string> = new Set(
  'read skimmed watched seen saw heard attended listened'.split(' '),
);

/** Sources a view may be formed from in a hurry: "one blog post", "a conference talk". */
export const THIN_SOURCES: ReadonlySet<string> = new Set(
  'blog post posts article articles tweet tweets thread talk talks video videos webinar podcast whitepaper keynote headline headlines listicle newsletter'.split(
    ' ',
  ),
);

/** Words that make a source thin: "one blog post", "a single talk", "just read". */
export const THIN_MARKS: ReadonlySet<string> = new Set('one single just only once'.split(' '));

/** A motive imputed to a party as box-ticking or self-cover: "they just want to tick the box". */
export const CYNICAL_MOTIVES: readonly string[] = [
  'tick the box',
  'tick a box',
  'tick boxes',
  'tick the boxes',
  'check the box',
  'check a box',
  'check boxes',
  'cover themselves',
  'cover their backs',
  'cover his back',
  'cover her back',
  'cover their own',
  'save face',
  'look busy',
  'ticking boxes',
  'ticking the box',
  'ticking a box',
  'checking a box',
  'checking boxes',
  'covering themselves',
  'covering their backs',
  'covering his back',
  'covering her back',
  'saving face',
  'looking busy',
];

/** Words that make a motive the whole of it: "just want to", "only cared about". */
export const MERELY: ReadonlySet<string> = new Set('just only merely basically'.split(' '));

/** A party's inertia: "had been doing things the same way for twenty years". */
export const INERTIA: readonly string[] = [
  'doing things the same way',
  'done things the same way',
  'did things the same way',
  'do things the same way',
  'the way they had always',
  'the way they always had',
  'the way it had always been',
];

/** Faults of a deliverable told in a relative clause: "designs that were way over the budget". */
export const RELATIVE_FAULTS: readonly string[] = [
  'over budget',
  'over the budget',
  'full of bugs',
  'full of holes',
  'full of errors',
  'riddled with',
  'out of date',
];

/** Losses a fronted cause may put on a party: "thanks to the vendor, we lost a weekend". */
export const LOSSES: ReadonlySet<string> = new Set(
  'lost lose slipped slip missed broke broken failed down delayed late burned wasted paged outage outages'.split(
    ' ',
  ),
);

/** How a dependency ran, which the speaker's own step after it makes a fair account: "their service
 * was slow, so I added a cache". */
export const MILD_FAULTS: ReadonlySet<string> = new Set(
  'slow unreliable outdated flaky'.split(' '),
);

/** Verbs of refusing, which a sweeping object makes a complaint: "vetoed everything we proposed". */
export const REFUSALS: ReadonlySet<string> = new Set(
  'vetoed rejected blocked killed dismissed overruled refused nixed declined'.split(' '),
);

/** Verbs of a promise, broken when nothing follows: "promised a fix and then nothing happened". */
export const PROMISES: ReadonlySet<string> = new Set('promised committed swore pledged'.split(' '));

/** What tells a promise came to nothing: "nothing happened", "never came". */
export const CAME_TO_NOTHING: readonly string[] = [
  'nothing happened',
  'nothing came of it',
  'never came',
  'never happened',
  'never did',
  'never showed',
  'went silent',
  'went quiet',
  'radio silence',
];

/** Verbs of doing a party's part, which "late" after them makes a late delivery: "delivered late". */
export const DELIVERED: ReadonlySet<string> = new Set(
  'delivered shipped responded replied answered arrived signed approved'.split(' '),
);
