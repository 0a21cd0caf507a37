/** Word lists read by the engine's context checks (one home for the lexicon; see README). */

/** Neutral words that read as blame only inside a defensive sentence ("not my fault, the reviewer approved it"). */
export const DEFENSIVE_ONLY: ReadonlySet<string> = new Set(['approved it', 'let it through']);

/** Words that may sit between a party and its failure ("the ops team also just broke"). */
export const BETWEEN: ReadonlySet<string> = new Set(
  'also just then had totally really always basically honestly apparently clearly obviously again kind of completely still is are was were who'.split(
    ' ',
  ),
);

/** Words before a blame phrase that belong to its span ("it was not my fault"). */
export const SELF_LEAD: ReadonlySet<string> = new Set(
  'it was is totally honestly really that this which'.split(' '),
);

/** Openers skipped before a clause's subject ("honestly", "to be fair"). */
export const LEADS: ReadonlySet<string> = new Set(
  'honestly really also just even plus then well to be fair frankly basically actually of course obviously apparently clearly'.split(
    ' ',
  ),
);

/** Subjects that point elsewhere: the complement says who is responsible ("it was their fault"). */
export const DUMMIES: ReadonlySet<string> = new Set('it that this which'.split(' '));

/** Words compromise may tag as nouns that end a subject: "other teams need to ...". */
export const STOP_NP: ReadonlySet<string> = new Set(
  'need needs must should have has had kept keep keeps'.split(' '),
);

/** Words that may sit between a subject and what it did: "hadn't even", "just", "really". */
export const GAP: ReadonlySet<string> = new Set(
  'had has have did do does could would was were is are be been being even just really ever also actually bothered to still'.split(
    ' ',
  ),
);

/** "nobody told", "nobody cared": said of a nobody with no group named, these still complain. */
export const NOBODY_ALWAYS: ReadonlySet<string> = new Set(
  'told tell tells bothered bother bothers cared care help helped listened listens warned mentioned informed notified gave give documented tested responded replied answered explained consulted said answering responding replying helping'.split(
    ' ',
  ),
);

/** Habits told neutrally: "the mobile team kept complaining" reports, it does not judge. */
export const NEUTRAL_HABITS: ReadonlySet<string> = new Set(
  'complaining asking saying coming calling growing forwarding sending filing reporting raising escalating pinging coming seeing noticing finding getting receiving hearing using retrying polling'.split(
    ' ',
  ),
);

/** What careful work brings: "without any review", "without a heads up". */
export const CARE_NOUNS: ReadonlySet<string> = new Set(
  'review reviews tests test testing warning notice docs documentation heads approval coordination details context comments alerts monitoring logging retries retry handover notes runbook runbooks readme idempotency validation guardrails safeguards rollback backups'.split(
    ' ',
  ),
);

/** Words naming the speaker or the speaker's team in a predicate ("not on me"). */
export const SPEAKER_OBJECTS: ReadonlySet<string> = new Set('me us i we my our'.split(' '));

/** Present-tense demands that put the duty on another group ("other teams need to step up"). */
export const DEMANDS: ReadonlySet<string> = new Set('need needs must should'.split(' '));

/** Problems a dummy subject can hand to a party: "it was their outage, not ours". */
export const PROBLEM_NOUNS: ReadonlySet<string> = new Set(
  'outage bug incident issue regression failure mess problem screwup mistake fault call culprit'.split(
    ' ',
  ),
);

/** Verbs after "need to" that say what someone needs, not what they owe ("need to see it working"). */
export const NEEDS: ReadonlySet<string> = new Set(
  'see know have get understand feel hear trust'.split(' '),
);

/** Participles of harm that a "by + party" turns into blame ("burned by the vendor"). */
export const PASSIVE_HARMS: ReadonlySet<string> = new Set(
  'broken blocked delayed burned burnt held let screwed messed caused introduced derailed sabotaged abandoned neglected botched mangled gutted rushed muted overwritten wiped deprioritized deprioritised ignored overruled vetoed shelved'.split(
    ' ',
  ),
);

/** Verbs after which "that" opens a clause of its own ("the learning is that other teams ..."). */
export const THAT_VERBS: ReadonlySet<string> = new Set(
  'said says thought think realized realised found learned learnt noticed knew know meant means showed shows turned out told felt feel believe believed guess guessed admit'.split(
    ' ',
  ),
);

