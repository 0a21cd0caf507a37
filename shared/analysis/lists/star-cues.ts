/** Cue phrases for the STAR-L parts, written expanded and lower case ("i would" matches "i'd").
 * They are evidence, not verdicts: star-l.ts weighs them with position and the action statements. */

/** Setting the scene: where, when, what the system was. */
export const SITUATION_CUES = [
  'at my last job',
  'at a previous',
  'at my previous',
  'at my last',
  'at my current',
  'in my previous',
  'in my last',
  'in my current',
  'at a company',
  'at my last company',
  'at my last role',
  'in my last role',
  'at my previous job',
  'at my previous company',
  'at my current job',
  'at my current company',
  'at my old job',
  'at my first job',
  'at a startup',
  'at a fintech',
  'last year',
  'last spring',
  'last summer',
  'last quarter',
  'a few years ago',
  'a couple of years ago',
  'a couple years ago',
  'back in',
  'at the time',
  'this was',
  'there was',
  'there were',
  'we had a',
  'we had an',
  'we had this',
  'our team',
  'our system',
  'our service',
  'the context',
  'for context',
  'background',
  'i was working on',
  'i was working at',
  'i worked on',
  'i worked at',
  'i was on the',
  'i was one of',
  'we were building',
  'we were running',
  'we were using',
  'one morning',
  'one night',
  'one evening',
  'one day',
  'one friday',
  'the problem was',
  'the issue was',
  'used to',
  'the old one',
  'a good example',
  'one time',
  'at one point',
  'the project i',
  'one mistake',
  'the biggest mistake',
  'a mistake',
  'so this was',
  'i was a',
  'i was an',
  'i was working',
  'i had a disagreement',
  'i disagreed',
  'the requirements were',
];

/** The speaker's responsibility or goal. */
export const TASK_CUES = [
  'i got asked to',
  'got asked to',
  'i must',
  'the target was',
  'target was',
  'the ticket was',
  'the plan was',
  'i needed them to',
  'i was one of',
  'i was going to be',
  'wanted me to',
  'my manager wanted',
  'had to pick',
  'had to fix',
  'had to find',
  'weeks to make',
  'weeks to get',
  'days to get',
  'my job was',
  'my task was',
  'my role was',
  'my goal was',
  'the goal was',
  'my responsibility',
  'i was responsible',
  'i was asked to',
  'asked me to',
  'i was tasked',
  'tasked with',
  'i needed to',
  'i had to',
  'we needed to',
  'i was on call',
  'i was the on call',
  'on call engineer',
  'it was on me',
  'it was my job',
  'it was my call',
  'my call to',
  'i owned',
  'i own',
  'i was leading',
  'i was in charge',
  'i took it on',
  'i took the lead',
  'i took ownership',
  'i wanted to fix',
  'i wanted to get',
  'i wanted to make',
  'i wanted to',
  'i wanted',
  'i wanted our',
  'i wanted the team',
  'i wanted everyone',
  'i wanted us',
  'i was the only',
  'i was the engineer',
  'i was the tech lead',
  'the challenge was',
  'i had about',
  'i proposed and led',
  'i was assigned',
  'my manager asked',
  'my director asked',
  'needed us to',
  'i volunteered',
  'volunteered to',
  'i offered to',
  'i stepped up',
  'i signed up',
  'i was the incident commander',
  'i had to decide',
  'had to decide',
  'and led it',
  'i led the',
  'led the project',
  'led the effort',
  'led the work',
  'i drove the',
  'i had to convince',
  'i was the lead',
  'i was the',
  'took that on',
  'took it on',
  'took this on',
  'took on the',
  'i was the one who',
  'landed on me',
  'fell on me',
  'fell to me',
  'i was the owner',
  'i got assigned',
  'assigned to me',
  'my part was',
  'i was supposed to',
  'the ask was',
  'i was brought in',
  'i picked it up',
  'i picked this up',
  'i picked up the',
  'i got a ticket',
  'i got the ticket',
  'i led it',
  'i was pulled in',
  'i got pulled in',
  'got pulled into',
  'i was told to',
  'take it on',
  'take this on',
  'give it to me',
  'and owned it',
  'then owned',
  'and then owned',
  'owned it end to end',
  'i needed that',
  'i needed it',
  'it had to go out',
  'it had to ship',
  'it had to be done',
  'it had to be live',
  'it had to be out',
  'told me to',
  'gave me the task',
  'i would take it',
  'i will take it',
  'i was going to build',
  'i was going to own',
  'i was going to lead',
  'i was going to write',
  'i would be on call',
  'i was meant to',
  'we were meant to',
  'it was meant to',
  'i was expected to',
  'we were expected to',
  'the idea was to',
  'my bit was',
  'my piece was',
];

