import { starL, type QuestionGuidance } from './guidance';

/** Ids of the seven deep-dive questions, the ones to rehearse first: one per core pattern. */
export const DEEP_DIVE_IDS = [
  'tp-hardest-bug',
  'pi-incident',
  'dis-technical',
  'perf-scale',
  'amb-requirements',
  'mis-mistake',
  'inf-no-authority',
] as const;

/** Question-specific guidance for the seven deep dives (other questions use their pattern's). */
export const deepDiveGuidance: Record<(typeof DEEP_DIVE_IDS)[number], QuestionGuidance> = {
  'tp-hardest-bug': {
    tests:
      'Depth and persistence: whether you can debug methodically (reproduce, isolate, prove), explain a hard technical cause simply, and fix it at the right level.',
    structure: starL(
      'the system and the symptom, with how often it happened and who it hurt.',
      'why this was hard (intermittent, distributed, no reproduction) and why it was yours.',
      'how you reproduced and isolated it, each hypothesis you ruled out with data, and the fix you chose over the quick workaround.',
      'the symptom gone, with a number (error rate, latency, tickets), and how you proved it.',
      'the debugging habit or safeguard you kept (a test, a dashboard, a checklist).',
    ),
    mention: [
      'How you reproduced it',
      'Hypotheses ruled out, each with its evidence',
      'The root cause in one plain sentence',
      'Why the fix is at the right level (not a retry around the bug)',
      'A before and after number',
    ],
    followUps: [
      'How did you prove that was the root cause?',
      'What was the quickest workaround, and why did you not stop there?',
      'What tooling would have found it sooner?',
      'Walk me through the fix in the code: what changed?',
    ],
  },
  'pi-incident': {
    tests:
      'How you behave when production is on fire: mitigation first, clear roles and communication, a real root cause, and prevention that lands.',
    structure: starL(
      'the service, when it happened and the impact (error rate, users, orders, money).',
      'your role in the response (on call, incident lead) and what you owned.',
      'how you mitigated first (rollback, failover, flag), how you found the cause, how you kept stakeholders updated, and the decisions you made under time pressure.',
      'time to mitigate and to resolve, and the final impact in numbers.',
      'the postmortem actions you owned and the evidence it has not recurred.',
    ),
    mention: [
      'Time to detect, mitigate and resolve',
      'The mitigation you chose first, and why',
      'How you confirmed the root cause',
      'Updates to stakeholders during the incident',
      'A blameless postmortem with owners and dates',
    ],
    followUps: [
      'What was the root cause, and how did you confirm it?',
      'Why did monitoring not catch it before users did?',
      'What did you change so it cannot happen again?',
      'What would you do differently in the first ten minutes?',
    ],
  },
  'dis-technical': {
    tests:
      'Whether you disagree productively: you argue from evidence and tradeoffs, separate the idea from the person, and commit once a decision is made.',
    structure: starL(
      'the technical decision, who proposed it, and the constraints.',
      'why you disagreed and what was at stake if it went wrong.',
      'how you made your case (a benchmark, a prototype, a written comparison of options), how you tested their reasoning, and how you reached a decision together.',
      'the decision and its outcome in numbers, including if you turned out to be wrong.',
      'what you now do before and during technical disagreements.',
    ),
    mention: [
      'The tradeoff in one sentence (e.g. consistency against latency)',
      "The other engineer's strongest point",
      'Evidence you produced',
      'How the decision was made (design review, owner, data)',
      'Disagree and commit, and the relationship after',
    ],
    followUps: [
      'What was the strongest argument for the other option?',
      'What would you have done if the decision had gone against you?',
      'How did you make sure it did not turn personal?',
      'Looking back, who was right, and how do you know?',
    ],
  },
  'perf-scale': {
    tests:
      'Whether you scale systems with measurement, not guesswork: capacity numbers, the real bottleneck, a design that handles the next order of magnitude, and a safe rollout.',
    structure: starL(
      "the service, today's load and the growth coming (requests per second, data size).",
      'the target capacity or SLO and the deadline.',
      'how you load-tested and found the bottleneck, the design change (caching, sharding, queues, async), the options you rejected, and how you rolled it out safely.',
      'capacity and latency before and after, and the cost.',
      'what you monitor now and what breaks next.',
    ),
    mention: [
      'Load numbers: requests per second, data volume, p99 latency',
      'The bottleneck and how you measured it',
      'The design tradeoff (cost, consistency, complexity)',
      'A gradual rollout with a rollback plan',
      'What fails at the next 10x',
    ],
    followUps: [
      'How did you find the bottleneck?',
      'Why that design over the alternatives?',
      'How did you roll it out without downtime?',
      "What breaks first at ten times today's load?",
    ],
  },
  'amb-requirements': {
    tests:
      'Whether you can create clarity: you find the real problem behind a vague ask, make reasoned assumptions, ship something small to learn, and adapt without churn.',
    structure: starL(
      'the vague request, who asked and what was unknown.',
      'what you owned and the deadline.',
      'whom you talked to and what you asked, the assumptions you wrote down and agreed, the first small version you shipped, and how you handled requirements that changed.',
      'what shipped, how it was used, and a number that shows it was the right call.',
      'how you start unclear work now.',
    ),
    mention: [
      'Questions you asked to find the real problem',
      'Written assumptions that stakeholders agreed to',
      'A thin first slice shipped early',
      'One decision made without full information, and why',
      'How you measured success',
    ],
    followUps: [
      'Which assumption was wrong, and how did you find out?',
      'How did you decide what to build first?',
      'What did you do when the requirements changed?',
      'How did you know you were done?',
    ],
  },
  'mis-mistake': {
    tests:
      'Self-awareness and accountability: a real mistake with real impact, owned without excuses, repaired quickly, and turned into a lasting change.',
    structure: starL(
      'what you were working on, in one sentence.',
      'what you were responsible for.',
      'the mistake in plain words ("I shipped...", "I assumed..."), how you noticed, what you did first to limit the damage, and whom you told.',
      'the impact, honestly sized, and how it was recovered.',
      'the specific change you made (a test, a check, a habit) and proof it has held.',
    ),
    mention: [
      'A real mistake, not a disguised strength',
      '"I", never "mistakes were made"',
      'How fast you raised it',
      'The repair and the prevention, separately',
    ],
    followUps: [
      'What would you do differently?',
      'How did you tell your manager, and how did they react?',
      'What did you change so it cannot happen again?',
      'When did that lesson help you later?',
    ],
  },
  'inf-no-authority': {
    tests:
      'Leadership without a title: how you win over a team you do not manage, by understanding their goals, bringing evidence and lowering their cost of saying yes.',
    structure: starL(
      'the change you needed and the team that owned it.',
      'why it mattered, to you and to them.',
      'how you learned their priorities, the evidence you brought (data, a prototype, an RFC), the allies you gained, and the work you took on yourself.',
      'what they adopted or decided, and its impact in numbers.',
      'what you learned about influencing people.',
    ),
    mention: [
      "The other team's goals and constraints",
      'Evidence they could check',
      'Work you did to make yes cheap',
      'Who you convinced first',
      'No escalation, or escalation as a last, open step',
    ],
    followUps: [
      'What was in it for the other team?',
      'What would you have done if they said no?',
      'Who resisted most, and how did you handle them?',
      'Would you do anything differently?',
    ],
  },
};