/** Subjects that name other people without a noun: "others just ignored it", "whoever set it up". */
export const OTHERS: ReadonlySet<string> = new Set('others whoever'.split(' '));

/** Quantifiers that take part of a group: "some of those teams", "half of them", "the rest of". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  'some half most many few none all rest several both each'.split(' '),
);

/** Words that make a group the speaker's own: "nobody in my team", "nobody on the team". */
export const OWN_GROUP: ReadonlySet<string> = new Set('my our'.split(' '));

/** Verbs of knowing: "had no idea how", "did not know what he wants". */
export const COGNITION: ReadonlySet<string> = new Set(
  'know knew known understand understood understanding idea clue'.split(' '),
);

/** Question words that open what a party did not know ("no idea how it worked"). */
export const WH_WORDS: ReadonlySet<string> = new Set('what how why where which who'.split(' '));

/** Auxiliaries of the perfect: "had never seen" tells experience, not conduct. */
export const PERFECT_AUX: ReadonlySet<string> = new Set("had has have 's 've 'd".split(' '));

/** Verbs of state, not conduct: "they never had capacity", "the vendor never supported it". */
export const STATES: ReadonlySet<string> = new Set(
  'be been was were is are had have has need needed exist existed support supported seem seemed happen happened use used'.split(
    ' ',
  ),
);

/** Words that make a failure sweeping: "didn't document anything", "nobody knew how anything worked". */
export const UNIVERSALS: ReadonlySet<string> = new Set('anything anyone anybody'.split(' '));

/** Verbs of changing a plan or a requirement. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  'change changed changes changing'.split(' '),
);

/** Words of repetition that turn a change into churn: "every sprint", "two times", "again". */
export const FREQUENCY: ReadonlySet<string> = new Set(
  'every times twice again constantly always weekly daily'.split(' '),
);

/** Verbs of noticing: "people didn't even notice" is the outcome a quiet migration hopes for. */
export const PERCEPTION: ReadonlySet<string> = new Set(
  'notice noticed realize realized realise realised feel felt see saw find found'.split(' '),
);

/** The speaker as a subject: where the speaker takes over, another party's predicate ends. */
export const SPEAKER_SUBJECTS: ReadonlySet<string> = new Set('i we'.split(' '));

/** Words that make a "nobody" clause a complaint: "nobody knew how anything worked", "nobody could
 * say what it even was", "nobody could tell us what they actually wanted". */
export const NOBODY_EMPHASIS: ReadonlySet<string> = new Set(
  'anything even actually bothered'.split(' '),
);

/** Auxiliaries of the present perfect: "nobody has complained since" is an outcome. */
export const PRESENT_PERFECT: ReadonlySet<string> = new Set("has have 's 've".split(' '));

/** What a party is said to need more of: "needs way better testing", "need a lot of pushing". */
export const LACKS: ReadonlySet<string> = new Set(
  'better more lot real proper properly push nudge kick pushing nudging babysitting chasing'.split(
    ' ',
  ),
);

/** Good traits a judgement denies: "they weren't very receptive", "not exactly helpful". */
export const TRAITS: ReadonlySet<string> = new Set(
  'receptive responsive helpful cooperative serious reliable interested reachable transparent forthcoming responsible professional supportive cooperating collaborative'.split(
    ' ',
  ),
);

/** What systems do ("they just crashed again", "it failed over twice"): a "they" that does these is
 * a machine, and its failure is not a party's conduct. */
export const SYSTEM_VERBS: ReadonlySet<string> = new Set(
  'crashed failed died hung stopped broke timed restarted crashing failing dying'.split(' '),
);

/** Agents whose clause a subject-less clause goes on about ("..., without telling anyone"). */
export const CARRIED: ReadonlySet<string> = new Set(['other', 'nobody']);

/** Duties a speaker can deny beside the fault nouns: "not really my area", "not my job". */
export const DENIED_DUTIES: ReadonlySet<string> = new Set('area job idea team'.split(' '));

/** Verbs of repair: "fix their problem", "clean up their mess". */
export const REPAIRS: ReadonlySet<string> = new Set(
  'fix fixing fixed clean cleaning cleaned debug debugging debugged sort sorting sorted redo redid redoing rewrite rewrote undo'.split(
    ' ',
  ),
);