/** An assignment handed to the speaker, however late it is said: in a two-story answer it opens the
 * second story's task ("then my manager asked me to ..."). "I had to" or "I wanted to" are not:
 * after the first step they are a step's motive. */
export const ASSIGNMENT_CUES = [
  'i was asked to',
  'i was tasked',
  'i was assigned',
  'i got assigned',
  'i was told to',
  'i was responsible for',
  'i got asked to',
  'i was put in charge',
];

/** An assignment with the asker as subject ("my manager asked me to"): late in a story it is
 * often a follow-on request ("he also asked me to write it up"), so it opens a new story only
 * where a new scene is set. */
export const PARTY_ASSIGNMENT_CUES = [
  'asked me to',
  'tasked me with',
  'wanted me to',
  'assigned me',
];

/** Limits on the speaker's power that frame the task of an influence story ("I had no say over
 * their roadmap"): weaker than an assignment, they do not outweigh the opening scene. */
export const CONSTRAINT_CUES = ['no say over', 'no say in', 'authority over', 'no authority'];

/** "my code end to end", "mine start to finish": with "my" or "mine" before them, the speaker
 * owned the whole of it. */
export const WHOLE_SPANS = [
  'end to end',
  'start to finish',
  'from start to finish',
  'top to bottom',
];

/** Softeners that may sit inside a task cue ("I was basically supposed to", "it kind of landed on
 * me"); "kind of" and "sort of" are read as pairs. */
export const SOFTENERS: ReadonlySet<string> = new Set(
  'basically really actually just like kinda sorta um uh technically pretty much'.split(' '),
);

/** The answer's outcome. */
export const RESULT_CUES = [
  // The day the work was for, told after the steps: "on the day we peaked at ...".
  'on the day',
  'on the night',
  'on launch night',
  'on the big day',
  'peaked at',
  'as a result',
  'in the end',
  'the result',
  'the results',
  'the outcome',
  'by the end',
  'ended up with',
  'after the change',
  'after the rollout',
  'after the fix',
  'after that the',
  'since then',
  'went from',
  'dropped from',
  'dropped to',
  'dropped by',
  'went down',
  'went up',
  'went to zero',
  'saved',
  'was back',
  'were back',
  'caught up',
  'unblocked',
  'shipped in',
  'finished in',
  'signed',
  'adopted',
  'have not had',
  'had not had',
  'no incidents',
  'zero downtime',
  'it worked',
  'worked out',
  'everything was fine',
  'things got better',
  'got better',
  'got faster',
  'was happy',
  'were happy',
  'loved it',
  'a success',
  'a big win',
  'a huge improvement',
  'it passed',
  'we shipped',
  'it shipped',
  'was down to',
  'were down to',
  'went away',
  'stopped',
  'the feature shipped',
  'it was fine',
  'it cut',
  'after all that',
  'have not seen',
  'has not happened',
  'never happened again',
  'did not happen again',
  'has not come back',
  'started using',
  'copied it',
  'picked it up',
  'still in use',
  'still running',
  'is still used',
  'went live',
  'was live',
  'did not work out',
  'did not really work out',
  'never took off',
  'never really took off',
  'got shelved',
  'was shelved',
  'ended up shutting',
  'ended up being',
  'was working again',
  'were working again',
  'working again',
  'going through again',
  'back to normal',
  'at launch',
  'on launch day',
  'after launch',
  'since launch',
  'the impact was',
];

