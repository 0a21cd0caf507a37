/** Word lists read by the engine's context checks (one home for the lexicon; see README). */
import { SKIPPABLE } from './outcome-words';

/** Words between a subject and a vanishing verb ("the errors pretty much went away"). */
export const VANISH_GAP: ReadonlySet<string> = new Set([
  ...SKIPPABLE,
  'pretty',
  'much',
  'completely',
  'mostly',
  'totally',
]);

/** Auxiliaries of a passive "done" outcome ("it got fixed", "was handled"). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(
  'was were got get gets is are been'.split(' '),
);

/** Participles that say only that something was dealt with ("it got fixed", "the issue was handled"). */
export const DONE: ReadonlySet<string> = new Set(
  'fixed handled resolved addressed solved sorted sorted_out cleaned'.split(' '),
);

/** Words after a passive "done" outcome that bring the how ("fixed by", "handled with"). */
export const HOW: ReadonlySet<string> = new Set(
  'by with using via through because when after once'.split(' '),
);

/** Subjects of a system that can get better by themselves ("the page loads faster"). */
export const SYSTEM_SUBJECTS: ReadonlySet<string> = new Set(
  'it they that this page pages app service site system things everything api queries builds deploys'.split(
    ' ',
  ),
);

/** Verbs that move a metric ("brought latency down"). */
export const MOVERS: ReadonlySet<string> = new Set(
  'brought bring got get pushed drove driven'.split(' '),
);

/** Verbs that only report a view or a plan: what follows them is not an outcome. */
export const NOT_OUTCOME_VERBS: ReadonlySet<string> = new Set(
  'think thought felt feel believe believed want wanted need needed hope hoped said say expected'.split(
    ' ',
  ),
);

/** "more important", "less likely": a ranking or a chance, not an outcome. */
export const RANKING: ReadonlySet<string> = new Set(
  'important urgent likely expensive critical'.split(' '),
);