/** How a clause that goes on about the previous clause's party starts: "..., without telling anyone". */
export const CARRY_STARTS: ReadonlySet<string> = new Set(
  'without never always constantly just not'.split(' '),
);

/** Words that make a party's action late and so a complaint: "at the last minute". */
export const LATE: ReadonlySet<string> = new Set([
  'last-minute',
  'minute',
  'day',
  'moment',
  'second',
]);

/** Verbs of pressure on the speaker: "sales forced us to ship", "the PM pressured me into it". */
export const COERCION: ReadonlySet<string> = new Set(
  'forced force pressured pressure pressuring forcing rushed rush blamed blame blaming blocked stalled stonewalled'.split(
    ' ',
  ),
);

/** Verbs of being kept informed: "we weren't consulted", "I was never looped in". */
export const INFORMED: ReadonlySet<string> = new Set(
  'told informed consulted warned notified included looped asked updated given granted shown invited'.split(
    ' ',
  ),
);

/** Duties a party is said not to have done: "didn't do their job", "never did their part". */
export const DUTIES: ReadonlySet<string> = new Set('job part homework work'.split(' '));

/** What a party's change can do that pins the failure on the party: "their deploy took down
 * checkout", "the other team's migration broke the build" (not "their tokens kept expiring"). */
export const MADE_HARMS: ReadonlySet<string> = new Set(
  'broke took brought caused corrupted wiped overwrote deleted hammered flooded clobbered trashed botched bungled fumbled mangled butchered overengineered overcomplicated'.split(
    ' ',
  ),
);

/** What a party "has to" do that asks it to change its conduct: "product has to stop promising". */
export const CONDUCT_CHANGES: ReadonlySet<string> = new Set('stop start actually learn'.split(' '));

/** Verbs of relying on someone: "you can't count on vendors to tell you anything". */
export const TRUST: ReadonlySet<string> = new Set(
  'count rely trust trusted depend relied counted'.split(' '),
);

/** How a sneer without a subject starts: "Not exactly a serious company." */
export const SNEERS: readonly string[] = ['not exactly', 'not the most'];

/** Failures said of a party as the clause's verb: "the ops guys who forgot to renew it". */
export const FAILED_VERBS: ReadonlySet<string> = new Set(
  'forgot failed neglected refused ignored overlooked botched overruled ghosted overpromised overcommitted fingered hardcoded hard-coded rushed forget'.split(
    ' ',
  ),
);

/** Harms done by a party's deliverable, after "that"/"which": "a migration that locked the table". */
export const THAT_HARMS: ReadonlySet<string> = new Set(
  'broke locked hammered wiped corrupted deleted overloaded flooded took brought knocked caused'.split(
    ' ',
  ),
);

/** Verbs of being told what to do: "just doing what my manager told me". */
export const ORDERS: ReadonlySet<string> = new Set(
  'told ordered instructed said says documented specified'.split(' '),
);

/** Negations, with the contractions a transcriber writes without an apostrophe ("didnt", "werent"),
 * which the tokenizer leaves whole. */
export const NEGATIONS_ALL: ReadonlySet<string> = new Set(
  `not never n't no didnt doesnt dont werent wasnt hadnt hasnt havent couldnt wouldnt shouldnt isnt
arent wont cant aint`.split(/\s+/),
);

/** A copula and its negation written as one word: "we werent told". */
export const FUSED_COPULA_NEG: ReadonlySet<string> = new Set('werent wasnt isnt arent'.split(' '));

/** Words that make "took ... to" a complaint: "took forever to approve", "a simple index". */
export const SLOW_WAITS: ReadonlySet<string> = new Set('forever ages simple trivial'.split(' '));