/** Reflection: what the speaker learned or would change. */
export const LEARNING_CUES = [
  'what i would keep doing',
  'what i keep doing',
  'what i do now',
  'what i changed',
  'i now',
  'now i',
  'came out of it',
  'the learning',
  'learning was',
  'the big learning',
  'i learned',
  'i learnt',
  'learned that',
  'learned to',
  'the lesson',
  'lesson for me',
  'lessons',
  'takeaway',
  'take away',
  'took away',
  'looking back',
  'in hindsight',
  'in retrospect',
  'next time',
  'if i did it again',
  'if i had to do it again',
  'do differently',
  'would do differently',
  'i would have',
  'i should have',
  'we should have',
  'taught me',
  'now i always',
  'i now always',
  'since then i always',
  'from then on',
  'going forward',
  'the key is',
  'the key thing',
  'what i took',
  'what i learned',
  'what i learnt',
  'what i would do differently',
  'what i would change',
  'the thing i would',
  'the one thing i would',
  'the thing i took',
  'the habit i',
  'what i would do again',
  'what i would repeat',
  'what i would keep',
  'the takeaway',
  'the main takeaway',
  'the big takeaway',
  'the real lesson',
  'the main lesson',
  'the big lesson',
  'the biggest lesson',
  'my takeaway',
  'my lesson',
  'what worked was',
  'what worked for me',
  'what made the difference',
  'what really worked',
  'the main thing i learned',
  'i would do',
  'i would bring',
  'i realized that',
  'it showed me',
  'reminded me',
  'i wish i had',
  'i kind of wish',
  'i wish',
  'lesson',
  'learned',
  'learnt',
  'took from',
  'take from',
  'taken from',
  'take away from',
  'what stuck with me',
  'if i could do it again',
  'if i were to do it again',
  'if i did it over',
  'these days i',
];

/** Learning cues that are reflection by themselves, whoever the sentence is about ("it was a good
 * lesson", "the takeaway was"); the others ("going forward", "next time") need the speaker in it. */
export const REFLECTION_CUES: ReadonlySet<string> = new Set([
  'lesson',
  'lessons',
  'the lesson',
  'takeaway',
  'learned',
  'learnt',
  'looking back',
  'in hindsight',
  'in retrospect',
  'taught me',
  'reminded me',
  'it showed me',
  'what worked was',
  'what made the difference',
  'what really worked',
]);

/** Openers of a narrated step. */
export const ACTION_CUES = [
  'first i',
  'so i',
  'then i',
  'i started',
  'i decided',
  'after that i',
  'what i did',
  'what i usually do',
  'my first step',
  'the first thing i did',
  'i went',
  'instead of',
  'i proposed',
  'i built',
  'i wrote',
  'i added',
  'i ran',
  'i set up',
  'i pulled',
  'i talked to',
  'i walked',
  'i presented',
];

/** The speaker's standing role, said as context: "I owned the billing API", "I was in charge of
 * the build farm". In the answer's opening words, when the setup goes on (the same sentence
 * says what went wrong, or a task is stated later), it is part of the Situation, not the Task. */
export const STANDING_ROLE_CUES = [
  'i owned',
  'i own',
  'i was responsible for',
  'i was in charge of',
  'i maintained',
  'i looked after',
  'i was the owner of',
];

/** Verbs of finding, said right after a step with the subject left out ("I went through the
 * traces and spotted ..."): the clause before them is an investigative step, whatever its verb. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(
  'found noticed saw spotted discovered realized realised figured learned learnt'.split(' '),
);

/** What the work found on the way: the cause, not the result ("it turned out 3 alerts made up 80%
 * of the noise", "what was happening is the batches had grown"). */
export const DISCOVERY_CUES = [
  'it turned out',
  'turned out that',
  'turns out',
  'what was happening',
  'what happened was',
  'i found that',
  'i found out',
  'we found that',
  'we found out',
  'i noticed that',
  'i figured out',
  'i saw that',
  'that is when i saw',
];

