import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const collab = (text: string, question = 'Tell me about a time you fixed a hard bug.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!.collaboration;

/** Five steps of the speaker's, two of them joined by commas only. */
const STEPS =
  'I pulled the failing orders from the queue, replayed them locally, and found a null tax code. ' +
  'I wrote a guard for it. I backfilled the stuck orders. I deployed the guard that evening.';

describe('hero: others who only follow the work or get in touch with the speaker', () => {
  it('hears a manager who checks in and a lead who messages the speaker for dates as askers', () => {
    for (const others of [
      'My manager checked in on it twice and the warehouse lead messaged me every hour asking for an ETA.',
      'The ops director called me around lunch for an update, and my manager followed up on Friday.',
    ]) {
      const c = collab(`${STEPS} ${others}`);
      expect(c.creditsPartners, others).toBe(false);
      expect(c.hero, others).toBe(true);
    }
  });

  it('hears a party that comes back with questions as asking', () => {
    const text = `${STEPS} The finance manager came back with three questions, which I answered the same day, and the support lead waited.`;
    expect(collab(text).hero).toBe(true);
  });

  it('still hears a colleague who does a step as sharing the work', () => {
    for (const others of [
      'My manager wrote the customer email, and the warehouse lead waited.',
      'My manager rebuilt the pick list by hand, and the warehouse lead waited.',
    ])
      expect(collab(`${STEPS} ${others}`).hero, others).toBe(false);
  });

  it('hears people put on part of the work as sharing it', () => {
    const text =
      'I had to split the platform group between the audit and the outage. I recommended three engineers on the audit and two on the outage. ' +
      `${STEPS} My manager and the director waited for news.`;
    expect(collab(text).hero).toBe(false);
  });
});

describe('hero: scene and names', () => {
  it('does not count a department that caught the problem before the speaker started', () => {
    const text =
      'Not my service. Billing caught the wrong totals at month close. Read the invoice code end to end. Reproduced it with one invoice. ' +
      'Wrote a property test. Moved the rounding to the total. Reissued the invoices. Added a check to the nightly run. ' +
      'The billing lead asked twice if it could wait, and finance wanted a list of affected invoices, so I wrote the query for that too.';
    expect(collab(text).hero).toBe(true);
  });

  it('reads a keyword in capitals and a tool set beside the speaker as no partner', () => {
    expect(
      collab('So a worker pulls a batch with SKIP LOCKED and releases the row.').partners,
    ).toEqual([]);
    expect(collab("The exporter is Elixir, and I'm a Go person.").partners).toEqual([]);
    expect(collab('Leila and I rewrote the exporter in a week.').partners).toHaveLength(1);
  });
});
