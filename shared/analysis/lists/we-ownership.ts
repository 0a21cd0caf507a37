/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Words that make a clause background or explanation ("because we deployed"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'that which because since if when whether where why how until while cause unless whenever'.split(
    ' ',
  ),
);

/** "I found we topped out at ...": after a verb of finding out, "we" starts a reported fact. */
export const REPORTING: ReadonlySet<string> = new Set(
  'found find realized realised noticed saw learned discovered knew figured showed meant'.split(
    ' ',
  ),
);

/** Verb + particle runs that tell a discussion, not a step: "we went back and forth", "we walked
 * through it with our director". */
export const DISCUSSIONS: readonly string[] = [
  'went back and forth',
  'walked through',
  'talked through',
];

/** Milestones: "we launched on the 29th", "we switched over on March 24", "we made the date" are
 * the result's dates, not steps. */
export const MILESTONES: ReadonlySet<string> = new Set(
  'launched switched went made hit shipped released'.split(' '),
);
