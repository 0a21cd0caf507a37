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
  insisted worried panicked freaked hovered`.split(/\s+/),
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
  'agreed approved signed okayed greenlit greenlighted accepted'.split(' '),
);
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
