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
