import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

const TASK =
  'Our nightly settlement export kept missing the bank cutoff, and I was asked to get it under an hour. ';

describe('we-ownership: who the "we" after the speaker’s step stands for', () => {
  it('covers a "we" after a step taken with one named partner, joined to the speaker', () => {
    const pair = `${TASK}Marta and I split the export into per-bank jobs over two days. Then we moved the PDF step onto its own workers.`;
    expect(flagged(pair, 'we-ownership')).toEqual([]);
    const lead = `${TASK}My tech lead and I rewrote the bank adapter on the Tuesday, and we deployed it that night.`;
    expect(flagged(lead, 'we-ownership')).toEqual([]);
  });

  it('leaves the speaker’s part open after a group joined to the speaker', () => {
    const group = `${TASK}The platform team and I rewrote the bank adapter on the Tuesday, and we deployed it that night.`;
    expect(flagged(group, 'we-ownership')).toContain('we deployed');
    const many = `${TASK}A few of the seniors and I reworked the retry logic. We replaced the scheduler with a queue.`;
    expect(flagged(many, 'we-ownership')).toContain('We replaced');
  });

  it('does not take finding something out together as a step', () => {
    const learnt = `${TASK}Marta and I found out the bank had a second endpoint. We switched the export to it.`;
    expect(flagged(learnt, 'we-ownership')).toContain('We switched');
  });

  it('leaves "we" open after talk with a crowd, and covers it after talk with one partner', () => {
    for (const talk of [
      'I spoke with a handful of engineers',
      'I checked in with everyone on the rota',
      'I sat down with the squads',
      'I chatted to several people in finance',
      'I reached out to a few of the bank teams',
      'I paired with two of the payments engineers',
    ]) {
      const text = `${TASK}${talk}, and we replaced the cron job with a queue consumer.`;
      expect(flagged(text, 'we-ownership')).toContain('we replaced');
    }
    const one = `${TASK}I sat down with our finance analyst, and we replaced the cron job with a queue consumer.`;
    expect(flagged(one, 'we-ownership')).toEqual([]);
    const both = `${TASK}I spoke with both tech leads, and we replaced the cron job with a queue consumer.`;
    expect(flagged(both, 'we-ownership')).toEqual([]);
    const checkIn = `${TASK}I checked in with my manager, and we moved the export to the early window.`;
    expect(flagged(checkIn, 'we-ownership')).toEqual([]);
  });

  it('leaves a fix or a choice open after a step that only looked', () => {
    const choice = `${TASK}I glanced over three schedulers and we picked Temporal.`;
    expect(flagged(choice, 'we-ownership')).toContain('we picked');
    const fix = `${TASK}I checked the slow query log. We added a covering index on the ledger table.`;
    expect(flagged(fix, 'we-ownership')).toContain('We added');
    const dug = `${TASK}I investigated the slow batches, and we moved the PDF step onto its own workers.`;
    expect(flagged(dug, 'we-ownership')).toContain('we moved');
  });

  it('covers more looking after a look, and a fix after a look that found something', () => {
    const more = `${TASK}I checked the slow query log, and we went through the worst plans one by one.`;
    expect(flagged(more, 'we-ownership')).toEqual([]);
    const found = `${TASK}I checked the slow query log and found a scan on the ledger table. We added a covering index.`;
    expect(flagged(found, 'we-ownership')).toEqual([]);
    const acted = `${TASK}I watched the queue depth for a day and tuned the batch size. We rolled it out to every bank.`;
    expect(flagged(acted, 'we-ownership')).toEqual([]);
  });

  it('ends the cover when the speaker’s last word on their part is doubted or only an attempt', () => {
    const attempt = `${TASK}I set a statement timeout on the reader, and I tried to add a retry on the upload. Then we shipped the change to half the banks.`;
    expect(flagged(attempt, 'we-ownership')).toContain('we shipped');
    const hedged = `${TASK}I split the job per bank, and I sort of tuned the pool. We moved the PDF step onto its own workers.`;
    expect(flagged(hedged, 'we-ownership')).toContain('We moved');
    const plain = `${TASK}I set a statement timeout on the reader. Then we shipped the change to half the banks.`;
    expect(flagged(plain, 'we-ownership')).toEqual([]);
  });

  it('reads a completion that names no work, framed as the outcome, as the shared result', () => {
    const done = `${TASK}I split the job per bank and moved the PDF step onto its own workers. The bank changed its format twice. Finally we got it all done.`;
    expect(flagged(done, 'we-ownership')).toEqual([]);
    const named = `${TASK}I split the job per bank. The bank changed its format twice. In the end we rewrote the parser.`;
    expect(flagged(named, 'we-ownership')).toContain('we rewrote');
    const unframed = `${TASK}I split the job per bank. The bank changed its format twice. We handled it over the weekend.`;
    expect(flagged(unframed, 'we-ownership')).toContain('We handled');
  });

  it('reads a "we" clause that is what someone decided as the decision, not a step', () => {
    const decided = `${TASK}Halfway through, our director decided we moved the export to a managed scheduler.`;
    expect(flagged(decided, 'we-ownership')).toEqual([]);
  });

  it('does not take leaving a thing as it was for a step', () => {
    const left = `${TASK}Marta found the retry limit was already fine, so we left it and we moved the PDF step onto its own workers.`;
    expect(flagged(left, 'we-ownership')).toEqual(['we moved']);
  });
});
