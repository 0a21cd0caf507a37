import { composeAnswer } from './answer-audio';

/** The answer the fake microphone speaks in the review test: a short incident story with one
 * vague action and one blame phrase, each at the start of its own sentence so where it is spoken
 * is known from the audio. (tiny.en hears espeak's "the ops team" as "the up steam", so the blame
 * names the platform team instead: the same construction.) */
export const WEAK_INCIDENT = [
  'Last spring our checkout service started failing during the evening peak.',
  'We handled it.',
  'The platform team caused the problem, because they changed the load balancer without telling anyone.',
  'Um, it was kind of a mess, and things got better after a while.',
];

/** A strong answer: the speaker's own actions, numbers, a result and a lesson, about 100 s. */
export const STRONG_INCIDENT = [
  'Last November, our payments API started timing out during the Black Friday peak, and I was the on call engineer for the checkout team.',
  'My job was to restore checkout quickly and find the root cause before the evening traffic doubled.',
  'I opened an incident, paged the database owner, and looked at the latency dashboards.',
  'The p99 latency had jumped from 200 milliseconds to 4 seconds, and the connection pool on the Postgres primary was saturated.',
  'I traced it to a new batch job that held 300 connections for its bulk export.',
  'I paused the job with a feature flag, and checkout recovered within 6 minutes.',
  'While it was down, I posted updates for the support team every 15 minutes so they could answer customers.',
  'Then I added a separate pool for batch work with a limit of 20 connections, and I wrote an alert on pool saturation at 80 percent.',
  'I also wrote the postmortem and ran the review with the data team, and we agreed that every batch job goes through a load test first.',
  'As a result, error rates dropped from 12 percent to under 0.1 percent, and we had no timeouts during the next two sales events.',
  'I also checked the pool metrics for a week, and they stayed under 50 percent in all 14 regions.',
  'What I learned is to give background jobs their own resource limits, and to alert on saturation before latency.',
  'Since then I check connection budgets in every design review I join.',
];

/** A weak answer: vague, blaming, hedged, full of fillers and buzzwords, no numbers. */
export const WEAK_LONG = [
  'Um, so basically we had this, like, really big problem with the system.',
  'The ops guys caused the problem, and it was their fault really.',
  'We handled it.',
  'I think we kind of fixed it, you know, by leveraging best practices and thinking outside the box.',
  'Uh, things got better after a while, and everything was fine.',
  'We improved the service and made it faster.',
  'I guess it was a team effort, and it worked out in the end.',
];

/** The WAV for one of these answers. */
export function answerAudio(name: string, sentences: string[], gapSec = 0.3) {
  return composeAnswer(name, sentences, { leadSec: 0.5, gapSec, tailSec: 3 });
}
