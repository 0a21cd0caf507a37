/** Phrases that state what a follow-up would ask for; follow-ups.ts skips the question when the
 * answer already says it (taxonomy: "a follow-up never asks for what the answer already states"). */

/** The root cause, stated: "the root cause was a query", "it turned out", "caused by". */
export const ROOT_CAUSE_STATED = [
  'root cause was',
  'root cause is',
  'the cause was',
  'the cause is',
  'caused by',
  'turned out',
  'turns out',
  'the problem was',
  'the issue was',
  'the bug was',
  'the culprit was',
  'was due to',
  'came down to',
  'traced it to',
  'traced it back to',
  'traced the',
  'due to',
  'because of',
  'what caused',
  'the reason was',
  'the reason is',
  'root cause turned',
  'the cause turned',
  'the problem turned',
  // A diagnosis told as a discovery: "I found that every retry hit the same partition".
  'found that',
  'noticed that',
  'saw that',
  'realized that',
  'realised that',
  'discovered that',
  'figured out that',
];

/** Nouns that name a cause when a copula or a colon follows them: "the root cause was a query",
 * "the culprit: a retry loop", "the bottleneck was Postgres". */
export const CAUSE_NOUNS: ReadonlySet<string> = new Set(
  'cause culprit reason bottleneck problem issue bug trigger'.split(' '),
);

/** Words of a failure: a "because" after one in the same sentence states its cause ("the deploy
 * failed because the cert had expired"). */
export const FAILURE_WORDS: ReadonlySet<string> = new Set(
  `failed failing fail fails broke broken crashed crashing down outage slow timing timed leaked leak
leaking errors error stuck dropped lost duplicated wrong stale missed incident paged spiked 502s 503s
500s`.split(/\s+/),
);

/** Prevention, stated: what changed so it cannot happen again. */
export const PREVENTION_STATED = [
  'never happen again',
  'cannot happen again',
  'can not happen again',
  'so it cannot recur',
  'so it can not recur',
  'since then',
  'from then on',
  'going forward',
  'now every',
  'now we',
  'now i',
  'added a check',
  'added an alert',
  'added a test',
  'postmortem',
  'post mortem',
];

/** How a disagreement ended, stated. */
export const RESOLUTION_STATED = [
  'we agreed',
  'agreed to',
  'we settled',
  'compromise',
  'in the end we',
  'we ended up',
  'he agreed',
  'she agreed',
  'they agreed',
  'came around',
];

/** Words that show a tradeoff was discussed: then the tradeoff question is not asked. */
export const TRADEOFF_WORDS: ReadonlySet<string> = new Set(
  'tradeoff tradeoffs trade alternative alternatives option options instead versus vs considered chose pros cons downside downsides risk risks compared'.split(
    ' ',
  ),
);

/** Verbs of putting a safeguard in place: "I added a CI check", "we wrote a runbook". */
export const SAFEGUARD_VERBS: ReadonlySet<string> = new Set(
  'added add wrote write built build set put introduced created made enabled turned'.split(' '),
);

/** Safeguards: a step that keeps the failure from coming back ("a lint rule", "an alert"). */
export const SAFEGUARD_NOUNS: ReadonlySet<string> = new Set(
  `check checks alert alerts alarm alarms test tests lint linter rule rules guard guardrail
guardrails runbook runbooks monitor monitoring validation gate canary review checklist assertion
constraint dashboard`.split(/\s+/),
);
