/** Word lists and cue patterns behind the content signals (signals/tradeoff.ts and friends). */

/** A number ahead ("instead of 12,000", "instead of around fifteen"): a result, not a choice. */
const NUMBER_AHEAD =
  '(the |about |around |roughly |nearly |up to )?([\\d$]|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds?|half|an? (second|minute|hour|day|week|month|year|couple|few|dozen))\\b)';

/** How a speaker states a decision with its alternative, its reason or its cost. Each pattern is
 * matched within one sentence, lower-cased. */
export const TRADEOFF_CUES: readonly { cue: string; pattern: RegExp }[] = [
  // Not "3,400 instead of 12,000": a comparison of numbers is a result, not a choice.
  {
    cue: 'instead of / rather than',
    pattern: new RegExp(`\\b(instead of|rather than)\\b(?! ${NUMBER_AHEAD})`),
  },
  {
    cue: 'would have worked, but',
    pattern: /\b(would have|could have) (worked|been \w+)\b[^.?!]*\bbut\b/,
  },
  {
    cue: 'X first because',
    pattern:
      /\b(pick|picked|prioriti[sz]ed|chose|took|made the call|(what|which) (went|goes|would go)|decide what)\b[^.?!]*\bfirst\b[^.?!]*\b(because|since|meant)\b|\bfirst, [^.?!]{1,40}\bsecond\b[^.?!]*\b(because|since)\b|\b(slipping|slipped|waiting|delay(ing)?) (meant|would mean)\b/,
  },
  // "rolled forward, not back"; "one template per language, not per service".
  {
    cue: 'X, not Y',
    pattern:
      /\b\w+ed, not \w+ed\b|\b(per|by|for|from) ([\w-]+ ){0,2}[\w-]+, not \1 (?!(me|him|her|us|them|you)\b)\w/,
  },
  {
    cue: 'X instead',
    pattern: /\b(i|we|they)\b[^.?!]*\binstead\b(?! of)|\binstead,? (i|we)\b/,
  },
  {
    // What the other path would have cost: "disabling the rule would have exposed us", "a
    // migration would have eaten the timeline" (not the speaker's own "I would have ...").
    cue: 'would have cost',
    pattern:
      /(?<!\bi )\bwould(?: have|'ve|’ve) (\w+ly )?(cost|meant|taken|eaten|exposed|broken|required|needed|doubled|tripled|quadrupled|blocked|delayed|added|hidden|masked|sat|lost|hurt|slowed|left|forced)\b/,
  },
  {
    cue: 'rough costs',
    pattern:
      /\b(rough|estimated|the) (costs?|estimates?) (next to|for|of) (each|both|the options)\b/,
  },
  { cue: 'decided ... but', pattern: /\b(we|i) (decided|agreed)\b[^.?!]*\bbut (we|i) could\b/ },
  { cue: 'tradeoff', pattern: /\btrade[- ]?offs?\b/ },
  // Not a cost measured as a result ("cost went from $30k to $6k") nor a price in the domain ("a
  // price refresh service").
  {
    cue: 'the cost / downside',
    pattern:
      /\b(the|one|a|its|that|main|real|big) (downside|cost|catch|drawback)s?\b(?! (went|dropped|fell|rose|grew|came|from|down|up|per|model|models|center|centre|centers|attribution|dashboard|dashboards|report|reports|breakdown|tags|tagging|allocation|explorer|alerts?|savings|estimates?)\b)|\bthe price (was|of|we)\b|^(cost|downside|tradeoff)s?\b(?! (went|dropped|fell|rose|grew|came|from|down|per)\b)|\bat the (cost|expense|price) of\b/,
  },
  {
    cue: 'considered ... but',
    pattern:
      /\b(i|we)( (also|did|had|briefly|initially|first|even|actually|originally|seriously|kind of|sort of))* (considered|consider|weighed|looked at|looked into|explored|toyed with|floated|thought (also )?(about|of)|(was|were) (also )?(thinking|tempted)( also)? (about|of|to))\b[^.?!]*\bbut\b/,
  },
  {
    cue: 'options',
    // ("both paths" are code paths run side by side.)
    pattern:
      /\b(two|three|a few|several|both|the) (options|alternatives|approaches)\b|\b(two|three) paths\b/,
  },
  // "a risk we'd written down and accepted": the acceptance after an auxiliary or another verb.
  {
    cue: 'accepted',
    pattern:
      /\b(we|i) (accepted|traded|gave up|chose to accept)\b|\b(risk|cost|downside|tradeoff)s? (that )?(we|i)('d|'ve| had| have) ([\w-]+ ){0,3}accepted\b/,
  },
  // An alternative ruled out: "the platform was planned for next year, so this was not an option".
  {
    cue: 'not an option',
    pattern:
      /\b(not|never|wasn't|isn't|no longer) (really )?an? (real |viable |realistic )?option\b/,
  },
  {
    cue: 'chose ... because',
    pattern:
      /\b(i|we) (chose|picked|opted|decided)\b[^.?!]*\b(because|since|so that|which meant|as it)\b/,
  },
  {
    cue: 'slower but',
    pattern:
      /\b(slower|costlier|more expensive|less \w+|riskier|harder|manual|worse)\b[^.?!]{0,80}\bbut\b/,
  },
  {
    cue: 'but that meant',
    pattern: /\bbut (that|this|it) (meant|means|would have|would|alone|left)\b/,
  },
  // What a path costs: "two weeks meant skipping the rate limiting", "meant more queue storage"
  // ("cache hits meant fewer runner minutes" explains a gain).
  {
    cue: 'meant a cost',
    pattern: /\b(meant|would mean|means) (more|less|extra|(?!(some|any|no|every)thing)\w+ing)\b/,
  },
  // A concession about the path taken ("even though it meant a week of extra work"), not any
  // concession ("even though half the systems weren't ours").
  {
    cue: 'even though',
    pattern:
      /\beven though\b[^.?!]{0,40}\b(meant|means|cost|costs|slower|harder|uglier|riskier|more|less|lose|lost|gave up)\b/,
  },
  // The alternative not taken, with why: "I could have just thrown bigger boxes at it but ...".
  {
    cue: 'could have, but',
    // A terse speaker drops the subject: "Could've failed over to the backup, but it only ...".
    pattern: /(\b(i|we) |^)could(?: have|'ve|’ve) (just )?\w+[^.?!]*\bbut\b/,
  },
  // Two courses compared: "worked better than trying to understand it", "cheaper than building",
  // "wrapping beats rewriting", a path (a gerund) that "works better than any design doc", "a fix
  // with a known exploit beats a launch date"; not a result ("worked better than expected").
  {
    cue: 'better than doing',
    pattern:
      /\b(\w+er|better|worse|more \w+|less \w+) than (just |simply )?(?!(some|any|no|every)thing)\w+ing\b|\bbeats? (just |simply )?(?!(some|any|no|every)thing)\w+ing\b|\b(?!(some|any|no|every|dur)thing\b|during\b)\w+ing\b[^.?!]{0,60}\b(works?|worked|went|goes|lands?|landed) (much |far |way |a lot )?(better|further) than\b(?! (expected|before|planned|usual|last|ever|i|we|you|it)\b)|\bbeats (an?|any|the|every|most) \w+/,
  },
  // The choice itself set out with its paths: "the choice was between failing closed and failing
  // open", "I had a choice between patching it or upgrading", "went back and forth between Lambda
  // and ECS", "there was no way to do both".
  {
    cue: 'choice between',
    pattern:
      /\b(choice|decision|call|dilemma|trade|back and forth|torn) (was |is |came down to )?between\b[^.?!]*\b(and|or|versus|vs)\b|\b(choose|chose|pick|picked|decide|decided|choosing|picking|deciding) between\b[^.?!]*\b(and|or|versus|vs)\b|\b(no way|couldn't|could not|can't|cannot|not possible) (to )?(do|have|ship|fix) both\b/,
  },
  // The obvious path named and not taken: "I did not start with reading the code", "I didn't try
  // to learn Spark properly, I started from the output".
  {
    cue: 'not the obvious path',
    pattern: /\b(i|we) (did not|didn't) (start|begin|try|go|jump|file|open)\b/,
  },
  // A colleague's path turned down with its reason: "Hana suggested turning mTLS off, and I said
  // no, because that link carries card data".
  {
    cue: 'declined, because',
    pattern:
      /\b(suggested|proposed|wanted|offered|pushed)\b[^.?!]*\b(i|we) (said no|declined|refused|turned (it|that) down)\b[^.?!]*\b(because|since|as)\b/,
  },
  // The paths a choice meant: "splitting it meant either distributed transactions or accepting
  // eventual consistency".
  { cue: 'meant either ... or', pattern: /\b(meant|means|mean) either\b[^.?!]*\bor\b/ },
  // Two paths priced against each other: "two engineers for two quarters cost more than the
  // license".
  { cue: 'cost more than', pattern: /\bcost(s|ed)? (a lot |far |way |much )?(more|less) than\b/ },
  // A path rejected with its reason: "I didn't want to rewrite a script I didn't understand, so I".
  { cue: "didn't want to, so", pattern: /\b(i|we) (didn't|did not) want to\b[^.?!]*\bso (i|we)\b/ },
  // Scope given up and kept: "dropped the export and kept top-ups", "the editor got cut" (not
  // "which ones got cut", which names nothing).
  {
    cue: 'cut and kept',
    pattern:
      /(?<!\b(which|what|whatever)( ones?| things?| features?)? )\b(got|was|were) cut\b|\b(drop|cut|skip|defer) (the |our |a )?([\w-]+ ){1,3}and (ship|keep|launch|go with)\b|\b(dropped|dropping|cut|cutting|removed|removing|skipped|skipping|deferred|deferring)\b(?! (costs?|latency|spend|the (bill|cost|costs|latency|time|spend))\b)[^.?!]*(?<!\b(that|which|it) )\b(kept(?! \w+ing\b)|keep(ing)? (?!\w+ing\b)|stayed in)\b|\bkept(?! \w+ing\b)\b[^.?!]*\b(dropped|cut)\b|(^|[;:] )accepted (that|it|the)\b/,
  },
  // Paths set side by side ("a one-page comparison", "splitting now versus later", "a doc comparing
  // A with B"), not a check ("compared the heap snapshots").
  {
    cue: 'comparison',
    pattern: new RegExp(
      `\\bcomparison\\b|\\b(versus|vs)\\b(?! ${NUMBER_AHEAD})|\\b(doc|document|write-?up|page|spreadsheet|table|side-by-side)\\b[^.?!]{0,20}\\bcompar(ing|ed)\\b`,
    ),
  },
  {
    cue: 'deferred',
    pattern:
      /\b(defer(red|ring)?|de-?scoped?|postpone[ds]?)\b|\b(park|parked|parking)\b[^.?!]{0,40}\b(for later|until|to the next)\b|\bchose to \w+ (\w+ )?first\b/,
  },
  {
    cue: 'not worth it',
    pattern:
      /\b(not|wasn't|isn't) worth\b|\bwould have been (a|another) (second |whole )?project\b/,
  },
  {
    cue: 'went with X over Y',
    pattern:
      /\b(went with|settled on|opted for|chose|picked|preferred)\b[^.?!]*\binstead\b|\b(went with|settled on|opted for|chose|picked|preferred|prioriti[sz]ed|favou?red|put) ([\w-]+ ){1,4}(over|ahead of)\b(?! (the|a) (weekend|phone|years?|months?|weeks?|days?|wall)\b)/,
  },
  {
    cue: 'the alternative',
    pattern:
      /\b(the |an? )?(alternative|other option|other approach)s? (was|were|would have)\b|\b(wrote up|proposed|came with|offered) (an?|my|our|the) (\w+ )?(alternative|option|plan)\b|\bdecided against\b|\b(either|could either)\b[^.?!]*\bor\b[^.?!]*\b(chose|picked|went|decided)\b/,
  },
  {
    cue: 'at the expense of',
    pattern:
      /\b(at the expense of|in exchange for|pros and cons|on the other hand|we lived with|took the hit|good enough for now|not ideal,? but)\b/,
  },
  // A cost the speaker accepted: "a slightly stale count was fine on a listing page".
  {
    cue: 'a cost was fine',
    pattern:
      /\b(stale|slower|delayed|manual|later|older|approximate|eventual|lag|lagging|lower)\b[^.?!]{0,30}\b(was|is|were|are) (fine|acceptable|ok|okay|good enough|tolerable)\b/,
  },
  // The path wanted and not taken, with what stopped it: "I'd have liked to move analytics onto its
  // own replica, but that was a quarter of work", "ideally we'd have rebuilt it, but".
  {
    cue: 'would have liked, but',
    pattern:
      /\b(i|we)('d| would) have (liked|preferred|wanted|loved) to\b[^.?!]*\bbut\b|\bideally,? (i|we)('d| would)\b[^.?!]*\bbut\b/,
  },
  // Part kept and the rest given up: "porting the paging checks and dropping the rest", "we
  // shipped the two reports and deferred everything else".
  {
    cue: 'dropped the rest',
    pattern:
      /\b(dropp(ed|ing)|(i|we) cut|cutting|skipp(ed|ing)|defer(red|ring)|park(ed|ing)|descop(ed|ing)|shelv(ed|ing)) (all )?(the rest|everything else|the remaining \w+)\b/,
  },
  // A decision to do only part, with the rest named: "we agreed to store only the verification
  // status and not the documents", "decided to migrate only the read path, not the writes".
  {
    cue: 'only X, not Y',
    pattern:
      /\b(agreed|decided|chose|opted|proposed|suggested)\b[^.?!]{0,40}\bonly\b[^.?!]{1,50}\b((and|but),? )?not\b/,
  },
  // Two positions met halfway: "we went back and forth and compromised on local counters".
  {
    cue: 'compromise',
    pattern: /\b(compromised|compromising) on\b|\b(a|the) compromise (was|where|of)\b/,
  },
  // Scope sorted by need: "split it into what the regulation needed and what was nice to have",
  // "the must-haves were ...", "the feature was a nice to have".
  {
    cue: 'must-have',
    pattern:
      /\b(the|were|into) must[- ]haves?\b|\b(what was|a|was) nice[- ]to[- ]have\b|\bnice[- ]to[- ]have\b[^.?!]*\b(so|because|and cut|cut)\b/,
  },
  // A path chosen over another, in other words: "dropped the SDK in favour of plain HTTP", "a
  // queue, as opposed to a cron", "weighed speed against safety", "struck a balance between".
  {
    cue: 'in favour of',
    pattern:
      /\bin favou?r of\b(?! of)|\bas opposed to\b|\bweigh(ed|ing)?\b[^.?!]{0,40}\bagainst\b|\bstr(uck|ike) a balance\b|\bbalanc(e|ing) between\b/,
  },
  // Named options: "option A was a rewrite", "the second option".
  {
    cue: 'option named',
    pattern:
      /\boption (a|b|c|one|two|three)\b|\b(first|second|third|cheaper|safer|simpler) option\b/,
  },
  // A preference with its alternative understood: "I said I'd rather have per-region counters".
  {
    cue: 'would rather',
    pattern:
      /\b(i|we)('d| would) rather (have|do|go|use|keep|ship|take|spend|not|build|run|pay|live)\b/,
  },
  // A cost accepted as enough: "a nightly file was good enough for their reporting".
  { cue: 'good enough', pattern: /(?<!(n't|not) )\b(was|is|were|are|be) good enough\b/ },
  // A step held back on purpose: "I held off on the schema change until the freeze ended".
  { cue: 'held off', pattern: /\b(held|hold|holding) off (on|until)\b/ },
  // Not "it cost us some money": the damage of a mistake is no choice.
  { cue: 'gave up', pattern: /\b(we|i) (sacrificed|gave up on)\b/ },
  // One quality given for another: "the design traded freshness for latency", "trading exact
  // limits for a bounded overshoot".
  { cue: 'traded X for Y', pattern: /\btrad(ed|ing|es) (\w+ ){1,3}for\b/ },
  // The speaker replaced one path with another and says why: "I moved the jobs off cron onto
  // Airflow, so nobody has to babysit them", "we switched from dumps to binlog shipping because".
  {
    cue: 'switched from X to Y because',
    pattern:
      /\b(i|we) (switched|moved|migrated|swapped)\b[^.?!,]{0,30}\b(from|off)\b[^.?!]{1,40}\b(to|onto|for)\b[^.?!]*\b(so|because|since)\b/,
  },
  // The path not taken judged by what it would have done: "raising the limit again would only have
  // stretched the interval", "more workers would just have given the slow endpoints more threads"
  // (not the speaker's own "I would only have ...").
  {
    cue: 'would only have',
    pattern:
      /(?<!\b(i|we|you) )\bwould (only|just|still|merely|simply) have (been|given|taken|\w+ed)\b/,
  },
  // A path weighed and turned down: "I considered Redis for the counter and rejected it".
  {
    cue: 'considered and rejected',
    pattern:
      /\b(i|we) (also |briefly |first )?(considered|looked at|weighed|evaluated)\b[^.?!]{1,60}\band (then )?(rejected|ruled|dropped|dismissed|decided against)\b/,
  },
  // A yes-or-no decision set out with its reason: "the hard part was deciding whether to send the
  // stale resets at all, because a link from three hours ago is useless".
  {
    cue: 'whether, because',
    pattern:
      /\b(decid(e|ed|ing)|choos(e|ing)|weigh(ed|ing)?) whether\b[^.?!]*\b(because|since|meant|risk)\b/,
  },
];

/** Verbs of a design changed, said of the thing itself: "the rules engine was moved to a
 * precomputed table ... instead of", "autoscaling was keyed on concurrency rather than CPU", "caps
 * moved from Redis to an in-process LRU rather than ...". Before "to", "on", "from" or "into" (or
 * "became"), they tell a design chosen, not what a thing did. */
export const DESIGN_CHANGE_VERBS: ReadonlySet<string> = new Set(
  `moved switched migrated changed keyed routed converted rewritten reworked redesigned swapped
  based pinned scoped partitioned sharded split became`.split(/\s+/),
);

/** Words of advice or duty before "instead of": "you should", "other teams need to ...". */
export const ADVICE_WORDS: ReadonlySet<string> = new Set(['you', 'should', 'need', 'needs']);

/** Verbs after "I'd" that look back at what was done ("the thing I'd repeat is ..."). */
export const LOOKING_BACK: ReadonlySet<string> = new Set(['repeat', 'keep']);

/** Words that make an action an error, not a choice ("the mistake was, I filtered on X instead of
 * Y", "accidentally"). */
export const MISTAKE_WORDS: ReadonlySet<string> = new Set(
  'mistake mistakes accidentally mistakenly wrongly typo'.split(' '),
);

/** Verbs of choosing: said by the speaker or the team with a reason or a cost, they state a
 * decision ("we kept RabbitMQ because", "I went with polling because the feed covered 60%"). */
export const CHOICE_VERBS: ReadonlySet<string> = new Set(
  `chose picked opted went settled kept cut deferred dropped refused preferred switched decided
  prioritized prioritised postponed descoped traded used skipped`.split(/\s+/),
);

/** Verbs that pick one path among others: after "<reason>, so" they state a choice with its
 * reason ("Redis was already in our stack, so I went with it"); not "so I decided we had to
 * shard" (no path set against another), "so I picked it up" or "so I dropped the interval". */
export const SO_CHOICE_VERBS: ReadonlySet<string> = new Set(
  'went chose picked opted settled switched preferred'.split(' '),
);

/** Words that give a choice its reason or its cost. */
export const REASON_WORDS: ReadonlySet<string> = new Set(
  'because since meant means cost costs downside tradeoff risk risky worried concerned afraid'.split(
    ' ',
  ),
);

/** A path judged outright, which states a position without a "because": "I thought a rewrite was
 * the wrong fix", "overkill", "a bad bet". The noun after "wrong" / "bad" names a path. */
export const PATH_VERDICTS: ReadonlySet<string> = new Set(
  'overkill premature unnecessary'.split(' '),
);
export const PATH_NOUNS: ReadonlySet<string> = new Set(
  'fix call approach idea bet move choice tool option plan solution direction scope design order'.split(
    ' ',
  ),
);

/** Words that only restate importance or fashion: "because it was the most important thing",
 * "because it felt more important", "because it is the popular one" give no reason for the choice
 * ("because everyone on call knew it" does). */
export const EMPTY_REASON_WORDS: ReadonlySet<string> = new Set(
  `it this that was is felt seemed seems looked the a more most really very clearly obviously just
  important urgent critical pressing priority bigger higher thing one matter mattered popular
  standard common modern trendy famous best`.split(/\s+/),
);

/** A reason that only appeals to fashion ("because it's the best practice", "because best
 * practices say so", "the industry standard"): word pairs, either order of reading. */
export const FASHION_REASONS: ReadonlySet<string> = new Set([
  'best practice',
  'best practices',
  'industry standard',
  'everyone uses',
  'everybody uses',
  'the hype',
]);

/** Verbs that report a discovery: "found the swap ran on a timer instead of after the load" tells
 * what a thing did, not what anyone chose. */
export const DISCOVERY_VERBS: ReadonlySet<string> = new Set(
  'found noticed saw realized realised discovered spotted'.split(' '),
);

/** Things a choice verb can be followed by that choose nothing: "I skipped something" tells the
 * story out of order. */
export const NOT_CHOSEN: ReadonlySet<string> = new Set(['something', 'anything', 'over', 'ahead']);

/** Heads of an object that names no path: "we cut a bunch of stuff", "dropped some things". */
export const UNNAMED_OBJECTS: ReadonlySet<string> = new Set(['stuff', 'things', 'bits']);

/** Named options: a sentence with "options" names them ("two options: A or B", "comparing three
 * options") or gives a reason or a cost; "we evaluated a few options and went with X" does not. */
export const OPTIONS_NAMED: RegExp =
  /\b(options|alternatives|approaches)\b\s*[:,]|\b(options|alternatives|approaches)\b[^.?!]*\b(or|versus|vs|against)\b|\bcompar(ing|ed|e)\b|\b(each|every) (one )?(would )?(cost|take|mean)|\b(because|since|cost|costs|meant|tradeoffs?|risk|downside)\b|^\W*(i|we) had (two|three|a few|several) (options|alternatives|approaches)\W*$/;

/** Role words a person is named by: "the SRE suggested alerting on lag instead of errors". */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  `manager lead pm designer architect director engineer dba sre cto vp analyst contractor colleague
  teammate mentor`.split(/\s+/),
);

/** Pronouns of other people who can make a choice ("they could poll instead of ..."). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she']);

/** Words that set paths side by side ("buying or building", "Kafka versus SQS"). */
export const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['or', 'versus', 'vs', 'either']);

/** "pushed for rules first", "argued for a freeze": a verb + "for" that chooses a path. */
export const CHOICE_BEFORE_FOR: ReadonlySet<string> = new Set(['pushed', 'argued', 'advocated']);

/** A path turned down by the speaker, verb + particle: "argued against blue-green", "pushed back on
 * the live map", "ruled out a rewrite", "decided not to cache prices"; with a reason near it, a
 * choice with its alternative named ("I pushed back a little" names no path). */
export const REJECTING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['argued', new Set(['against'])],
  ['pushed', new Set(['back on', 'back against'])],
  ['voted', new Set(['against'])],
  ['objected', new Set(['to'])],
  ['ruled', new Set(['out'])],
  ['decided', new Set(['not', 'against'])],
  ['said', new Set(['no to'])],
]);

/** What another party wanted, set against the speaker's "argued for" / "pushed for": "my manager
 * wanted the launch first and I argued for the patch" names the alternative. */
export const RIVAL_WANTS: ReadonlySet<string> = new Set(
  'wanted asked suggested proposed preferred'.split(' '),
);

/** The speaker's dissent from a path another party wanted: "I disagreed, because ...". */
export const DISSENT_VERBS: ReadonlySet<string> = new Set(['disagreed', 'objected']);

/** Particles after a choice verb that make it no choice: "went through the logs", "picked up the
 * phone", "cut into the budget" (not "went with", "settled on", "switched out", "cut down"). */
export const NOT_A_CHOICE_PARTICLES: ReadonlySet<string> = new Set(
  'through up off into around along by'.split(' '),
);

/** Words that judge a path: "I thought it was too risky / the wrong call / premature". */
export const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(
  `too wrong bad risky premature overkill unnecessary better worse right mistake heavy dangerous
  safer simpler cheaper slower faster expensive`.split(/\s+/),
);

/** The speaker's stated position ("I thought it was the wrong call, because ..."). */
export const STANCE_VERBS_PAST: ReadonlySet<string> = new Set(['thought', 'felt', 'believed']);

/** Verbs a partner contributes with ("Priya reworked the consumer"). */
export const CONTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  `built build wrote write reviewed review caught catch found find fixed fix reworked rework owned own
  took take handled confirmed confirm helped help designed design added add ran run dug tuned tune
  suggested suggest pointed spotted paired led lead proposed propose set migrated tested test
  traced checked shipped implemented implement drafted debugged investigated pushed drove covered
  agreed decided explained showed walked answered gave noticed talked did told warned flagged`.split(
    /\s+/,
  ),
);

/** Verbs of help a group is credited with ("the growth team ran an A/B test for us"); not verbs
 * of fault ("pushed", "broke"), which make a team the subject of blame instead. */
export const TEAM_CONTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  `built wrote reviewed caught found fixed reworked helped designed ran tuned suggested
  pointed spotted paired tested traced checked shipped implemented drafted debugged covered
  filled confirmed explained showed walked answered told warned flagged converted ported migrated
  rewrote upgraded labelled labeled`.split(/\s+/),
);

/** Verbs of help said of a colleague already named ("she added a fourth rule", "she backed me with
 * the client"), beyond the team's: a person adds to the work, where "the product team added report
 * types" adds to the scope. */
export const PERSON_CONTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'added',
  'backed',
  'supported',
]);

/** Verbs that report what follows ("I decided we had to shard", "I said we should wait"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  'decided said thought knew realized realised figured argued insisted told suggested'.split(' '),
);

/** Words for a group of people that can be credited. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['team', 'squad', 'crew']);

/** Verbs before "with" that make the next word a person ("sat with Kemal", "paired with Felix"). */
export const MEETING_VERBS: ReadonlySet<string> = new Set(
  'sat worked paired met talked spoke synced teamed partnered'.split(' '),
);

/** Prepositions that put a capitalised word in a place or a tool ("at Brightcart", "in Apollo");
 * "by", "to" and "with" can name a person ("reviewed by Kenji"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'at in on into onto from inside across within via'.split(' '),
);

/** Verbs of wanting or holding a view: "X, who really wanted route editing" credits nothing. */
export const STANCE_AFTER_WHO: ReadonlySet<string> = new Set(
  'wanted wants thought felt believed insisted preferred liked hated disagreed was were had'.split(
    ' ',
  ),
);

/** Verbs of reaching someone: the word after them is a person ("paged rukmini from ..."). */
export const REACHED_VERBS: ReadonlySet<string> = new Set(
  'paged pinged asked called messaged pulled looped walked'.split(' '),
);

/** Past verbs that pin a fault on a person rather than credit them ("Dana broke the build"), or
 * that say nothing of a part in the work ("Textwell started rejecting", "Friday went fine"). */
export const PARTNER_FAULT_VERBS: ReadonlySet<string> = new Set(
  `broke caused missed dropped forgot corrupted wiped overwrote deleted killed pushed ignored
  refused blocked changed left quit started began kept stopped`.split(/\s+/),
);

/** Words before a name that make it a partner ("paired with Felix", "asked Ruth", "lead Tomasz"). */
export const PARTNER_BEFORE: ReadonlySet<string> = new Set(
  `with asked pulled teammate colleague lead pm engineer designer analyst sre manager director`.split(
    /\s+/,
  ),
);

/** Words before a name that say the partner took part ("paired with Felix", "asked Ruth to"). */
export const CREDIT_BEFORE: ReadonlySet<string> = new Set(['with', 'asked', 'pulled', 'paired']);

/** Departments a person sits in ("Priya in finance gave me two hundred invoices"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  `finance legal ops operations support sales marketing security compliance risk product design
  data infra platform qa billing payments accounting hr`.split(/\s+/),
);

/** Words after a name that make it a partner ("Priya from the platform team", "Asha on my team"). */
export const PARTNER_AFTER: ReadonlySet<string> = new Set(['from', 'on', 'who', 'helped']);

/** A partner named by role with what they did: "my teammate wrote the backfill", "the DBA reviewed
 * the migration", "our designer did the screens", "with help from the SRE team", "we split the
 * list across four of us"; "I worked with", not "the date only worked with the cuts". */
export const ROLE_PARTNER: RegExp =
  /\b(my|our|a|the|their) (teammate|colleague|tech lead|designer|product manager|pm|dba|data scientist|qa engineer|sre|security engineer|mentor)s? (\w+ ){0,2}(built|wrote|reviewed|caught|found(?! out)|fixed|helped|owned|took(?! ([\w-]+ ){0,2}(minutes?|hours?|days?|weeks?|months?|ages|forever|while)\b)|handled|suggested|pointed|spotted|paired|designed|ran|tested|did|drove|covered)\b|\b(with (the )?help (from|of)|together with|partnered with|thanks to|credit to)\b|\bwith \w+'s help\b|(\b(i|we)( \w+){0,2} |(^|[,;] |\band )(then )?)worked (closely )?with\b|\b(split|divided|shared|spread)\b[^.?!]{0,30}\b(across|among|between) (the )?(\w+ )?(of us|team|teams|engineers)\b/;

/** A partner credited with an idea or a point the speaker took: "Dana's point was that the push
 * provider dragged email down, which was fair", "it was a good idea from him", "it was Ines's
 * suggestion", "she had a fair point". */
export const IDEA_CREDIT: RegExp =
  /\b\w+'s (point|idea|suggestion|proposal|insight)\b[^.?!]*\b(fair|right|good|great|better|valid|correct|smart)\b|\b(good|great|fair|smart|better|valid) (idea|point|suggestion|catch) (from|by) (him|her|them|[a-z]+)\b|\bwas (?!(my|our)\b)(\w+'s|his|her) (idea|suggestion)\b|\b(he|she|\w+) (had|made|raised) a (good|fair|great|valid|real) point\b/;

