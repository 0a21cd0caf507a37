/** Word lists for blame told through tone rather than a failure verb (rules/blame-tone.ts):
 * criticism softened by praise first, sarcasm, rhetorical questions about another party. */

/** Softeners a speaker only puts before a criticism of someone: "my manager, bless him, ...",
 * "our PM, and I say this with love, ...", "no offence to them, but ...". */
export const SOFTENERS: readonly string[] = [
  'bless him',
  'bless her',
  'bless them',
  'bless their hearts',
  'bless his heart',
  'bless her heart',
  'bless their souls',
  'god love him',
  'god love her',
  'god love them',
  'say this with love',
  'say that with love',
  'say this with affection',
  'say this lovingly',
  'say this kindly',
  'say this nicely',
  'no offence',
  'no offense',
  'with all due respect',
  'with the greatest respect',
  'love him to bits',
  'love her to bits',
  'love them to bits',
  'love him dearly',
  'love her dearly',
  'love them dearly',
];

/** Praise of people that, followed by "but", concedes before a criticism: "great people, but",
 * "lovely person, but", "super talented, but". */
export const PRAISE_WORDS: ReadonlySet<string> = new Set(
  `great lovely nice talented brilliant smart kind sweet wonderful good amazing friendly decent
well-meaning capable fantastic awesome gifted clever sharp bright likeable likable delightful
genuine hardworking hard-working passionate fun`.split(/\s+/),
);

/** Nouns for people that praise is said of: "great people", "a lovely person", "nice guys". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  `person people guy guys team teams folks folk bunch crew engineer engineers human humans lead
manager managers group individual individuals bloke blokes lady man woman colleague colleagues
devs developers`.split(/\s+/),
);

/** Good intentions conceded before a criticism: "they did their best with what they had, but". */
export const GOOD_INTENTIONS: readonly string[] = [
  'did their best',
  'did his best',
  'did her best',
  'tried their best',
  'tried his best',
  'tried her best',
  'meant well',
  'mean well',
  'means well',
  'had good intentions',
  'heart was in the right place',
  'hearts were in the right place',
];

/** Words of concession that turn praise into the lead-in of a criticism. */
export const CONCESSIONS: ReadonlySet<string> = new Set('but though however'.split(' '));

/** Marks of a criticism in a clause whose subject is a thing: "the mocks showed up three weeks
 * late", "zero discipline", "changed the data model twice". */
export const CRITICISM_MARKS: ReadonlySet<string> = new Set(
  `late never zero nothing twice again badly poorly wrong mess chaos every always constantly
nowhere none sloppy careless missing lacking`.split(/\s+/),
);

/** Sarcastic remarks that turn the clause before them into blame: "..., love that for us",
 * "great, another reorg", "what could possibly go wrong". */
export const SARCASM_IDIOMS: readonly string[] = [
  'love that for us',
  'love that for me',
  'loved that for us',
  'love that for them',
  'love to see it',
  'good times',
  'fun times',
  'great times',
  'what could possibly go wrong',
  'what could go wrong',
  'how convenient',
  'big surprise',
  'shocking i know',
  'colour me surprised',
  'color me surprised',
  'who could have guessed',
  'who would have guessed',
  'who would have thought',
  'who could have known',
  'nice one',
  'great job guys',
  'great job everyone',
  'well done them',
  'well done everyone',
];

/** Thanks said as a sneer: "thanks leadership", "thank you management". */
export const THANKS: ReadonlySet<string> = new Set('thanks thank cheers'.split(' '));

/** Stress on a thanks that is said as a sneer: "thanks a lot", "thank you so much". */
export const THANKS_STRESS: readonly string[] = [
  'a lot',
  'a bunch',
  'a million',
  'so much',
  'very much',
  'again',
  'loads',
  'heaps',
];

/** What a sneering thanks is for: "thanks for that", "appreciate it". */
export const THANKED: ReadonlySet<string> = new Set('that this it nothing'.split(' '));

/** Verbs of thanks that take what is thanked for: "really appreciate that, legal". */
export const APPRECIATES: ReadonlySet<string> = new Set('appreciate appreciated love'.split(' '));

/** Praise of help said as a remark of its own after a pause: "..., which, thanks, very helpful". */
export const PRAISE_REMARKS: readonly string[] = [
  'very helpful',
  'super helpful',
  'really helpful',
  'so helpful',
  'real helpful',
  'very useful',
  'super useful',
  'really useful',
  'so useful',
  'thanks for nothing',
  'big help',
  'huge help',
  'great help',
];

/** Question words that open a rhetorical question. */
export const RHETORICAL_OPENERS: ReadonlySet<string> = new Set(
  'what whose who why how where'.split(' '),
);

/** What a rhetorical question asks of a party's reasoning or duty: "what did they think was going
 * to happen?", "whose job is that if not theirs?", "why would they expect anything else?" */
export const RHETORICAL_MARKS: ReadonlySet<string> = new Set(
  `think thought expect expected imagine imagined assume assumed figure figured job
responsibility duty`.split(/\s+/),
);

/** Third parties in a rhetorical question (pronouns; named parties come from the party lists). */
export const THIRD_PARTY_PRONOUNS: ReadonlySet<string> = new Set(
  'they them their theirs he him his she her'.split(' '),
);

/** People whose needs a question may honestly ask about: "what did customers actually need?" */
export const ASKED_ABOUT: ReadonlySet<string> = new Set(
  'customer customers user users client clients'.split(' '),
);

/** Assent said as a remark of its own about another party's idea, in irony: "which, sure", "he
 * said the big companies do it, sure, great reasoning". */
export const IRONIC_ASSENTS: ReadonlySet<string> = new Set(['sure']);

/** Words besides praise that may close an ironic assent: "sure, great, why not". */
export const ASSENT_TAILS: readonly string[] = ['why not'];

/** A good outcome, which an ironic "naturally" after it does not turn into a jab. */
export const GOOD_OUTCOMES: ReadonlySet<string> = new Set(
  'fine well worked smoothly smooth great good perfectly nicely passed held'.split(' '),
);
