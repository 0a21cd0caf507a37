/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Words that make a clause background or explanation ("because we deployed"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'that because since if when whether where why how until while cause unless whenever'.split(' '),
);

/** "I found we topped out at ...": after a verb of finding out, "we" starts a reported fact. */
export const REPORTING: ReadonlySet<string> = new Set(
  'found find realized realised noticed saw learned discovered knew figured showed meant'.split(
    ' ',
  ),
);
