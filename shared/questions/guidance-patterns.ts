import { starL, type QuestionGuidance } from './guidance';
import type { QuestionPattern } from './patterns';

/** Guidance every question of a pattern gets unless it has its own (custom questions too). */
export const patternGuidance: Record<QuestionPattern, QuestionGuidance> = {
  'technical-problem': {
    tests:
      'Technical depth and reasoning under uncertainty: how you narrowed a hard problem down, which hypotheses you tested, and whether you found the real cause rather than a workaround.',
    structure: starL(
      'the system, its scale and the symptom, in one or two sentences.',
      'why it was hard and why it was yours to solve.',
      'how you narrowed it down (measurements, traces, experiments), the options you weighed and the one you chose.',
      'the outcome with a before and after number, and how you verified the fix.',
      'what you do differently since, or what the team adopted.',
    ),
    mention: [
      'The root cause in one sentence',
      'The data you used: traces, profiles, logs, metrics',
      'An option you rejected and why',
      'A number before and after',
    ],
    followUps: [
      'How did you know that was the root cause?',
      'What else did you consider, and why did you reject it?',
      'What would break first at ten times the load?',
    ],
  },
  'production-incident': {
    tests:
      'Ownership under pressure: fast detection and mitigation before diagnosis, calm communication, and prevention work after the fire is out.',
    structure: starL(
      'the service, the impact (users, errors, money) and how it was detected.',
      'your role: on call, incident lead, or owner of the failing component.',
      'the first mitigation (rollback, failover, feature flag), then the diagnosis, and who you kept informed.',
      'time to mitigate and to resolve, and the impact in numbers.',
      'the postmortem actions you drove (alerts, tests, runbooks) and that it did not recur.',
    ),
    mention: [
      'Time to detect, mitigate and resolve',
      'The blast radius in numbers',
      'Why you mitigated first and diagnosed second',
      'How you communicated with stakeholders',
      'A blameless postmortem and the prevention that shipped',
    ],
    followUps: [
      'What was the root cause, and how did you confirm it?',
      'Why did monitoring not catch it earlier?',
      'What did you change so it cannot happen again?',
    ],
  },
  disagreement: {
    tests:
      'Judgment and collaboration: you disagree with evidence, listen to the other side, reach a decision, and keep the working relationship.',
    structure: starL(
      'the decision and who was making it.',
      'what was at stake and why you had a view.',
      'how you made your case (data, a prototype, written tradeoffs) and how you understood their side.',
      'what was decided and how it turned out, with a number if you have one.',
      'what you learned about disagreeing well.',
    ),
    mention: [
      "The other side's strongest argument",
      'Evidence, not opinion: data, a benchmark, a prototype',
      'The tradeoff behind the disagreement',
      'Disagree and commit if the decision went the other way',
      'The relationship afterwards',
    ],
    followUps: [
      'What was the best argument on the other side?',
      'What would you have done if the decision went against you?',
      'How do you work with that person now?',
    ],
  },
  performance: {
    tests:
      'Measurement discipline and technical depth: you found the real bottleneck with data and proved the improvement with numbers.',
    structure: starL(
      'the system, its load and the symptom (latency, errors, cost) with numbers.',
      'the target (an SLO, a capacity goal) and why it mattered.',
      'how you measured (profiles, load tests, traces), the bottleneck you found, the change and the alternatives.',
      'before and after: p99 latency, throughput, error rate or cost.',
      'what keeps it there now (dashboards, load tests, budgets).',
    ),
    mention: [
      'p50/p99 latency, throughput, error rate or cost, before and after',
      'How you found the bottleneck',
      'The tradeoff: consistency, cost, complexity',
      'How you verified it in production',
    ],
    followUps: [
      'How did you find the bottleneck?',
      'What did the change cost you (consistency, money, complexity)?',
      'How do you make sure it does not regress?',
    ],
  },
  ambiguity: {
    tests:
      'Structured thinking when nothing is defined: you turn an unclear ask into decisions, a plan and an early deliverable, and you manage the risk of being wrong.',
    structure: starL(
      'the vague ask and who it came from.',
      'what you owned and what "done" had to mean.',
      'how you clarified (users, data, stakeholders), the assumptions you wrote down, and the small first version you shipped to learn.',
      'what shipped and how you measured it.',
      'how you approach unclear work now.',
    ),
    mention: [
      'The questions you asked, and whom',
      'Written assumptions or a short design doc',
      'A small first milestone to learn fast',
      'A decision you made without full information',
    ],
    followUps: [
      'Which assumption turned out wrong, and what did you do?',
      'How did you decide what to build first?',
      'How did you keep stakeholders aligned as things changed?',
    ],
  },
  mistake: {
    tests:
      'Accountability and learning: you own the mistake plainly, repair the damage, and change something so it does not happen again.',
    structure: starL(
      'what you were working on.',
      'what you were responsible for.',
      'the mistake, said plainly with "I", how you noticed, how you limited the damage and whom you told.',
      'the real impact and the recovery.',
      'the change you made (a check, a test, a process) and the evidence it worked.',
    ),
    mention: [
      'Say "I made a mistake" without excuses',
      'The impact, honestly sized',
      'How quickly you raised it',
      'The prevention you put in place',
    ],
    followUps: [
      'What would you do differently?',
      'How did you tell your manager or your team?',
      'Has anything like it happened since?',
    ],
  },
  influence: {
    tests:
      'Leadership without authority: you move other teams with data, with empathy for their priorities and by making it cheap for them to say yes, not by escalating.',
    structure: starL(
      'what needed to change and which team owned it.',
      'why it mattered to you and what was in it for them.',
      'how you learned their priorities, the case you made (data, a prototype, an RFC), and what you offered to do yourself.',
      'the decision or adoption, with numbers.',
      'what you learned about persuading people.',
    ),
    mention: [
      "The other team's incentives",
      'Data or a working prototype',
      'Work you took on yourself to lower their cost',
      'Allies you won over first',
      'Escalation only as a last resort',
    ],
    followUps: [
      'What did the other team gain?',
      'What would you have done if they said no?',
      'Who pushed back hardest, and how did you handle it?',
    ],
  },
  prioritization: {
    tests:
      'Judgment about impact: how you compare competing work, decide what not to do, and explain the tradeoff to the people affected.',
    structure: starL(
      'the competing demands and the deadline.',
      'what you had to decide.',
      'how you compared the options (impact, urgency, risk, effort), whom you consulted, what you cut or deferred and how you told people.',
      'what shipped and what the tradeoff cost.',
      'how you prioritise now.',
    ),
    mention: [
      'The criteria you used',
      'What you said no to',
      'Stakeholders told early',
      'The impact in numbers',
    ],
    followUps: [
      'What did you say no to, and how did they take it?',
      'How did you know you chose right?',
      'What would have changed your decision?',
    ],
  },
  'proud-project': {
    tests:
      'Scope, ownership and impact: the hardest parts you personally drove and what they changed for users or the business.',
    structure: starL(
      'the project and why it mattered.',
      'your role and scope.',
      'the hardest parts you drove, the key technical decisions and their tradeoffs.',
      'the impact in numbers (users, latency, cost, revenue).',
      'what you would do differently and what you carried forward.',
    ),
    mention: [
      "Your part, separate from the team's",
      'One key design decision and its tradeoff',
      'Impact in numbers',
      'Why it was hard, and why you are proud of it',
    ],
    followUps: [
      'What was the hardest technical decision?',
      'What would you do differently?',
      'What was your part, and what did others do?',
    ],
  },
};