/** Verbs that report an outcome when a number is in the same clause ("p99 dropped to 380 ms"). */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(
  `dropped drop drops reduced cut went fell improved increased decreased saved stopped grew hit reached shrank
halved doubled tripled slipped affected impacted sent delivered lasted lowered raised sped came finished shipped handled processed served lost gained caught
brought stayed shaved trimmed eliminated`.split(/\s+/),
);

/** Personal words: a lesson is the speaker's when its sentence has one. */
export const PERSONAL: ReadonlySet<string> = new Set('i me my we us our you your'.split(' '));

/** Opinion verbs before a task cue make it a stance ("I thought we needed to"). */
export const OPINION_BEFORE: ReadonlySet<string> = new Set(
  'thought think felt feel believed believe'.split(' '),
);

/** Nouns of a role: "I was (the) incident commander / tech lead / owner" states the task. Words
 * compromise tags as an actor ("engineer", "developer") count too. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  'lead owner commander captain point dri responsible'.split(' '),
);

/** Nouns of an assignment: "my first job was", "the main goal was", "our mandate was". */
export const TASK_NOUNS: ReadonlySet<string> = new Set(
  'job task role goal goals responsibility mandate brief assignment objective mission ask target ticket'.split(
    ' ',
  ),
);

/** Modals that turn the speaker's sentence into reflection late in an answer ("I'd keep", "I
 * should have"); "could" lists options, "will" plans. */
export const REFLECTIVE_MODALS: ReadonlySet<string> = new Set(['would', 'should']);

/** Verbs after "I would" that hedge a report rather than reflect ("I'd say it went to plan"). */
export const HEDGING_VERBS: ReadonlySet<string> = new Set(['say', 'guess', 'think', 'imagine']);

/** Units of a time budget: "I had three weeks", "we had a quarter". */
export const TIME_BUDGETS: ReadonlySet<string> = new Set(
  'days weeks months sprints quarters week month sprint quarter'.split(' '),
);

/** Words between "I had" and the amount of a time budget ("I had only about three weeks"). */
export const APPROX_BEFORE: ReadonlySet<string> = new Set(
  'only just about around roughly maybe barely less under'.split(' '),
);

/** Time phrases after which "I/we + present verb" is a habit the story started ("since then I ask
 * for a load test"). */
export const HABIT_SINCE_CUES = [
  'since then',
  'ever since',
  'ever since then',
  'from then on',
  'these days',
  'nowadays',
];

/** Adverbs between the speaker and a habit's verb ("since then I always ask"). */
export const HABIT_ADVERBS: ReadonlySet<string> = new Set(
  'always now still also usually just first'.split(' '),
);

/** Sentence adverbs read past at the head of a unit ("Probably should have profiled first"). */
export const HEAD_ADVERBS: ReadonlySet<string> = new Set(
  'probably maybe definitely honestly basically actually clearly obviously really'.split(' '),
);

/** Verbs whose past is their bare form: "Set up a meeting." may be a terse past step. */
export const PAST_AS_PRESENT: ReadonlySet<string> = new Set(
  'set put cut split shut hit spread quit let read cast'.split(' '),
);

/** Past verbs of taking a position: "I thought / believed / felt the migration was too risky". */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'thought',
  'believed',
  'felt',
  'doubted',
]);

/** Heads of a reflective cleft: "what I'd do again is", "the thing I would keep is". */
export const CLEFT_HEADS: ReadonlySet<string> = new Set([
  'what',
  'thing',
  'things',
  'part',
  'habit',
]);

/** Subjects of a copula that point back rather than state a rule ("that's it", "it's fine"). */
export const DUMMY_SUBJECTS: ReadonlySet<string> = new Set([
  'that',
  'it',
  'this',
  'which',
  'there',
]);

/** Verbs of a request another party makes of the speaker: "my lead asked me and Sam to ...". */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(
  'asked told wanted needed expected pushed pinged tasked'.split(' '),
);

/** Objects of a request that put the speaker in it: me, us, the speaker's team, everyone. */
export const REQUEST_OBJECTS: ReadonlySet<string> = new Set(
  'me us our my everybody everyone every all'.split(' '),
);
