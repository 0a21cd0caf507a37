/** Words that say which role a vague-looking phrase plays in the story (rules/vague-framing.ts,
 * rules/vague-amount.ts): a figure that measures it, a cost weighed, another party's act. */

/** Prepositions that lead a figure measuring the claim just before ("down to 40%", "by a third",
 * "closer to eight"). */
export const MEASURE_LEADS: ReadonlySet<string> = new Set('to by from at of'.split(' '));

/** Nouns that frame what follows as the price of a choice ("the tradeoff was that ...", "the
 * downside is ..."), not a result. */
export const COST_CUES: ReadonlySet<string> = new Set(
  'tradeoff tradeoffs trade-off downside downsides drawback drawbacks cost catch price'.split(' '),
);

/** Heads of a count of staff ("two teams", "three engineers"): the taxonomy's non-measures. */
export const STAFF: ReadonlySet<string> = new Set(
  'team teams engineer engineers developer developers devs people folks persons colleagues'.split(
    ' ',
  ),
);

/** Heads of another party's name ("the DBA team", "the infra guys", "the previous developer"): an
 * unnamed set as the object of their act ("pushed some config change") is what the speaker was
 * not told, not a claim the speaker left vague. */
export const OTHER_PARTIES: ReadonlySet<string> = new Set(
  `team guys folks people developer developers dba dbas vendor vendors contractor contractors
architect architects admin admins provider`.split(/\s+/),
);

/** Auxiliaries and adverbs between another party and its act ("had pushed", "just changed"). */
export const ACT_GAP: ReadonlySet<string> = new Set(
  'had has have just also apparently then quietly silently'.split(' '),
);

/** Words after a deliberation ("went back and forth") that name its options or its reason
 * ("between Lambda and ECS", "because ..."). */
export const DELIBERATION_NAMED: ReadonlySet<string> = new Set(
  'between because since whether'.split(' '),
);

/** Verbs of where a deliberation landed, with "on" and what ("compromised on local counters"). */
export const LANDINGS: ReadonlySet<string> = new Set(
  'compromised settled agreed landed'.split(' '),
);

/** Deliberations: vague only when nothing says what was weighed. */
export const DELIBERATIONS: ReadonlySet<string> = new Set(['went back and forth']);

/** People as a subject: an amount after their verb is what they did or got ("the platform team got
 * a ton of shout-outs"), a claim; a thing's amount ("the workers were burning a lot of CPU") tells
 * the problem. */
export const PEOPLE_SUBJECTS: ReadonlySet<string> = new Set(
  `team teams people customers customer users user folks engineers developers devs manager managers
lead leads sales support ops product management leadership they he she i we you everyone everybody
nobody`.split(/\s+/),
);

/** Between a subject and the verb whose object is an amount ("was also allocating", "had already
 * eaten"), and object pronouns before it ("saved me a lot of guessing"). */
export const AMOUNT_VERB_GAP: ReadonlySet<string> = new Set(
  'was were is are had has have also already just still really me us them him her'.split(' '),
);

/** Verbs of the speaker weighing a choice ("I decided that was worth it"): what follows is their
 * judgement of a cost, not a result. */
export const JUDGE_VERBS: ReadonlySet<string> = new Set(
  'decided judged reckoned figured'.split(' '),
);

/** After "with", words of what a quantity scales with ("grew with every render", "with the size
 * of the load"): a mechanism described, not a result. */
export const SCALE_WITH: ReadonlySet<string> = new Set('every each size number amount'.split(' '));

/** Nouns that name a cause ("the bottleneck was ...", "the root cause was ..."): the states told
 * after them in the sentence explain the problem. */
export const CAUSE_NOUNS: ReadonlySet<string> = new Set(
  'bottleneck cause culprit reason diagnosis'.split(' '),
);