/** Idioms that judge a party's conduct when said of it: "the team before us cut corners". */
export const CONDUCT_IDIOMS: readonly string[] = [
  'cut corners',
  'went silent',
  'went dark',
  'passed the buck',
  'washed their hands',
  'moved the goalposts',
  'brushed it off',
  'brushed us off',
  'brushed me off',
  'shrugged it off',
  'waved it off',
  'dragged their feet',
  'dragging their feet',
  'pointed fingers',
  'pointing fingers',
  'make their minds up',
  'make their mind up',
  'made their minds up',
  'already made up',
  'in a vacuum',
  'straight to main',
  'a habit of',
  'different universe',
  'different planet',
  'another planet',
  'ivory tower',
  'a tendency to',
  'straight to prod',
  'straight to production',
  'straight to master',
  'better things to do',
  'get their act together',
  'came in late',
  'showed up late',
  'jumped in late',
  'threw it out',
  'threw half of it out',
  'threw out half',
  'did nothing',
  'does nothing',
  'doing nothing',
  'done nothing',
  'did absolutely nothing',
  'did zero',
  'delivered nothing',
  'contributed nothing',
  'produced nothing',
  'own little world',
  'their own world',
  'their own bubble',
  'went ahead anyway',
  'lying to us',
  'was checked out',
  'were checked out',
  'kind of checked out',
  'making it up as',
  'made it up as',
  'shot it down',
  'shot us down',
  'shot down the',
  'lying about',
  'lied to us',
  'lied about',
  'as per usual',
  'took credit',
  'took the credit',
  'takes credit',
  'takes the credit',
  'stringing us along',
  'strung us along',
  'radio silent',
  'lift a finger',
  'lifted a finger',
  'every corner',
  'care less',
  'let the certificate expire',
  'let it expire',
  'let it lapse',
  'let it rot',
  'let it slide',
];

/** Past verbs that "just" turns into brushing a problem off: "he just assumed", "others just ignored
 * it", "the rest of the team just sat on the call". "just" before other verbs means "recently" or
 * "only" ("the vendor just released a fix", "they just wanted a csv"). */
export const DISMISSALS: ReadonlySet<string> = new Set(
  'assumed ignored sat dumped threw closed rejected refused shrugged walked disappeared left blamed copied punted dropped watching spectating lurking nodded'.split(
    ' ',
  ),
);

/** What makes a habit churn: "would come back every week with a different idea". */
export const CHURN: ReadonlySet<string> = new Set(
  'different new another change changed'.split(' '),
);

/** Objects that undo a failure verb: "forgot nothing". */
export const NOTHING: ReadonlySet<string> = new Set('nothing none'.split(' '));

/** How the speaker takes a part of a failure, after "I": "should have", "had approved". */
export const OWNING: readonly string[] = [
  'should have',
  'had approved',
  'approved',
  'missed',
  'also missed',
  'could have',
  'take responsibility',
  'own that',
  'agreed to it',
  'agreed to the',
  'accepted it',
  'signed off',
];

/** Nouns that, after "my", take a fault on: "my mistake", "my bad" (not "my call", "my problem"). */
export const OWN_FAULTS: ReadonlySet<string> = new Set(
  'fault mistake bad screwup error'.split(' '),
);

/** Not knowing at all, whatever the object: "had no clue", "didn't understand the system". */
export const WHOLLY_UNAWARE: ReadonlySet<string> = new Set('clue understand understood'.split(' '));

/** What nobody took on: "no one took ownership", "nobody wanted to take responsibility". */
export const OWNERSHIP_NOUNS: ReadonlySet<string> = new Set(
  'ownership responsibility own'.split(' '),
);

/** How the speaker denies being the one: "I wasn't the one who deployed it", "how was I supposed
 * to know", "I couldn't have known". */
export const NOT_ME: readonly string[] = [
  'was not the one',
  'wasnt the one',
  'was never the one',
  'how was i supposed to know',
  'how could i have known',
  'could not have known',
  'couldnt have known',
  'no way i could have known',
  'could not do anything',
  'not like i',
  'did everything by the book',
  'did everything right',
  'was not by me',
  'wasnt by me',
  'couldnt do anything',
  'i only wrote',
  'i only built',
  // A question put back to the listener: "was I supposed to rewrite it all by myself?"
  'was i supposed to',
  'am i supposed to',
  'what was i supposed to',
];

/** Rhetorical questions that put the failure on the circumstances others made, whoever asks: "how
 * are you supposed to build anything when the target moves every two weeks?" */
export const RHETORICAL: readonly string[] = [
  'how are you supposed to',
  'how is anyone supposed to',
  'how was anyone supposed to',
  'how were we supposed to',
  'what were we supposed to',
  'were we supposed to',
];

