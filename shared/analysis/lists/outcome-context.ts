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
  'think thought felt feel believe believed want wanted need needed hope hoped said say expected reckon reckons'.split(
    ' ',
  ),
);

/** "more important", "less likely": a ranking or a chance, not an outcome. */
export const RANKING: ReadonlySet<string> = new Set(
  'important urgent likely expensive critical'.split(' '),
);

/** States that say only that a system is back ("it was back up", "everything was working again"). */
export const RESTORED_STATES: ReadonlySet<string> = new Set(
  'up online working running green normal healthy stable fine ok okay live correct right consistent'.split(
    ' ',
  ),
);

/** Verbs that bring a state or come back by themselves ("it came back", "we got everything back up"). */
export const RESTORE_VERBS: ReadonlySet<string> = new Set(
  'came come comes got get brought bring was were is are been'.split(' '),
);

/** Hedged degrees of a disappearance: "pretty much went away", "mostly stopped", "stopped ... as
 * much": how much is left is not said, whatever went away. */
export const VANISH_HEDGES = [
  'pretty much',
  'mostly',
  'basically',
  'almost',
  'largely',
  'more or less',
];

/** Verbs of things ending ("the pages stopped", "complaints stopped"). */
export const STOP_VERBS: ReadonlySet<string> = new Set(
  'stopped stop stops ended ceased'.split(' '),
);

/** Verbs that report a count of results ("we had fewer breakages", "people found more books"). */
export const COUNT_VERBS: ReadonlySet<string> = new Set(
  'had have has saw see sees got get gets found find were are was is'.split(' '),
);

/** Comparisons of a count with no number: "fewer failures", "less incidents", "more books". */
export const COUNT_COMPARATIVES: ReadonlySet<string> = new Set('fewer less more'.split(' '));

/** After "than", words that compare with the past or with the course not taken rather than with
 * another thing ("better than the year before", "quieter than usual", "than if we had ..."). */
export const PAST_REFERENCES: ReadonlySet<string> = new Set(
  'before usual previously earlier last ever prior normal if expected planned estimated'.split(' '),
);

/** In a "than" clause, words that name the way things were ("than what we had", "than the old
 * spreadsheets", "than where we started", "than it was"). */
export const OLD_WAY: ReadonlySet<string> = new Set(
  'old previous legacy original had used started was were been'.split(' '),
);
/** Function words a "than" clause may pass through before it names the past ("than what we had",
 * "than with the old ..."). */
export const THAN_CLAUSE: ReadonlySet<string> = new Set(
  'what with where when how we it they i you had has have was were been used using did'.split(' '),
);

/** Whole phrases of an outcome reached with no measure: people won over, a relationship mended,
 * an effect claimed ("most teams came around", "it didn't work out"). */
export const SETTLED_PHRASES = [
  'came around',
  'come around',
  'got on board',
  'were on board',
  'was on board',
  'more on board',
  'get along much better',
  'get along better',
  'got along better',
  'did not really work out',
  'did not work out',
  'never really worked out',
  'not that big a deal',
  'not a big deal',
  'nobody has mentioned it since',
  'nobody mentioned it since',
  'nobody complained',
  'no one complained',
  'nobody really noticed',
  'nobody even noticed',
  'no one really noticed',
  'did not even notice',
  'did not really notice',
];

/** Openers of a clause that sets a condition or a time: an outcome inside is not claimed ("when a
 * client came back online", "once the pods were stable"). A reason can carry an outcome ("because
 * their on-call got easier"). */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(
  'when whenever once if until unless before as'.split(' '),
);

/** Verbs of how long a step took ("it took forever"). */
export const DURATION_VERBS: ReadonlySet<string> = new Set('took take takes taking'.split(' '));

/** Relative pronouns that hang a clause on a step ("which took forever"). */
export const RELATIVES: ReadonlySet<string> = new Set('which that who'.split(' '));

/** Words of a person's consent ("fine with the plan", "okay with it"). */
export const APPROVALS: ReadonlySet<string> = new Set('fine ok okay alright'.split(' '));

/** Linking verbs that read a state ("support was calm", "people seemed relieved", "memory stayed flat"). */
export const STATE_LINKS: ReadonlySet<string> = new Set(
  'was were is are got felt feel feels seemed seems looked looks stayed remained became'.split(' '),
);

/** Words between a linking verb and the state read, besides the outcome boosters and -ly adverbs
 * ("a lot less nervous", "not that happy", "still kind of slow"). */
export const STATE_GAP: ReadonlySet<string> = new Set(
  'less more still also too even all pretty rather somewhat a bit kind sort of not'.split(' '),
);

/** Adjectives after a linking verb that state a fact, a readiness or a role, not how the result
 * went ("the fix was simple to review" aside): "it was ready", "we were able", "that was new". */
export const NOT_STATES: ReadonlySet<string> = new Set(
  `able unable sure unsure aware unaware responsible ready available unavailable possible impossible
likely unlikely new old same different due free open live done enough worth involved clear unclear
true false correct incorrect right wrong necessary own first last next only other such certain main
whole full empty real actual specific separate single public private internal external read-only
optional mandatory required late early busy alone down up
back out off in on over missing idle synchronous asynchronous manual automatic legacy critical important
urgent expensive hard easy tricky simple complex obvious interesting weird strange funny odd
fair valid legitimate justified understandable`.split(/\s+/),
);

