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
  'nobody cared',
  'no one cared',
  'because of them',
  'thanks to them',
  'was on them',
  'is on them',
  'that is on them',
  'not on us',
  'not on me',
  'were to blame',
  'was to blame',
  'not my call',
  'not my decision',
  'not my job',
  'not my responsibility',
  'not my area',
  'nothing i could have done',
  'nothing i could do',
  'nothing we could have done',
  'did what i was told',
  'just following orders',
  'out of my hands',
  'were not told',
  'was not told',
  'were never told',
  'was never told',
  'kept in the dark',
  'the last to know',
  'the last to find out',
  'kept completely in the dark',
  'kept totally in the dark',
  'left in the dark',
  'left completely in the dark',
  'no way i could have known',
  'in my defence',
  'in my defense',
  'came from above',
  'not from me',
  'sat on it',
  'sat on our',
  'sat on my',
  'left us hanging',
  'left me hanging',
  'hung us out to dry',
  'dumped it on us',
  'dumped it on me',
  'passed the buck',
  'my hands were tied',
  'kept us in the dark',
  'out of the loop',
  'i blame',
  'above my pay grade',
  'made above me',
  'made way above me',
  'i was just the',
  'i was only the',
  'i only did what',
  'i just did what',
  'typical for them',
  'typical of them',
  'typical for that team',
  'typical of that team',
  'blame goes to',
  'blame lies with',
  'their bug',
  'their mess',
  'in their wisdom',
  'in their infinite wisdom',
  'in his wisdom',
  'in his infinite wisdom',
  'in her wisdom',
  'in her infinite wisdom',
  'blame sits with',
  'blame rests with',
  'blame is with',
  'blame was with',
  'blame falls on',
  'over the fence',
  'bless them',
  'bless their hearts',
  'bless his heart',
  'bless her heart',
  'had one job',
  'job for them',
  'so called',
  'rubber stamped',
  'not pointing fingers',
  'not to point fingers',
  'not going to name names',
  'i warned them',
  'i told them this would',
  'i told them it would',
  'told you so',
  'carry the whole team',
  'carried the whole team',
  'only one who actually',
  'only one who even',
  'only one who bothered',
  'which it was not',
  'which it wasnt',
  'which was not true',
  'which is not true',
  'behind our backs',
  'behind our back',
  'behind my back',
  'ball got dropped',
  'ball was dropped',
  'out of my control',
  'beyond my control',
  'outside my control',
  'not something i could control',
  'made above my head',
  'way above my head',
  'went over my head',
  'not like anyone asked',
  'not like anybody asked',
  'not like anyone told',
  'not like anyone cared',
  'not like they asked',
  'not like they told',
  'not like they cared',
  'throw it over the wall',
  'throws it over the wall',
  'set up to fail',
  'set us up to fail',
  'set me up to fail',
  'only so much i could',
  'only so much we could',
  'only so much one person could',
  'over our heads',
  'over our head',
  'over my head',
  'not something i could have',
  'nothing i could have',
  'not anything i could have',
];

/** One-word nouns for other people or teams ("ops", "qa", "management"). */
export const OTHER_PARTY_WORDS: ReadonlySet<string> = new Set(
  `they he she ops devops sre sres qa product pm pms management leadership manager boss lead architect
reviewer reviewers intern interns contractor contractors vendor vendors partner partners client clients
designers design marketing sales support nobody someone somebody security legal finance infra
agency agencies consultants consultancy vp vps cto ceo cio cfo coo svp evp exec execs executives
higher-ups analysts auditor auditors operator operators scientist scientists procurement compliance hr comms founder founders cofounder
partnerships business`.split(/\s+/),
);

/** Heads of noun phrases naming a group of people ("the frontend team", "the ops guys"). */
export const PARTY_HEADS: ReadonlySet<string> = new Set(
  'team teams crew crews guys guy folks people group department org engineers engineer developers developer devs manager managers lead leads author authors owner owners dba dbas admins testers director directors tester architects consultant consultants maintainer maintainers customer customers designer analyst side senior seniors junior juniors dev colleague colleagues coworker coworkers provider providers stakeholder stakeholders council committee board integrator integrators squad squads mentor mentors person teammate teammates counterpart counterparts firm firms outfit'.split(
    ' ',
  ),
);

