/** Word lists for the hero signal: who else acts in the story, and whether a process with other
 * people appears (see signals/collaboration.ts). */

/** Verbs that give another party no part in the work: they watch, wait, ask, want, hand the speaker
 * the job or take a side ("support asked me twice", "my manager pulled me in", "product watched").
 * Another party's past action with any other verb of doing is a contribution ("she disabled the
 * retry", "support emailed each customer"). */
export const BYSTANDER_VERBS: ReadonlySet<string> = new Set(
  `asked ask asks asking told tell watched watch watching waited wait waiting wanted want wants
  pulled brought sided kept pinged pinging complained complain escalated escalating assigned
  handed looked stood sat noticed saw heard said says saying copied needed expected demanded
  insisted worried panicked freaked hovered joined`.split(/\s+/),
);

/** Words of a process the work went through with other people: review, approval, sign-off,
 * pairing, a change board, an RFC, an agreement ("we agreed on a trigger", "the goal I agreed
 * with my manager"). ("I wrote the postmortem" is the speaker's own step; a
 * postmortem is a process only when held with others, see POSTMORTEM_WITH.) */
export const PROCESS_WORDS: ReadonlySet<string> = new Set(
  `review reviews reviewed reviewer reviewers reviewing approval approvals approved approve
  sign-off signoff paired pairing rfc cab agreed`.split(/\s+/),
);

/** Reviews that are not a process: what customers write ("angry reviews", "app store reviews"). */
export const NOT_PROCESS_BEFORE_REVIEW: ReadonlySet<string> = new Set(
  'angry bad negative positive good star one-star 1-star customer customers user users app store play product yelp'.split(
    ' ',
  ),
);

/** Two-word processes: "signed off", "change board", "design doc" reviewed is caught by review. */
export const PROCESS_PHRASES: readonly (readonly [string, string])[] = [
  ['signed', 'off'],
  ['sign', 'off'],
  ['change', 'board'],
  ['pair', 'programmed'],
];

/** A postmortem or retro counts as a process when others hold it with the speaker: "we ran a
 * blameless postmortem", "a retro with the team". */
export const POSTMORTEM_WORDS: ReadonlySet<string> = new Set(
  'postmortem postmortems post-mortem retro retros retrospective'.split(' '),
);
export const POSTMORTEM_WITH: ReadonlySet<string> = new Set(
  'we our with together blameless team joint'.split(' '),
);

/** Another party's go-ahead: "he agreed", "she said okay", "the director approved it". */
export const APPROVAL_VERBS: ReadonlySet<string> = new Set(
  'agreed approved okayed greenlit greenlighted accepted'.split(' '),
);
// ("signed" alone signs a deal or a contract: "sales signed a hospital group"; "signed off" is in
// PROCESS_PHRASES.)
/** "said okay", "said yes": a go-ahead after a verb of saying. */
export const APPROVAL_WORDS: ReadonlySet<string> = new Set(
  'okay ok yes fine sure alright'.split(' '),
);

/** Words that deny the process just named: "they don't really do change review", "pushed it
 * without review", "no sign-off". Looked for within a few words before the process word. */
export const PROCESS_NEGATORS: ReadonlySet<string> = new Set(
  "no without skipped skip don't dont didn't didnt never nobody not bypassed".split(' '),
);

/** Verbs of checking someone else's work: with another party as subject they are a review ("the
 * DBA on call double-checked the index build", "Sam looked over the PR"); with "I" they are the
 * speaker's own steps. ("double-checked" is read as "checked" after "double".) */
export const REVIEW_VERBS: ReadonlySet<string> = new Set(
  'checked verified vetted reviewed approved okayed proofread proofed'.split(' '),
);
/** Particles after a verb of checking that make it no review: "the sales guy checked in on me",
 * "my manager checked on the rollout". */
export const NOT_REVIEW_PARTICLES: ReadonlySet<string> = new Set(['in', 'on', 'back', 'out']);

