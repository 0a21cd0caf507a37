/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Words that make a clause background or explanation ("because we deployed"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'that which because since if when whether where why how until while cause unless whenever once before after as what whatever whichever wherever'.split(
    ' ',
  ),
);

/** "I found we topped out at ...": after a verb of finding out, "we" starts a reported fact; after
 * one of deciding or saying ("the architect decided we split everything"), what was decided. */
export const REPORTING: ReadonlySet<string> = new Set(
  'found find realized realised noticed saw learned discovered knew figured showed meant argued proposed suggested said recommended insisted decided demanded announced declared ruled'.split(
    ' ',
  ),
);

/** Verb + particle runs that tell a discussion, not a step: "we went back and forth", "we walked
 * through it with our director". */
export const DISCUSSIONS: readonly string[] = [
  'went back and forth',
  'walked through',
  'talked through',
  'landed on',
];

/** What a team receives rather than does: "we got the sign-off", "we got budget for it". */
export const APPROVALS: readonly string[] = [
  'sign off',
  'signoff',
  'approval',
  'go ahead',
  'buy in',
  'green light',
  'budget',
  'blessing',
  'permission',
];

/** Milestones: "we launched on the 29th", "we switched over on March 24", "we made the date" are
 * the result's dates, not steps. */
export const MILESTONES: ReadonlySet<string> = new Set(
  'launched switched went made hit shipped released passed delivered finished completed'.split(' '),
);

/** Where people gather: "I got everyone on a call", "I opened the incident channel", "I set up a lot
 * of meetings" convene the team; they do not say what the speaker did in it. */
export const MEETING_NOUNS: ReadonlySet<string> = new Set(
  'call calls meeting meetings channel bridge room huddle zoom standup war'.split(' '),
);

/** Verbs that convene a meeting or a channel without a preposition ("I opened the incident channel"). */
export const CONVENE_VERBS: ReadonlySet<string> = new Set(
  'opened set started scheduled organized organised booked called spun'.split(' '),
);

/** What a speaker writes to persuade or to plan: "I wrote a one page proposal" is talk on paper. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'proposal proposals doc docs document memo email emails message pitch rfc summary writeup'.split(
    ' ',
  ),
);

/** Verbs that write or hand over a document ("wrote / drafted / sent a proposal"). */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(
  'wrote drafted sent shared circulated put'.split(' '),
);

/** "I did a good job", "I did what I was told", "I did my best": a generic "do" with no step in it. */
export const GENERIC_DO_OBJECTS: readonly string[] = [
  'a good job',
  'a great job',
  'a decent job',
  'what',
  'my best',
  'my part',
  'my job',
  'everything',
  'all',
];

/** Words before an "I" statement that make it background, not the speaker's step: "when I finally
 * logged off", "after I showed him", "caught that I'd broken it". */
export const BACKGROUND_BEFORE: ReadonlySet<string> = new Set(
  'that which who because since if when whether while until unless whenever after before once though although'.split(
    ' ',
  ),
);

/** Team verbs that are not engineering steps: showing and talking ("we showed it around", "we
 * notified both customers", "we reached out to the vendor", "we escalated it", "we looped in
 * security"), hearing back and receiving ("we received a patch"), celebrating, taking a cost ("we
 * accepted that"), seeing ("we'd seen"), agreeing ("we settled on a compromise"), a cost avoided
 * ("we avoided a second cluster", "we saved a lot of money"), living with it ("we lived with the
 * latency") and time passed with no work ("we just stared at the logs", "we waited a day", "we
 * panicked"). */
export const WE_NOT_STEPS: ReadonlySet<string> = new Set(
  `showed presented demoed pitched explained accepted seen saw paid sold sustained served lost notified
informed emailed told asked warned contacted reached pinged messaged slacked escalated looped heard received
celebrated named signed honored honoured bought booked settled compromised
compromising avoided prevented averted saved stared waited panicked lived`.split(/\s+/),
);

/** "went" is a step when it chooses ("we went with Kafka", "we went ahead with the split"); otherwise
 * it is movement ("we went back to the old search"). */
export const WENT_CHOOSES: ReadonlySet<string> = new Set('with ahead for through'.split(' '));

