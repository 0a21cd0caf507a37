import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../shared/analysis';

const asked = (text: string, questionId?: string) =>
  analyzeAnswer({ text, questionId }).followUps.map((f) => f.question);

describe('follow-ups read the answer (issue 10): never ask for what it states', () => {
  it('does not ask for the root cause when the answer names it anywhere, however it is said', () => {
    const goalThenCause =
      'Our search API started returning errors on a Monday. My job was to get it back within the hour and find the root cause. I rolled back the last deploy first. Turns out a cron job was filling the disk with debug logs, so I moved the logs to a volume with rotation.';
    for (const text of [
      goalThenCause,
      'The payment workers kept crashing because the heap was too small for the new batch size. I raised the limit and added an alert on memory.',
      'Checkout was down for ten minutes. The culprit: a retry loop in the SDK that hammered the database. I put a circuit breaker around it.',
      'Orders were stuck in pending. What caused it was a missing index on the status column, so I added it concurrently.',
    ])
      expect(asked(text, 'production-incident').join(' ')).not.toMatch(/root cause|bottleneck/i);
  });

  it('asks for the root cause when the answer never gives it', () => {
    const text =
      'Our search API started returning errors on a Monday. My job was to get it back and find the root cause. I restarted the pods and it came back.';
    expect(asked(text, 'production-incident').join(' ')).toMatch(/root cause|bottleneck/i);
  });

  it('does not ask "from what to what" when a number is stated elsewhere', () => {
    const text =
      'I moved the report queries to the replica. Pages felt way snappier after that, p95 dropped from 1.9 seconds to 300 ms.';
    const questions = asked(text).join(' ');
    expect(questions).not.toMatch(/from what to what|metrics moved/i);
    expect(asked('I cleaned up the queries and the pages felt way snappier.').join(' ')).toMatch(
      /from what to what|metrics moved/i,
    );
  });

  it('asks about the step said with "we" when the speaker already said what they did', () => {
    const own =
      'I wrote the migration script and I tested it against a copy of production. Then we migrated the billing tables over a weekend.';
    const questions = asked(own);
    expect(questions).not.toContain('What did you personally do?');
    const teamOnly =
      'We looked at the dashboards, we found a slow query, we rewrote it and we shipped the fix the same day.';
    expect(asked(teamOnly)).toContain('What did you personally do?');
  });

  it('does not ask for a tradeoff the answer states', () => {
    const stated =
      'Sharding the table meant a new cluster and weeks of work, so I went with a read replica because it was one config change. The cost was a few seconds of lag on reports.';
    expect(asked(stated).join(' ')).not.toMatch(/tradeoff/i);
    expect(asked('I added a read replica and moved the reports to it.').join(' ')).toMatch(
      /tradeoff/i,
    );
  });

  it('does not ask what changed so it cannot happen again when a safeguard is stated', () => {
    const guarded =
      'I shipped a migration that locked the orders table for four minutes. I rolled it back, and then I wrote a lint rule that blocks migrations without a lock timeout.';
    expect(asked(guarded, 'mistake').join(' ')).not.toMatch(/happen again/i);
    const bare =
      'I shipped a migration that locked the orders table for four minutes. I rolled it back.';
    expect(asked(bare, 'mistake').join(' ')).toMatch(/happen again/i);
  });

  it('does not ask how it was fixed when the speaker says their step after a vague one', () => {
    const stepAfter =
      'The login service slowed down every night at eleven. We looked into it and got it sorted. I moved the session cleanup job off the primary and gave it its own replica.';
    const questions = asked(stepAfter, 'production-incident').join(' ');
    expect(questions).not.toMatch(/how exactly did you fix/i);
    expect(questions).toMatch(/root cause/i);
    // The step is vague itself, or there is none after the vague phrase: the question stays.
    for (const text of [
      'The login service slowed down every night at eleven. We looked into it and got it sorted. I sorted it out.',
      'I moved the session cleanup job off the primary. The login service still slowed down at night. We looked into it and got it sorted.',
    ])
      expect(asked(text, 'production-incident').join(' ')).toMatch(/how exactly did you fix/i);
  });

  it('reads a vague wrap-up right after the steps as a summary, and a discovery as the cause', () => {
    const summed =
      'Our image resizer fell behind every Monday morning. I profiled the workers and saw that each one decoded the full original twice. I cached the decoded frame and capped the queue at two hundred jobs. We got it sorted after that.';
    const questions = asked(summed, 'production-incident').join(' ');
    expect(questions).not.toMatch(/how exactly did you fix/i);
    expect(questions).not.toMatch(/root cause/i);
    // No diagnosis said and no step of the speaker's beside the wrap-up: both are asked.
    const bare =
      'Our image resizer fell behind every Monday morning. The team talked about it for a while. We got it sorted after that.';
    expect(asked(bare, 'production-incident').join(' ')).toMatch(
      /how exactly did you fix it\? what was the root cause/i,
    );
  });
});