/** "looked over", "went over", "signed off": a verb and its particle. */
export const REVIEW_PHRASAL: readonly (readonly [string, string])[] = [
  ['looked', 'over'],
  ['went', 'over'],
  ['read', 'over'],
  ['signed', 'off'],
];

/** Words that may come before a step told without its subject: "Sort of pitched it", "Quickly
 * rolled it back", "Eventually rewrote the parser". */
export const STEP_SOFTENERS: ReadonlySet<string> = new Set(
  'sort kind of basically just quickly first finally eventually also then later'.split(' '),
);

/** Words that open the object of a verb ("i pulled the traces", "i paged them"): after an "I" verb
 * taken for a relative clause they show a new clause in an unpunctuated run-on. */
export const RUN_ON_OBJECT_STARTS: ReadonlySet<string> = new Set(
  'the a an our their his her it them every all some'.split(' '),
);

/** A verb and its particle that learn of the work rather than do part of it: "the SRE folks found
 * out when their graphs changed". */
export const LEARNED_OF: readonly (readonly [string, string])[] = [
  ['found', 'out'],
  ['heard', 'about'],
  ['figured', 'out'],
];

/** A verb and its particle that follow the work's progress rather than do part of it: "my
 * manager checked in twice", "the PM followed up on Friday". */
export const FOLLOWING_UP: readonly (readonly [string, string])[] = [
  ['checked', 'in'],
  ['checked', 'on'],
  ['followed', 'up'],
  ['circled', 'back'],
  ['chased', 'me'],
  ['chased', 'us'],
];

/** Verbs of getting in touch: said of another party with the speaker as object and no thing
 * handed over ("my manager messaged me around noon asking for an ETA", "the CTO called me
 * twice"), they ask, and take no part in the work ("she emailed me the logs" hands one over). */
export const CONTACT_VERBS: ReadonlySet<string> = new Set(
  `messaged pinged emailed called phoned rang texted slacked dmed buzzed nudged chased paged
  contacted`.split(/\s+/),
);

/** What a party brings when it only asks: "she came back with two questions", "legal sent over
 * a few concerns". */
export const ASKING_NOUNS: ReadonlySet<string> = new Set(
  'question questions concern concerns objection objections complaint complaints doubts'.split(' '),
);

/** What follows "on" after a count of people that is no part of the work ("two engineers on
 * call", "three people on leave"). */
export const NOT_STAFFED_ON: ReadonlySet<string> = new Set(
  'call leave vacation holiday holidays site'.split(' '),
);

/** People outside the company the work is for: a customer's contact who confirms a spec answers a
 * question, and is no partner in the work ("sent it to the customer contact, she confirmed it"). */
export const CUSTOMER_WORDS: ReadonlySet<string> = new Set(
  'customer customers client clients user users prospect buyer merchant merchants'.split(' '),
);

/** Heads that always name people who could share the work ("the platform folks", "two devs"), as
 * opposed to heads that may name a thing ("the push provider", "the new owner of the partition")
 * or people the work is for ("customers"). */
export const PEOPLE_HEADS: ReadonlySet<string> = new Set(
  `folks guys people engineers developers devs dba dbas admins testers director directors architects
  colleagues coworkers stakeholders seniors juniors analyst analysts designer maintainers`.split(
    /\s+/,
  ),
);

/** Words the tagger may read as a person's name that never name a partner in an answer ("Lesson
 * for me is ...", "beat it in a short spike"). */
export const NOT_NAMES: ReadonlySet<string> = new Set(['lesson', 'lessons', 'spike', 'takeaway']);

/** Verbs of a "we" that undergoes the outcome rather than shares a step: "we lost roughly 4,000
 * checkouts", "we saw errors", "we hit the limit" (not "we got it rolled out"). */
export const UNDERGOING_VERBS: ReadonlySet<string> = new Set(
  'lost lose saw see hit missed suffered faced peaked'.split(' '),
);

/** Words before a bare "we did" that make it a comparison, not a step: "noticed before we did",
 * "knew more than we did". */
export const COMPARATIVE_BEFORE_WE: ReadonlySet<string> = new Set(
  'before than until after'.split(' '),
);
