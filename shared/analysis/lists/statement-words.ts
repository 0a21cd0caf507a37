/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Particles that belong to the verb before them ("rolled back", "set up"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'back out up down off over in on through into with together'.split(' '),
);

/** Verbs that lead to the real verb ("had to roll back", "ended up", "went ahead"). */
export const BRIDGES: ReadonlySet<string> = new Set('ended went had have has'.split(' '));

/** Auxiliaries of the perfect ("had added"). */
export const PERFECT: ReadonlySet<string> = new Set('had have has'.split(' '));

/** "I took the lead / ownership / it on" states a role, not an action. */
export const ROLE_AFTER_TOOK: ReadonlySet<string> = new Set(
  'the ownership charge it on responsibility over'.split(' '),
);

/** Things that arrive: "I got a ticket / a page / a call" happened to the speaker, like "I got paged". */
export const RECEIVED_AFTER_GOT: ReadonlySet<string> = new Set(
  'ticket tickets page pages call calls alert alerts message messages email emails text ping pings complaint complaints request requests escalation notification notifications'.split(
    ' ',
  ),
);

/** Nouns of time: "the next day we ..." is a time, not a relative clause. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'day days morning night week time month year evening afternoon weekend quarter sprint moment end point minute hour'.split(
    ' ',
  ),
);

/** Splits happen only where a cue starts a new clause ("... my director asked me"), never inside
 * one ("what I | took away"). */
export const OPENER_STARTS: ReadonlySet<string> = new Set(
  'i my the looking in next if since going from it now what'.split(' '),
);

/** Words after which a cue never starts a new clause ("what I took away"). */
export const NO_SPLIT_AFTER: ReadonlySet<string> = new Set(
  'what that which who and but so because then or'.split(' '),
);

/** Words that start a clause after "and/so/but" (a split point for STAR-L). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  'i we it they he she the our my this that there everything things after within in'.split(' '),
);
