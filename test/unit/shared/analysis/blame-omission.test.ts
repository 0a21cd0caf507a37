import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('blame: omissions, judgements of work, demands and denials', () => {
  it('flags another party not doing what was expected of them', () => {
    const cases: [string, string][] = [
      ['The primary never acknowledged the alert, so I got woken up.', 'never acknowledged'],
      ['The secondary didn’t pick up the escalation that night.', 'pick up'],
      ['Legal only got back to us the following week.', 'only got back'],
      ['Nobody else on the rotation took the page.', 'Nobody else on the rotation'],
      ['The launch date was set without even checking with us.', 'without even checking'],
      [
        'The budget was signed off by the finance team without anyone reading the capacity plan.',
        'without anyone reading',
      ],
      ['The CTO changed the target architecture every quarter.', 'every quarter'],
      ['Half the time they were just watching the dashboard and waiting for me.', 'just watching'],
      ['Ops said yes in every meeting and then did nothing.', 'did nothing'],
      ['The business folks couldn’t explain what a good result looked like.', 'explain'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('leaves neutral facts about others and initiative alone', () => {
    for (const text of [
      'Three other teams picked up the linter without me asking.',
      'The mobile squads started using the template without being asked.',
      'My manager only asked for an update on Thursdays, so I had room to experiment.',
      'The analytics teams kept using their old notebooks for a while.',
      'Nobody had a list of which services actually called the endpoint.',
      'Nobody outside the platform group noticed anything had moved.',
      'Our payments partner, Stripe, had a rough afternoon during the outage.',
      'The ledger module, which nobody on the present team had opened in years, was mine now.',
      'The idea is to make the other team’s latency visible on their own dashboard.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags a judgement of another party’s work', () => {
    const cases: [string, string][] = [
      ['The consultants who built the importer left us a real mess.', 'left us a real mess'],
      ['The engineer who owned it before me had left no runbook at all.', 'no runbook'],
      ['The previous owners had configured the retries really poorly.', 'poorly'],
      ['The old team had left the billing job in a state.', 'in a state'],
      ['Finance gave us two sprints for a migration that needed a quarter.', 'two sprints'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'The replicas had failed over badly twice that month, so I added a health check.',
      'The manager gave us two sprints for the migration, and we finished in one.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags demands on others and denials of the speaker’s part', () => {
    const cases: [string, string][] = [
      [
        'If product wants predictable dates, they need to give us stable requirements.',
        'they need to',
      ],
      [
        'Management has to pick one priority and stop labelling everything critical.',
        'stop labelling',
      ],
      ['Who wrote that migration? Not me, for what it’s worth.', 'Not me'],
      ['Honestly there was only so much we could do with two people.', 'only so much'],
      ['We were just configuring it the way their docs said.', 'their docs said'],
      ['The fault was really with the hosting provider.', 'with the hosting provider'],
      ['It failed because they clearly hadn’t.', 'clearly hadn'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'They were not my team, so I asked their lead for an hour of her time.',
      'I just built what the support team asked for in the first version.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads a clause that goes on about a party, passives that skipped care, and duties handed over', () => {
    const cases: [string, string][] = [
      ['The data team had rotated the keys and didn’t warn a soul.', 'The data team had rotated'],
      [
        'The schema change got rushed through without any real testing.',
        'without any real testing',
      ],
      [
        'The release was approved without anyone from security even opening the diff.',
        'without anyone from security',
      ],
      ['Keeping the runbook current was their job, not ours.', 'their job'],
      ['The delay was the fault of the hardware supplier.', 'fault of the hardware supplier'],
      [
        'If the architects had only asked the on-call engineers, none of this happens.',
        'had only asked',
      ],
      ['The security team never set up any alerting on that bucket.', 'never set up'],
      ['Half the time their tech lead didn’t turn up to the sync.', 'turn up'],
      ['Sales will just blame engineering when the date slips again.', 'blame engineering'],
      [
        'The lesson for me is that other teams have to document their breaking changes.',
        'have to document',
      ],
      ['Staging should mirror production, and the infra folks certainly don’t.', 'certainly don'],
      ['so yeah, lovely deploy process they run over there.', 'lovely deploy process'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'The support lead forwarded every complaint, which, fine, that’s their job.',
      'The fix was rolled out without any downtime.',
      'Customers didn’t show up in the error logs after the fix.',
      'They have a great review process, so I asked them to look at mine.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });
});