/** "spent" is a step only with the work it spent the time on: "we spent a week rewriting it", not
 * "we spent four months on it". */
export const SPENT = 'spent';

/** "we got way fewer pages", "we got more signups": a comparison after "got" is what came back. */
export const GOT_AMOUNTS: ReadonlySet<string> = new Set(
  'fewer more less way far much lots'.split(' '),
);

/** Words that open a clause which explains or reports rather than acts: "because the jobs raced",
 * "so a replay is harmless", "what a drop even meant", "whose version changed". */
export const EXPLAINING: ReadonlySet<string> = new Set([
  ...BACKGROUND_BEFORE,
  ...'so what how why where whose'.split(' '),
]);

/** What another party does to the speaker's own work keeps it the speaker's step: "Dimitri reviewed
 * it and we rolled forward", "she agreed", "Anja helped me build the query". */
export const ON_SPEAKERS_WORK: ReadonlySet<string> = new Set(
  'reviewed approved agreed signed confirmed helped okayed paired liked'.split(' '),
);

/** Linking and state verbs: "errors were back to normal", "it got faster", "most of the time went into
 * a geo filter" tell a state or a measure, not another party acting. */
export const LINKING: ReadonlySet<string> = new Set(
  'was were got became stayed seemed looked felt went came had'.split(' '),
);

/** Where a system runs: "we ran the bidder on about 200 nodes" says where it is hosted, not a step. */
export const HOSTS: ReadonlySet<string> = new Set(
  'nodes node machines machine servers server instances instance hosts boxes vms pods cores'.split(
    ' ',
  ),
);

/** Places a team moves into: "we moved offices", "we moved into the new office" is no step of the work. */
export const PLACES: ReadonlySet<string> = new Set(
  'office offices house apartment apartments building floor floors desks city'.split(' '),
);

/** "I" steps that do not say what the speaker did: "I sorted it out", "I handled the API side", "I
 * tried to follow best practices", "I gave up asking", "I said so in a meeting", "I came into a mess",
 * "I jumped on it", "I'd been there a year". */
export const UNCLEAR_STEPS: ReadonlySet<string> = new Set(
  'sorted handled dealt tried gave said came went helped jumped hopped been'.split(' '),
);

/** Proposing is talk, not doing: "I recommended the rules engine and we built it in Go", "I presented
 * it at the architecture forum. We set up the registry" leave the speaker's part in the building open. */
export const PROPOSING: ReadonlySet<string> = new Set(
  'recommended proposed suggested pitched presented escalated'.split(' '),
);

/** Verbs that state a role over the work, not a step in it: "I led the effort", "I drove the project",
 * "I oversaw the migration", "I kicked off the project" ("I coordinated with the DBA" is talk with a
 * partner, and covers). */
export const ROLE_VERBS: ReadonlySet<string> = new Set(
  'led managed oversaw supervised drove coordinated kicked stepped spearheaded headed championed orchestrated steered'.split(
    ' ',
  ),
);

/** Verbs that pass the matter to someone else when their object is a pronoun and "to"/"with" follows:
 * "I flagged it to my lead", "I raised this with the DBA" ("I raised the limit to 500" is a step). */
export const HANDED_ON: ReadonlySet<string> = new Set(
  'flagged raised reported forwarded passed'.split(' '),
);

/** Verbs of thinking: "I figured we could invoice them by hand", "I assumed the cache was warm" tell a
 * thought, not a step ("I figured out the leak" is one). */
export const THINKING: ReadonlySet<string> = new Set(
  'figured reckoned assumed supposed'.split(' '),
);

/** What the speaker failed to do is not a step of theirs: "what I missed was ...", "I forgot the
 * staging config". */
export const NOT_DONE: ReadonlySet<string> = new Set('missed forgot overlooked ignored'.split(' '));

/** A causative "made it" / "got it" whose outcome has no how is a blurred step: "I made it scale
 * better", "made the whole thing faster", "got things working". Words of an object that names no part
 * of the system: */
export const BLURRED_OBJECTS: ReadonlySet<string> = new Set(
  'it things everything them stuff that this the whole thing all'.split(' '),
);