/** Verbs of a speaker's frame before the real clause: "I guess the flag naming is on them". */
export const FRAMES: ReadonlySet<string> = new Set(
  'mean guess think feel believe suppose'.split(' '),
);

/** Verbs of a remark on what came before: "which tells you how much they care". */
export const REMARKS: ReadonlySet<string> = new Set('tells says shows told said showed'.split(' '));

/** Words of "none at all": "with zero retry logic", "left no documentation". */
export const NONE: ReadonlySet<string> = new Set('no zero'.split(' '));

/** Plans a party may drop as a decision: "the team dropped the feature after the user tests". */
export const PLANS: ReadonlySet<string> = new Set(
  'feature features project idea plan plans scope requirement requirements proposal rewrite objection objections request ask demand'.split(
    ' ',
  ),
);

/** Pronouns that start the next clause of a run-on ("... over there they never test anything"). */
export const RUN_ON_SUBJECTS: ReadonlySet<string> = new Set(
  'they he she it nobody you i we'.split(' '),
);

/** Words after which a pronoun starts no run-on clause: it is inside the predicate ("what he
 * wants", "that they were deploying"), or a clause word already cut there ("and they never"). */
export const WH_OR_THAT: ReadonlySet<string> = new Set(
  'what how why where when who whether if that which because so and but'.split(' '),
);

/** Possessives the speaker denies: "a mess that wasn't mine", "half the systems weren't even ours". */
export const MINE: ReadonlySet<string> = new Set('mine ours'.split(' '));

/** Verbs of authoring a plan the speaker denies: "I didn't set that timeline". */
export const AUTHORED: ReadonlySet<string> = new Set(
  'set make made pick picked choose chose decide decided write wrote sign signed approve approved'.split(
    ' ',
  ),
);

/** Plans whose authorship the speaker denies: "I didn't set that timeline", "didn't pick the date". */
export const PLAN_NOUNS: ReadonlySet<string> = new Set(
  'timeline timelines deadline deadlines date dates scope estimate estimates requirements priorities budget decision call'.split(
    ' ',
  ),
);

/** The speaker as executor of someone else's plan: "I was just following the runbook", "just going
 * off the tickets product gave me". */
export const EXECUTES: ReadonlySet<string> = new Set(
  'following executing implementing going doing using'.split(' '),
);

/** Adverbs that apportion a failure to a party: "that was mostly the mobile side". */
export const APPORTION: ReadonlySet<string> = new Set(
  'mostly all entirely totally squarely purely largely wholly'.split(' '),
);

/** Verbs that direct another party's conduct in a lesson: "make sure they communicate", "get platform
 * to actually announce their changes". */
export const DIRECTS: ReadonlySet<string> = new Set('sure ensure get getting'.split(' '));

/** One-word sneers that stand as a clause: "Typical agency.", "which, you know, classic." */
export const SNEER_WORDS: ReadonlySet<string> = new Set('typical classic politics'.split(' '));

/** Sarcasm about what a party found hard: "because apparently that's hard". */
export const SARCASM_MARKS: ReadonlySet<string> = new Set(
  'apparently evidently supposedly'.split(' '),
);
export const SARCASM_EASY: ReadonlySet<string> = new Set(
  'hard difficult complicated much science ask'.split(' '),
);

/** Motives imputed to a party: "just wanted a project for his promo packet". */
export const MOTIVES: ReadonlySet<string> = new Set(
  'promo promotion resume cv ego bonus visibility'.split(' '),
);

/** What a rhetorical "who" question does not judge: "who knows", "who cares". */
export const WHO_IDIOMS: ReadonlySet<string> = new Set('knows cares'.split(' '));

/** Verbs of wanting that churn turns into a complaint: "every meeting they wanted something different". */
export const WANTS: ReadonlySet<string> = new Set('wanted want wants asked requested'.split(' '));

/** Objects that make a party's present habit sweeping: "they treat everything as urgent". */
export const SWEEPING: ReadonlySet<string> = new Set('everything everyone everybody'.split(' '));

/** A euphemism announced before a judgement: "was, let's say, glacial", "I'll be polite". */
export const EUPHEMISMS: readonly string[] = [
  'let us say',
  'let us just say',
  'be polite',
  'be nice',
  'be kind',
  'be generous',
  'put it mildly',
  'put it kindly',
  'put it gently',
  'put it politely',
  'be diplomatic',
  'put it nicely',
  'put it politely',
  'shall we say',
];

