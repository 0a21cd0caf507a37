/** Cue phrases for the STAR-L parts, written expanded and lower case ("i would" matches "i'd").
 * They are evidence, not verdicts: star-l.ts weighs them with position and the action statements. */

/** Setting the scene: where, when, what the system was. */
export const SITUATION_CUES = [
  'at my last job', 'at my last company', 'at my last role', 'in my last role', 'at my previous job',
  'at my previous company', 'at my current job', 'at my current company', 'at my old job', 'at my first job',
  'at a startup', 'at a fintech', 'last year', 'last spring', 'last summer', 'last quarter', 'a few years ago',
  'a couple of years ago', 'a couple years ago', 'back in', 'at the time', 'this was', 'there was', 'there were',
  'we had a', 'we had an', 'we had this', 'our team', 'our system', 'our service', 'the context', 'for context',
  'background', 'i was working on', 'i was working at', 'i worked on', 'i worked at', 'i was on the',
  'i was one of', 'we were building', 'we were running', 'we were using', 'one morning', 'one night',
  'one evening', 'one day', 'one friday', 'the problem was', 'the issue was', 'used to', 'the old one',
  'a good example', 'one time', 'at one point', 'the project i', 'one mistake', 'the biggest mistake',
  'a mistake', 'so this was', 'i had a disagreement', 'i disagreed', 'the requirements were',
];

/** The speaker's responsibility or goal. */
export const TASK_CUES = [
  'my job was', 'my task was', 'my role was', 'my goal was', 'the goal was', 'my responsibility',
  'i was responsible', 'i was asked to', 'asked me to', 'i was tasked', 'tasked with', 'i needed to',
  'i had to', 'we needed to', 'i was on call', 'i was the on call', 'on call engineer', 'it was on me',
  'it was my job', 'it was my call', 'my call to', 'i owned', 'i own', 'i was leading', 'i was in charge',
  'i took it on', 'i took the lead', 'i took ownership', 'i wanted to fix', 'i wanted to get', 'i wanted to make',
  'i wanted to', 'i was the only', 'i was the engineer', 'i was the tech lead', 'the challenge was',
  'i had about', 'so i had', 'i proposed and led', 'i was assigned', 'my manager asked', 'my director asked',
  'needed us to', 'i had to decide', 'had to decide', 'i had to convince', 'i was the lead',
];

/** The answer's outcome. */
export const RESULT_CUES = [
  'as a result', 'in the end', 'the result', 'the results', 'the outcome', 'by the end', 'ended up with',
  'after the change', 'after the rollout', 'after the fix', 'after that the', 'since then', 'went from',
  'dropped from', 'dropped to', 'dropped by', 'went down', 'went up', 'went to zero', 'saved', 'was back',
  'were back', 'caught up', 'unblocked', 'shipped in', 'finished in', 'signed', 'adopted', 'have not had',
  'had not had', 'no incidents', 'zero downtime', 'it worked', 'worked out', 'everything was fine',
  'things got better', 'got better', 'got faster', 'was happy', 'were happy', 'loved it', 'a success',
  'a big win', 'a huge improvement', 'it passed', 'we shipped', 'it shipped', 'was down to',
  'were down to', 'went away', 'stopped', 'the feature shipped', 'it was fine', 'it cut', 'after all that', 
];

/** Reflection: what the speaker learned or would change. */
export const LEARNING_CUES = [
  'i learned', 'i learnt', 'learned that', 'learned to', 'the lesson', 'lesson for me', 'lessons',
  'takeaway', 'take away', 'took away', 'looking back', 'in hindsight', 'in retrospect', 'next time',
  'if i did it again', 'if i had to do it again', 'do differently', 'would do differently', 'i would have',
  'i should have', 'we should have', 'taught me', 'now i always', 'i now always', 'since then i always',
  'from then on', 'going forward', 'the key is', 'the key thing', 'what i took', 'the main thing i learned',
  'i would do', 'i would bring', 'i realized that', 'it showed me', 'reminded me', 'i wish i had',
  'i kind of wish', 'i wish',
];

/** Openers of a narrated step. */
export const ACTION_CUES = [
  'first i', 'so i', 'then i', 'i started', 'i decided', 'after that i', 'what i did', 'what i usually do',
  'my first step', 'the first thing i did', 'i went', 'instead of', 'i proposed', 'i built', 'i wrote',
  'i added', 'i ran', 'i set up', 'i pulled', 'i talked to', 'i walked', 'i presented',
];

/** Verbs that report an outcome when a number is in the same clause ("p99 dropped to 380 ms"). */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(
  `dropped drop drops reduced cut went fell improved increased decreased saved stopped grew hit reached shrank
halved doubled tripled lowered raised sped came finished shipped handled processed served lost gained caught`.split(/\s+/),
);