/** Failures that blame the party in any context ("never told us", "kept changing"). */
export const STRONG_FAILURES = [
  'snuck in',
  'sneaked in',
  'snuck it in',
  'snuck through',
  'never told us',
  'never told me',
  'never tell us',
  'did not tell us',
  'did not tell me',
  'did not tell anyone',
  'did not tell anybody',
  'never told anyone',
  'never told anybody',
  'did not let us know',
  'never let us know',
  'did not warn us',
  'never warned us',
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
  'kept changing their mind',
  'messed up',
  'botched',
  'botched it',
  'bungled',
  'fumbled',
  'screwed up',
  'messed it up',
  'screwed it up',
  'stuffed up',
  'stuffed it up',
  'mucked up',
  'mucked it up',
  'cocked up',
  'cocked it up',
  'fouled up',
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
  'without telling us',
  'without telling anyone',
  'without telling me',
  'without asking us',
  'without asking anyone',
  'without any warning',
  'did not give us',
  'never gave us',
  'did not follow',
  'never followed',
  'did not read',
  'never read',
  'could not make up their mind',
  'could not make up their minds',
  'could not decide',
  'cannot decide',
  'can not decide',
  'could never decide',
  'screwed us',
  'was incompetent',
  'were incompetent',
  'was useless',
  'were useless',
  'was clueless',
  'were clueless',
  'was careless',
  'were careless',
  'was sloppy',
  'were sloppy',
  'wrote terrible code',
  'wrote bad code',
  'wrote sloppy code',
  'cut corners',
];

/** Failures that are neutral when the speaker then owns the fix ("broke", "caused", "missed"). */
export const SOFT_FAILURES = [
  'did not catch',
  'never caught',
  'did not notice',
  'did not check',
  'did not review',
  'broke',
  'had broken',
  'broken',
  'caused',
  'missed',
  'took down',
  'brought down',
  'knocked over',
  'corrupted',
  'wiped',
  'overwrote',
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

/** Nouns of fault or responsibility: "their fault", "my call", "the blame". */
export const FAULT_NOUNS: ReadonlySet<string> = new Set(
  'fault faults blame call decision responsibility problem mistake doing screwup mess'.split(' '),
);

/** Verbs of diligence: not doing them, said of another party, judges its conduct ("they never
 * test", "nobody bothered", "they didn't tell anyone"). Base and past forms. */
export const DILIGENCE_VERBS: ReadonlySet<string> = new Set(
  `test tests tested testing tell tells told telling look looks looked read reads document documents
documented bother bothers bothered care cares cared listen listens listened communicate communicated
share shared check checks checked review reviewed respond responded reply replied update updated warn
warned follow followed fill filled write wrote written answer answered ask asked think thought plan
planned consider considered notify notified mention mentioned inform informed catch caught say said
explain explained give gave testing telling writing reading documenting checking reviewing
announce announced announcing hand handed handing maintain maintained maintaining
responding communicating sharing pick picked help helped engage engaged loop looped consult consulted
deliver delivered include included send sending sent running fix fixed looking asking consulting
involving involved notifying informing warning giving answering replying helping cooperate
cooperated cooperating prioritise prioritised prioritize prioritized prioritising prioritizing`.split(
    /\s+/,
  ),
);

/** Adjectives that judge a party's conduct or quality ("the PM was pushy", "they are sloppy"). */
export const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(
  `pushy sloppy careless useless incompetent clueless lazy negligent reckless unreasonable difficult
unresponsive hopeless terrible awful arrogant rude chaotic disorganized disorganised unprofessional
stubborn impossible garbage rubbish amateurish dismissive ignorant slow gatekeepers demanding
territorial crazy nightmare joke disaster shambles mess hole glacial dinosaurs cowboys amateurs
bureaucratic theater theatre farce circus trainwreck nonexistent non-existent inadequate unusable
subpar spaghetti abandonware outdated fiction fantasy asleep unreachable awol absent ridiculous absurd
silly dysfunctional toxic vague micromanager micromanaging bully unreliable untrustworthy defensive
obstructive uncooperative unhelpful hostile combative evasive condescending patronising patronizing
inflexible obstinate apathetic secretive petty worthless clowns mia`.split(/\s+/),
);

/** Adverbs of habit that turn a party's action into a complaint ("kept changing", "always late"). */
export const HABIT_WORDS: ReadonlySet<string> = new Set('kept keep keeps'.split(' '));

/** Objects that make an action a failure: "gave us bad data", "pushed a broken config". */
export const BAD_OBJECT_WORDS: ReadonlySet<string> = new Set(
  'bad broken wrong buggy faulty incomplete unfinished garbage untested unrealistic impossible spaghetti hacky messy sloppy poor lousy shoddy crappy terrible awful horrible half-baked abandonware malformed invalid corrupt'.split(
    ' ',
  ),
);

/** Qualifiers that name a group of people from outside: "on the sales side", "over there" ("on the
 * team" is the speaker's own). */
export const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(
  'there other that those their platform ops qa sales product management rota rotation'.split(' '),
);

/** Words that make a deed a fault when the speaker adds that the party always does it: "gave us the
 * date really late, like they always did", "skipped the review, as he usually does". */
export const DEED_FAULTS: ReadonlySet<string> = new Set(
  'late without skipped skip ignored forgot missed dropped broke overrode bypassed blocked rejected delayed stalled'.split(
    ' ',
  ),
);