/** Participles that tell what happened to things, not their state ("transfers were lost"). */
export const EVENT_PARTICIPLES: ReadonlySet<string> = new Set(
  'lost gone done broken shut sent made built run set split taken given'.split(' '),
);

/** After a state read, words that still close its clause ("upset about the delay", "a hit with
 * support", "calm afterwards", "quiet now"). */
export const STATE_TAIL: ReadonlySet<string> = new Set(
  'about with afterwards after now overall again too still and then though at for from since once either'.split(
    ' ',
  ),
);

/** Nouns of a party whose feelings are an outcome ("customers were upset", "sales was relieved"). */
export const PARTY_SUBJECTS: ReadonlySet<string> = new Set(
  `customers customer users user people team teams sales support business stakeholders stakeholder
clients client partner partners everyone everybody folks management leadership product ops
engineers developers devs merchants leads lead manager managers finance marketing`.split(/\s+/),
);

/** Feelings of a party, besides participles ("upset", "stoked", "nervous"): among the steps, only
 * these read as a result of the work. */
export const FEELINGS: ReadonlySet<string> = new Set(
  `happy happier unhappy glad upset stoked nervous anxious calm calmer confident comfortable
grateful thankful thrilled delighted pleased satisfied relieved frustrated angry annoyed furious
content fine ok okay alright understanding chill relaxed`.split(/\s+/),
);

/** A judged event or a judged whole after an evaluation ("a pretty smooth launch", "a quiet
 * weekend", "a big hit", "a real mess"): an outcome noun when told of the result. */
export const STATE_NOUNS: ReadonlySet<string> = new Set(
  `launch rollout release cutover migration day night week weekend quarter month transition
mess chaos disaster nightmare hit flop headache relief experience waste failure success win`.split(
    /\s+/,
  ),
);

/** Subject pronouns that open a new statement in a run-on with no stops ("... pretty smooth we
 * then ..."). */
export const RUNON_SUBJECTS: ReadonlySet<string> = new Set(
  'i we they he she it everyone everybody nobody people'.split(' '),
);

/** Time phrases that may close an outcome's clause ("way better the next time round"). */
export const TIME_TAILS = [
  'the next time round',
  'the next time around',
  'the next time',
  'the second time round',
  'the second time around',
  'the second time',
  'next time round',
  'this time round',
  'this time around',
  'this time',
  'after that',
  'since then',
  'these days',
  'straight away',
  'right away',
  'in the end',
  'by the end',
  'from then on',
  'quarter over quarter',
  'month over month',
  'week over week',
  'year over year',
];

/** Words that say only that something was adequate ("fine", "okay"): said of an option or a check
 * ("fine at our message rates", "it looked fine on staging") they judge, not claim a result. */
export const ADEQUATE: ReadonlySet<string> = new Set(
  'fine ok okay alright good acceptable'.split(' '),
);

/** Verbs of a finding or a reason before an adequacy ("showed the code was fine", "it turned out
 * X was fine", "because the hit rates looked good"). */
export const FINDING_WORDS: ReadonlySet<string> = new Set(
  'showed show shows proved found turned confirmed realized realised because since assumed'.split(
    ' ',
  ),
);

/** Words praising a colleague's quality or help ("the data team was great", "helped a lot"): credit,
 * not a result. */
export const PRAISE: ReadonlySet<string> = new Set(
  'great amazing awesome fantastic brilliant helpful supportive'.split(' '),
);

/** Heads of a group of colleagues ("the data team", "the QA folks"): praise of them is credit. */
export const COLLEAGUES: ReadonlySet<string> = new Set(
  'team teams folks guys people engineers devs developers colleagues teammates'.split(' '),
);

/** Verbs of an effect whose size may be a vague degree ("helped the on-call rotation a lot"). */
export const EFFECT_VERBS: ReadonlySet<string> = new Set(
  'helped help helps changed hurt affected impacted eased simplified'.split(' '),
);

/** Idioms that judge a result after a linking verb, like an outcome word ("the ops folks were over
 * the moon", "it was rock solid"): no measure in them. (A "game changer" is a buzzword first.) */
export const OUTCOME_IDIOMS = ['over the moon', 'on cloud nine', 'rock solid'];

/** Spoken fillers between a comma and a listed comparison ("..., basically way more predictable"). */
export const FRAGMENT_FILLERS: ReadonlySet<string> = new Set(
  'basically like just so really'.split(' '),
);

/** Degree words that lead a comparison by degree only ("way more stable than before"). */
export const DEGREE_LEADS: ReadonlySet<string> = new Set(
  'way much far lots loads heaps'.split(' '),
);

/** After "than" + a subject, verbs of what was expected ("way longer than it should have"). */
export const EXPECTING: ReadonlySet<string> = new Set(
  'should would had expected planned thought hoped needed'.split(' '),
);