/** Manners that judge how a party did something: "was hitting our api all wrong". */
export const MANNER_FAULTS: ReadonlySet<string> = new Set(
  'wrong wrongly incorrectly carelessly blindly lazily sloppily recklessly badly poorly silently unilaterally'.split(
    ' ',
  ),
);

/** States a party left work in, after "in a": "had left it in a bit of a state". */
export const LEFT_STATES: ReadonlySet<string> = new Set('state limbo shambles muddle'.split(' '));

/** Verbs of diligence that "only" does not halve: "my lead only asked for status on Fridays". */
export const ONLY_NEUTRAL: ReadonlySet<string> = new Set(
  'ask asked asking say said give gave send sent include included help helped think thought'.split(
    ' ',
  ),
);

/** Arrivals that "only" makes late: "support only showed up on Monday". */
export const ARRIVALS: ReadonlySet<string> = new Set(
  'showed turned came got joined responded replied answered appeared looked'.split(' '),
);

/** When a late arrival came: "only showed up on Monday", "only got back after the weekend". */
export const LATE_WHEN: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night tomorrow
next following after later weekend week days hours`.split(/\s+/),
);

/** Participles of a decision passed down: "the decision was made without even asking us". */
export const DECIDED: ReadonlySet<string> = new Set(
  'made taken decided announced handed pushed signed agreed finalised finalized set chosen picked locked approved committed scheduled promised'.split(
    ' ',
  ),
);

/** Verbs of asking the people a decision binds: "without asking us", "without checking with anyone". */
export const ASKING: ReadonlySet<string> = new Set(
  'asking consulting checking talking involving telling looping'.split(' '),
);

/** Verbs of saying what is wanted that a party could not do: "the business side couldn't describe
 * it", "product couldn't articulate what done meant". */
export const ARTICULATE: ReadonlySet<string> = new Set(
  'describe explain articulate define specify spell'.split(' '),
);

/** Verbs of granting the speaker time or people: "management gave us six weeks for ...". */
export const GRANTS: ReadonlySet<string> = new Set(
  'gave give gives allowed allotted budgeted granted'.split(' '),
);

/** What the work needed, after "something that": "six weeks for something that needed six months". */
export const NEEDED: ReadonlySet<string> = new Set(
  'needed needs required requires takes took deserved'.split(' '),
);

/** Adverbs the speaker uses to say a party plainly failed: "because they obviously didn't". */
export const OBVIOUSLY: ReadonlySet<string> = new Set(
  'obviously clearly evidently apparently sure certainly definitely'.split(' '),
);

/** Nouns of fault a subject can be: "the blame's really with the vendor". */
export const FAULT_SUBJECTS: ReadonlySet<string> = new Set('blame fault responsibility'.split(' '));

/** Duties a party had never done, whose perfect is not experience: "had never set up a failover",
 * "has never documented the API" (unlike "had never seen" or "had never used"). */
export const SET_UP: ReadonlySet<string> = new Set(
  `set configured documented tested monitored reviewed patched updated upgraded rotated renewed
backed alerted wired enabled`.split(/\s+/),
);

/** The people a service is for, who may miss what it failed to send them: "merchants found out
 * they had missed settlements" tells their loss, not their failure. */
export const SERVED: ReadonlySet<string> = new Set(
  'customers users merchants shoppers subscribers riders patients members buyers sellers tenants students players viewers listeners readers guests passengers'.split(
    ' ',
  ),
);

/** Verbs only people do, which keep a "they" on people even after things were the subject: "the
 * tickets piled up and they ignored them". */
export const PEOPLE_ACTS: ReadonlySet<string> = new Set(
  'ignored ignore refused refuse decided decide forgot forget promised promise blamed blame insisted insist wanted want said say told tell agreed agree argued refused declined'.split(
    ' ',
  ),
);

/** Acts of help, which "always" makes praise: "she was always helping the juniors". */
export const KIND_ACTS: ReadonlySet<string> = new Set(
  'helping answering supporting mentoring teaching sharing covering offering volunteering stepping pitching explaining encouraging checking'.split(
    ' ',
  ),
);