/** Words that show a story involved other people. */
export const OTHERS_WORDS: ReadonlySet<string> = new Set(
  `team teams teammate teammates colleague colleagues engineers engineer manager managers people
  everyone everybody nobody they them lead leads pm designer designers sre ops support qa`.split(
    /\s+/,
  ),
);

/** Phrases where the speaker claims to have done it alone. */
export const HERO_CUES: RegExp =
  /\b(by myself|on my own|single-?handedly|all alone|without any help|i did (it )?all|i had to do everything|it was all me|i carried|(the whole thing|everything|it all|all of it) myself|i (wrote|did|built|handled|owned|fixed) (all|every|everything)\b|\bi (did|handled|fixed|ran|built) (the whole thing|it all|everything) (alone|solo)\b|\b(do|drive|fix|build|own) (it|things) yourself\b|\bi (\w+ ){1,6}(it|this|that|them|everything) (alone|solo)\b|\b(it was|it's|everything was) all on me\b|\bi was the only one (who|that|doing|working|on it)\b|\b(nobody|no one|no-one) else (did|would|could|lifted|touched|helped)\b)/;

/** Crutch words: habits of speech a listener starts counting. */
export const CRUTCH_WORDS: readonly string[] = [
  'basically',
  'actually',
  'literally',
  'honestly',
  'really',
  'just',
  'like',
  'kind of',
  'sort of',
  'you know',
  'i mean',
  'obviously',
  'totally',
  'super',
  'stuff',
  'things',
  'pretty much',
  'so yeah',
  'right',
];

/** Function words: a repeated phrase made only of these is grammar, not a habit. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for from by with and or but so as is was were are be been it its this that
  these those there then than i we you he she they me us him her them my our your their his not no
  do did does had has have would could should will can up out about into over after before when
  while if because which who what how also just`.split(/\s+/),
);

/** Words that carry no topic: left out when measuring what a sentence shares with the answer. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...`um uh like yeah okay ok well really very so some any all every each more most much many lot lots
  thing things stuff got get getting go going went gone make made take took say said know knew
  think thought one two three first time times back way kind sort pretty whole basically actually
  honestly even still only other another same new old big small good bad just been being am
  let us she he whom whose where why its it's i'm that's there's didn't don't wasn't`.split(/\s+/),
]);

/** Words that carry no topic in a spoken answer, beyond the stop words: quantifiers and
 * adverbs of frequency ("both", "always", "something") and units of the calendar ("a rough few
 * months", "that day"). Left out only when measuring what a sentence shares with the story. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `both always never often sometimes something anything nothing everything someone anyone few
  several maybe probably again now later around ended off onto everyone everybody day days week weeks month months year years work`.split(
    /\s+/,
  ),
);

/** Events of the work that open with a word of life ("I ran a lunch and learn on it"). */
export const WORK_EVENTS: readonly string[] = ['lunch and learn', 'lunch-and-learn', 'coffee chat'];

/** Words that announce an aside ("funny enough", "by the way"). */
export const ASIDE_CUES: RegExp =
  /^(\W*(um|uh|so|and|also|oh)\W+)*(funny enough|funnily enough|oddly enough|weirdly enough|strangely enough|funny thing|side note|as an aside|fun fact|fun story|side story|unrelated|random(ly)?|incidentally|speaking of)\b|\bby the way\b|\bon a (personal|side|random|lighter) note\b|\b(totally|completely) unrelated\b|\bhas this thing\b|\bwhich, whatever\b|\b(off topic|i digress|a whole other (story|thing)|different story)\b/;

/** Phrases that open an aside in the middle of a run-on sentence: the aside is judged apart. */
export const ASIDE_OPENERS: readonly string[] = [
  'funny enough',
  'funny thing',
  'side note',
  'by the way',
  'fun fact',
  'as an aside',
  'incidentally',
  'funnily enough',
  'oddly enough',
  'on a personal note',
  'on a side note',
];

/** An aside announced at the start of a sentence ("Side note, ...", "Funny enough, ..."). */
export const OPENING_ASIDE: RegExp =
  /^(\W*(um|uh|so|and|also|oh)\W+)*(funny enough|funnily enough|oddly enough|weirdly enough|strangely enough|funny thing|side note|as an aside|fun fact|fun story|unrelated|incidentally|on a (personal|side|random|lighter) note)\b|\b(a whole other story|a different story|i digress)\b/;

/** The speaker's own life running beside the story: the speaker as subject with "also" or
 * "remember" ("I was also learning ...", "I also remember ...", "I remember I took up ..."), or
 * taking up a pastime or a habit ("I took up", "I got into", "I got really good at", "I started
 * biking in"), read together with PARALLEL_TIME. */
export const PARALLEL_SPEAKER: RegExp =
  /\bi(?:'d| was| had| would)? (?:also|remember)\b|\bi (?:also )?(?:took up|got into|got (?:(?:really|so|quite|pretty),? )*good at|(?:started|began) \w+ing\b(?! (?:on|at|with|through|into)\b))/;

/** The speaker's life before this work: "I used to work at a call center", "before I got into
 * engineering", "before tech I was a line cook", "in a past life", "I spent two
 * years as a barista". Told with the story's words, it is the story's background ("before software
 * I was a shift lead in a warehouse" in a warehouse story), so tangents ask it to share almost
 * nothing with the answer. */
export const PAST_LIFE: RegExp =
  /\bi used to (?:work|live|be) (?:at|in|as|a|an)\b|\bbefore i (?:got|moved|went|switched|came) into (?:engineering|tech|software|programming|coding)\b|\bbefore (?:(?:getting|moving|switching|coming) into )?(?:tech|software|engineering|programming|coding),? i\b|\b(?:in|from) (?:a|my) (?:past|previous|former|other|old) life\b|\bi (?:spent|worked) (?:\w+ ){1,2}years? as an?\b|\bi was an? (?:\w+ ){1,3}for (?:\w+ ){1,2}years\b/;

/** Openers of the speaker's life before the work or beside the story, where a run-on sentence
 * leaves the work mid-way ("... and we restarted the api before tech i was a line cook ...",
 * "... the webhooks dropped that was the winter i started biking"): the piece is judged apart. */
export const LIFE_OPENERS: readonly string[] = [
  'before tech',
  'before software',
  'before engineering',
  'before programming',
  'before coding',
  'before i got into',
  'before i moved into',
  'before i switched into',
  'before i came into',
  'in a past life',
  'in a previous life',
  'that was the winter',
  'that was the summer',
  'that was the spring',
  'that was the autumn',
  'that was the fall',
  'that was the year',
  'that was also the year',
  'that was also the winter',
  'that was also the summer',
];

/** A time that ties a sentence back to the story's own time ("around then", "that same week", "in
 * that time", "that whole summer"): with PARALLEL_SPEAKER, what else the speaker was living then. */
export const PARALLEL_TIME: RegExp =
  /\b(around then|back then|at the time|at that time|around that time|during that time|in that time|those (days|weeks|months)|(that|the same|that same|that whole) (day|week|month|year|summer|winter|spring|autumn|fall|quarter|period)|(that|it) was (also )?the (year|summer|winter|spring|autumn|fall|month) (i|my)\b)/;

/** Nouns a word of life can name a thing of the work with ("a coffee chain", "school districts",
 * "a music app") or a time of it ("festival season", "the dinner rush", "office hours"): before
 * any other noun the word of life stays life ("the coffee machine on our
 * floor", "a ping pong table"). */
export const WORK_HEADS: ReadonlySet<string> = new Set(
  `chain chains company companies business businesses brand brands shop shops store stores app apps
  platform platforms site sites service services startup startups client clients customer customers
  district districts account accounts order orders market markets industry sector vertical provider
  providers vendor vendors partner partners operator operators network networks booking bookings
  ticket tickets ticketing venue venues event events product products catalog catalogue feature
  features data feed feeds listing listings content team teams department
  season seasons rush peak peaks hour hours period window sale sales traffic`.split(/\s+/),
);

/** Prepositions that make a word of life a time ("over the weekend", "by lunch", "the rest of the
 * weekend"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(
  'by over during before after until at on in through around of every each'.split(' '),
);

/** A word before a word of life that makes the two a term of the work ("a second round trip", "the
 * third party"). */
export const WORK_COMPOUND_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['trip', new Set(['round'])],
  ['trips', new Set(['round'])],
  ['party', new Set(['third', '3rd'])],
  ['parties', new Set(['third', '3rd'])],
  // "the client's service desk", "the help desk": a desk of the work, not the speaker's own.
  ['desk', new Set(['service', 'help', 'support', 'front', 'trading'])],
]);

/** People and ventures of someone's own life, life only when a person owns them ("my partner
 * says I make lists for everything", "her best friend", "his startup on the side"): "our partner",
 * "the partner team", "a friend of the project" and "at a lending startup" are the work. */
export const OWNED_RELATIONS: ReadonlySet<string> = new Set(
  'partner friend friends spouse bestie housemate housemates flatmates roommates startup'.split(
    ' ',
  ),
);

/** Units of a frequency of life ("three days a week", "two evenings a month"): no measured result. */
export const FREQUENCY_UNITS: ReadonlySet<string> = new Set(
  'day days night nights evening evenings morning mornings weekend weekends'.split(' '),
);

/** Words of life that are often just a time of the work ("over the weekend", "by lunch"). */
export const TIME_LIFE_WORDS: ReadonlySet<string> = new Set(
  'weekend weekends lunch dinner breakfast vacation holiday holidays birthday wedding'.split(' '),
);

/** Life outside the work: a sentence about these, with no engineering in it, has left the story. */
export const OFF_TOPIC_WORDS: ReadonlySet<string> = new Set(
  `office commute commuting parking lunch dinner breakfast ramen pizza restaurant coffee wine beer
  drinks vineyard offsite kitchen desk floors weekend weekends vacation kids espresso bathroom
  bathrooms laughed climbing bouldering
  wife husband girlfriend boyfriend family dog cat birthday wedding gym football soccer basketball
  movie movies audiobooks podcast podcasts hobby hobbies apartment house weather rain
  snow train bus car drive driving music band concert party career baby water sparkling trip
  hiking sister brother mom dad parents son daughter kid school college university bootcamp karaoke
  retired retirement
  downtown hometown neighbourhood neighborhood golf bakery marathon sailboat boat sailing yacht fishing
  masters degree phd pottery tired exhausted sleeping mattress
  promoted promotion teacher nurse accountant chef linkedin resigned
  honeymoon beach camping surfing cycling yoga chess guitar piano puppy newborn toddler pregnant
  landlord roommate flatmate cousin uncle aunt grandma grandmother grandfather grandpa fiance
  fiancee anniversary sabbatical surgery netflix
  bike bicycle railway sleep slept hospital doctor dentist flu sick holiday holidays
  garden gardening cooking baking recipe bread pets
  neighbour neighbor christmas thanksgiving halloween noodle noodles sushi tacos burger curry
  climber painting knitting marathon triathlon founder founders mood
  niece nephew swim swimming flats
  mother father mum grandparents twins stepdad stepmom renovation renovating garage airport
  tennis rugby cricket baseball hockey skiing snowboarding hike hiked jogging runner
  festival theatre theater museum novel gaming playstation xbox nintendo crossword sudoku
  pasta burrito sandwich brunch barbecue bbq cake cookies donuts snacks pub cafe cafeteria
  kitten kittens horse horses betting bet injury injured covid funeral graduation heatwave
  tea bagel bagels pierogi paella shortbread thermos canteen blueberries strawberries biscuits
  croissant croissants pastries pastry muffins dumplings kebab salad soup steak fries dessert
  chocolate icecream smoothie juice lemonade whisky whiskey cocktail cocktails champagne latte
  cappuccino biryani pho doughnuts picnic groceries biking bikes skateboarding motorbike
  motorcycle kayaking rowing photography drums violin singing choir dancing lego woodworking
  sewing crochet darts bowling volleyball badminton pong spouse fiancé`.split(/\s+/),
);