/** Others' input: "the team had a few ideas for the rest", "there was a long discussion in the team":
 * what the team did next came from them, not from the speaker's step before. */
export const INPUT_NOUNS: ReadonlySet<string> = new Set(
  'idea ideas discussion discussions debate suggestion suggestions'.split(' '),
);

/** Persisting names no step: "I just kept pushing", "I kept at it", "I kept going". */
export const PERSISTING: ReadonlySet<string> = new Set('kept'.split(' '));

/** Hedges between "I" and the verb that blur the speaker's part: "I kind of handled", "I sort of
 * escalated it". */
export const BLURRING: readonly string[] = [
  'kind of',
  'sort of',
  'kinda',
  'sorta',
  'probably',
  'maybe',
];

/** Verbs of belief that hedge the speaker's own step said right after them: "I think I added
 * indexes", "I guess I went with the audit first" leave what the speaker did in doubt. */
export const HEDGING_BELIEF: ReadonlySet<string> = new Set(
  'think guess believe suppose reckon'.split(' '),
);

/** Heads of a free relative: "more than anything I shipped", "everything we built" tell no step. */
export const INDEFINITE_HEADS: ReadonlySet<string> = new Set(
  'anything everything something nothing whatever whichever'.split(' '),
);

/** Verbs that name no work of their own: what they do is in their object ("we did the migration"). */
export const GENERIC_TEAM_VERBS: ReadonlySet<string> = new Set(['did']);

/** Objects that name no work: after a generic verb ("we did a lot of work on it", "we did a bunch
 * of stuff") nothing is told, so there is no step whose owner is unclear (it is vague). */
export const NO_WORK_OBJECTS: readonly string[] = [
  'a lot of work',
  'a lot of stuff',
  'a lot of things',
  'a bunch of work',
  'a bunch of stuff',
  'a bunch of things',
  'lots of work',
  'lots of stuff',
  'lots of things',
  'some stuff',
  'some things',
  'some work',
  'all kinds of stuff',
  'all kinds of things',
  'stuff',
  'things',
  'everything',
  'a few things',
  'all sorts of things',
  // "we did them with bagels", "we did most of this in the one meeting room": the work was named
  // (and judged) where it was told; "did" + a pronoun tells where or with what, not a step.
  'it',
  'them',
  'this',
  'that',
  'most of this',
  'most of it',
  'most of that',
  'all of this',
  'all of it',
  'all of that',
];

/** How the team did, said after a verb and its pronoun object: "we handled it pretty well", "we
 * handled it as well as anyone could have", "we got through it fine" judge the team's performance
 * (an outcome), they tell no step. */
export const MANNER_VERDICTS: ReadonlySet<string> = new Set(
  'well fine okay ok smoothly badly poorly great brilliantly nicely'.split(' '),
);

/** Degree words before a manner verdict: "pretty well", "really badly". */
export const VERDICT_DEGREE: ReadonlySet<string> = new Set(
  'pretty really very quite so fairly reasonably super extremely'.split(' '),
);

/** Time taken with no work named: "we took a while to find it", "it took us ages". */
export const TIME_TAKEN: readonly string[] = [
  'a while',
  'a long time',
  'long',
  'forever',
  'ages',
  'some time',
  'a bit',
];

/** Words that put a milestone against the schedule: "we shipped it a week early", "two days ahead
 * of the deadline", "a sprint late". */
export const SCHEDULE_WORDS: ReadonlySet<string> = new Set('early late ahead'.split(' '));

/** Units of a plan counted by number: "on day forty", "in week six", "by sprint three". */
export const PLAN_UNITS: ReadonlySet<string> = new Set('day week sprint month quarter'.split(' '));

/** Auxiliaries that put "I" in a question ("how was I supposed to know"), not a statement. */
export const INVERTED: ReadonlySet<string> = new Set(
  'was were did do does am could would should'.split(' '),
);

/** "we started seeing deadlocks", "we began getting timeouts", "we kept breaking their pipelines":
 * what started or kept happening to the team, not a step it took. */
export const HAPPENING: ReadonlySet<string> = new Set(
  'seeing getting having noticing hitting losing receiving failing running breaking'.split(' '),
);

