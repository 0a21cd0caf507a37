/** Scripts of spoken test answers (spoken with espeak-ng at test time, never committed as audio). */

/** A behavioral-interview answer about a production incident; spoken it lasts about two minutes. */
export const INCIDENT_ANSWER = [
  'Last year I was the on-call engineer for our payments platform when checkout started failing for about a third of our customers.',
  'It was a Friday evening, right after a routine deploy, and the error rate on the payment service jumped from almost nothing to around thirty percent within ten minutes.',
  'My first step was to declare an incident, open a shared channel, and page the database team, because the errors looked like connection timeouts.',
  'I rolled back the deploy first, since that was the fastest way to rule out our own change, but the errors continued, so I knew the cause was somewhere else.',
  'Looking at the dashboards, I noticed that the connection pool on our primary database was completely saturated.',
  'A batch job that reconciles refunds had been moved to run every five minutes instead of once an hour, and each run held hundreds of connections open while it waited on a slow query.',
  'I paused the batch job, and within two minutes the pool recovered and the checkout error rate dropped back below half a percent.',
  'In total the incident lasted forty seven minutes, and we estimated that we lost about twelve thousand dollars in failed orders.',
  'The next week I led the postmortem.',
  'We did not focus on who changed the schedule; instead we asked why a single job could starve the whole service.',
  'I added a separate connection pool for background work with a hard limit, wrote an alert that fires when the pool is more than eighty percent used, and added the batch schedule to our change review checklist.',
  'Since then we have not had a single outage caused by connection exhaustion.',
  'What I learned is to look at shared resources early, and to make limits explicit instead of trusting every caller to behave.',
].join(' ');

/** Short answers with spoken fillers, for measuring how many fillers reach the transcript. */
export const FILLER_ANSWERS = [
  'So, um, the outage started on a Tuesday, and uh, I was the one on call that night.',
  'I think, um, the main problem was that we, uh, did not have any alerts on the queue depth.',
  'Uh, my manager asked me to lead the fix, and um, I wrote a plan with three steps.',
  'We rolled back the release, um, and then, uh, we checked the logs for the failing requests.',
  'Honestly, um, I was nervous, but uh, the team was calm and we, um, fixed it within an hour.',
  'The result was, uh, fewer pages at night, and um, our error budget recovered, uh, the next month.',
  'Um, looking back, I would, uh, add better tests before changing the database schema.',
  'Uh, so what I learned is, um, to write things down early and, uh, to ask for help sooner.',
];
