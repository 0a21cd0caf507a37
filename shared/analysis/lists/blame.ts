/** Blame lists (taxonomy: `blame`). Context checks live in rules/blame.ts. */

/** Phrases that blame whoever they name, wherever they occur. */
export const BLAME_PHRASES = [
  'not my fault',
  'not our fault',
  'not really my fault',
  'not really our fault',
  'not entirely my fault',
  'their fault',
  'his fault',
  'her fault',
  'your fault',
  'fault of',
  'dropped the ball',
  'drop the ball',
  'threw it over the wall',
  'thrown over the wall',
  'threw us under the bus',
  'under the bus',
  'did not do their job',
  'not my problem',
  'not our problem',
  'to blame',
  'nobody told us',
  'nobody told me',
  'no one told us',
  'no one told me',
  'nobody warned us',
  'nobody bothered',
  'were to blame',
  'was to blame',
];

/** One-word nouns for other people or teams ("ops", "qa", "management"). */
export const OTHER_PARTY_WORDS: ReadonlySet<string> = new Set(
  `they he she ops devops sre sres qa product pm pms management leadership manager boss lead architect
reviewer reviewers intern interns contractor contractors vendor vendors partner partners client clients
designers design marketing sales support nobody someone somebody security legal finance infra`.split(
    /\s+/,
  ),
);

/** Heads of noun phrases naming a group of people ("the frontend team", "the ops guys"). */
export const PARTY_HEADS: ReadonlySet<string> = new Set(
  'team teams guys folks people group department org engineers developers devs manager managers lead leads'.split(
    ' ',
  ),
);

/** Failures that blame the party in any context ("never told us", "kept changing"). */
export const STRONG_FAILURES = [
  'never told us',
  'never told me',
  'never tell us',
  'did not tell us',
  'did not tell me',
  'did not listen',
  'never listened',
  'would not listen',
  'does not listen',
  'did not care',
  'did not really care',
  'do not care',
  'does not care',
  'never cared',
  'kept changing',
  'keep changing',
  'kept moving',
  'would change their mind',
  'changed their mind',
  'kept changing their mind',
  'messed up',
  'screwed up',
  'messed it up',
  'screwed it up',
  'should have tested',
  'should have caught',
  'should have checked',
  'should have known',
  'should have told',
  'should have noticed',
  'is supposed to catch',
  'are supposed to catch',
  'was supposed to',
  'were supposed to',
  'did not bother',
  'could not be bothered',
  'refused to',
  'failed to',
  'forgot to',
  'ignored',
  'never responded',
  'did not respond',
  'never documented',
  'did not document',
  'did not test',
  'never tested',
  'did not communicate',
  'never communicated',
  'blew up',
];

/** Failures that are neutral when the speaker then owns the fix ("broke", "caused", "missed"). */
export const SOFT_FAILURES = [
  'broke',
  'had broken',
  'broken',
  'caused',
  'missed',
  'pushed a bad',
  'pushed a broken',
  'deployed a bad',
  'deployed a broken',
  'shipped a bad',
  'shipped a broken',
  'dropped',
  'forgot',
  'approved it',
  'let it through',
];