/** Words that put a present-tense step in a sequence: "First we make a load test". */
export const SEQUENCE: ReadonlySet<string> = new Set('first then next afterwards'.split(' '));

/** Heads of a relative clause whose verb keeps its own object: "the reason we built it", "the way we
 * ran it", "the team we handed it to", "the place we stored them". */
export const ADVERBIAL_HEADS: ReadonlySet<string> = new Set(
  'reason reasons way ways place places team teams people person customer customers one time times day week month'.split(
    ' ',
  ),
);

/** Words before an amount that make it the antecedent of a relative clause after it: "the 3x we'd
 * seen", "down from the two seconds we started with", "up from 2,500 a second we started at". */
export const ANTECEDENT_BEFORE: ReadonlySet<string> = new Set('the from than of'.split(' '));

/** Prepositions that set a topic before a clause: "For the coupon stacking, we reused ...", "As for
 * the exports, we ...". */
export const TOPIC_OPENERS: ReadonlySet<string> = new Set('for on'.split(' '));

/** Who "we" can stand for. A crowd after a verb of talking ("I talked to a bunch of people", "I
 * checked with everyone") or joined to the speaker ("the team and I") leaves "we" the whole group;
 * one partner ("I sat down with my lead", "Pavel and I") makes it the speaker and that partner. */
export const CROWD_WORDS: ReadonlySet<string> = new Set(
  'everyone everybody people folks stakeholders others team teams group groups squad crew department org'.split(
    ' ',
  ),
);

/** Words that open a phrase counting several people: "some engineers", "a few teams", "a lot of". */
export const CROWD_QUANTIFIERS: ReadonlySet<string> = new Set(
  'some few several many bunch lot lots all various different multiple handful couple'.split(' '),
);

/** Words that count two named people, not a crowd: "both leads", "the two of them". */
export const PAIR_WORDS: ReadonlySet<string> = new Set('both two'.split(' '));

/** Looking, not doing: "I looked at the dashboards", "I checked the logs", "I watched the graphs". An
 * "I" step made only of these found nothing the team then acted on; the fix or the choice that
 * follows as "we" is still the team's. */
export const OBSERVING: ReadonlySet<string> = new Set(
  'looked checked watched monitored glanced scanned skimmed eyeballed browsed dug investigated researched explored evaluated'.split(
    ' ',
  ),
);

/** Team verbs that go on looking with the speaker ("we looked at the logs", "we dug in", "we went
 * through the traces": "went" + one of LOOK_PARTICLES): after the speaker's own look they are still
 * that look, not a key action. */
export const INVESTIGATING: ReadonlySet<string> = new Set([
  ...OBSERVING,
  ...'dug investigated tried searched combed traced debugged poked'.split(' '),
]);

/** "we went through the logs", "we went over the traces": "went" that goes on looking. */
export const LOOK_PARTICLES: ReadonlySet<string> = new Set('through over'.split(' '));

/** An attempt is no step told: "I tried to add a health check", "I attempted a failover". */
export const ATTEMPTS: ReadonlySet<string> = new Set('tried attempted'.split(' '));

/** Words that frame a clause as how the story came out: "In the end we got it all done", "finally we
 * delivered everything". */
export const OUTCOME_FRAMES: readonly string[] = [
  'in the end',
  'at the end',
  'finally',
  'eventually',
];

/** Verbs that only say the work got done, whatever it was: "got it done", "handled it", "delivered
 * everything". With an object that names no work and an outcome frame, the clause is the shared
 * result, not a step ("in the end we switched to Kafka" names one). */
export const COMPLETION_VERBS: ReadonlySet<string> = new Set(
  'got handled delivered managed dealt sorted'.split(' '),
);

/** Verbs that leave a thing as it was when their object names no work: "we left that", "we left it
 * alone" are no step ("we left the old API running" names one). */
export const LEFT_AS_IS: ReadonlySet<string> = new Set('left'.split(' '));

/** Verbs of working beside people, read for who the partner is: "I paired with Lin" (one partner),
 * "I paired with two of the payments engineers" (a crowd). */
export const PAIRING: ReadonlySet<string> = new Set('paired teamed'.split(' '));