/** Nobody as the subject of an outcome ("nobody noticed", "no one was using it"). */
export const NOBODY = ['nobody', 'no one', 'noone', 'no-one'];
/** Gap words inside a negated outcome ("didn't really notice", "nobody even complained"). */
export const NEGATION_GAP: ReadonlySet<string> = new Set(
  'really even ever actually just quite truly'.split(' '),
);
/** How a party takes the work, in any form: said with a negation or "nobody" it is an outcome
 * ("people didn't really use it", "nobody complained") whose size is left unsaid. */
export const REACTIONS: ReadonlySet<string> = new Set(
  `use used using notice noticed noticing complain complained complaining care cared caring mind
minded adopt adopted adopting touch touched touching open opened opening`.split(/\s+/),
);
/** What a piece of work came to, negated ("it didn't really go anywhere", "the hot shard thing
 * never became an issue", "it did not work well"). */
export const NEGATED_FATES = [
  'work',
  'worked',
  'work well',
  'worked well',
  'work out',
  'worked out',
  'go anywhere',
  'went anywhere',
  'take off',
  'took off',
  'pan out',
  'panned out',
  'become an issue',
  'became an issue',
  'become a problem',
  'became a problem',
  'become a thing',
  'became a thing',
  'catch on',
  'caught on',
  'land',
  'landed',
  'stick',
  'stuck',
];
/** Those not counted as the subject of a negated fate: the speaker's own doing is not an outcome
 * ("I never worked on it", "we didn't go anywhere"). */
export const NOT_FATE_SUBJECTS: ReadonlySet<string> = new Set(
  'i we you he she they who which that there'.split(' '),
);
/** Words that may close a negated outcome's clause besides the evaluation tails ("by summer",
 * "anymore"). */
export const NEGATED_TAIL: ReadonlySet<string> = new Set('by anymore at all'.split(' '));

/** Comparatives of a level or a count ("way lower than expected", "far fewer than before"). */
export const LEVEL_COMPARATIVES: ReadonlySet<string> = new Set(
  'lower higher fewer smaller bigger larger worse better shorter longer'.split(' '),
);

/** The speaker's checks, after which "it was fine" reads the check ("I tested it on staging and it
 * was fine"), not the result of the work. */
export const CHECK_VERBS: ReadonlySet<string> = new Set(
  'tested checked tried verified validated trialled trialed benchmarked replayed'.split(' '),
);

/** Verbs of a party taking the work up ("people used it", "most teams adopted it"). */
export const ADOPTIONS: ReadonlySet<string> = new Set(
  'use used uses adopted adopt adopts'.split(' '),
);

/** Verbs of a party's liking of the work ("people really liked using it", "Sales liked the second
 * version a lot better"): a reception, whose size is left unsaid. */
export const APPRECIATIONS: ReadonlySet<string> = new Set(
  `like likes liked love loves loved enjoy enjoys enjoyed appreciate appreciates appreciated welcome
welcomed embrace embraced rave raved`.split(/\s+/),
);
/** Phrasal verbs of a party taking the work up ("some teams really got into it", "ops took to it"). */
export const TAKE_UPS = [
  'got into',
  'get into',
  'took to',
  'take to',
  'warmed to',
  'warmed up to',
  'bought into',
  'got behind',
  'got on with',
  'jumped on',
];
/** Verbs of judging the work by use ("the sales team found it useful"). */
export const FIND_VERBS: ReadonlySet<string> = new Set('found find finds'.split(' '));
/** Between a party and its reception ("people seemed to use it", "some teams really got into it"). */
export const RECEPTION_GAP: ReadonlySet<string> = new Set(
  `really all actually genuinely quickly also just mostly definitely immediately soon seemed seem
seems to started start kind sort of pretty much`.split(/\s+/),
);
/** Heads of a group named by what it does ("the finance lot", "the ops crowd"): with a noun before
 * them they are a party. */
export const GROUP_HEADS: ReadonlySet<string> = new Set(
  'lot crowd crew bunch gang mob lads'.split(' '),
);
/** One person, whose reaction is told on the way ("he didn't love it", "my manager liked it"), not
 * the reception of the work by the people it was for. */
export const ONE_PERSON: ReadonlySet<string> = new Set(
  'he she manager lead boss director cto vp ceo architect'.split(' '),
);

/** The speaker looking at a system ("I opened the dashboards and the cluster was green"): a state
 * read after it, while steps still follow, is what was seen on the way. */
export const LOOK_VERBS: ReadonlySet<string> = new Set(
  'opened looked pulled checked watched glanced saw eyeballed'.split(' '),
);
/** Tails of a state held through the incident ("green the whole time", "fine all along"): what
 * a system showed while things broke, not a result. */
export const HELD_THROUGH = [
  'the whole time',
  'the entire time',
  'all along',
  'all the while',
  'throughout',
  'the whole way through',
];

/** Feelings that say how satisfied a person was with the work ("the director was happy"): of one
 * person only these read as a result; "my manager was really calm about it" describes them. */
export const SATISFACTIONS: ReadonlySet<string> = new Set(
  'happy happier pleased satisfied thrilled delighted glad impressed stoked chuffed'.split(' '),
);
