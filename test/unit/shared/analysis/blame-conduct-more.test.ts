import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('blame: conduct, handed-down work and remarks, in new phrasings', () => {
  it('flags what a party did to the speaker or left undone', () => {
    const cases: [string, string][] = [
      ['procurement takes ages to approve a single licence', 'takes ages'],
      ['compliance stalled us for a month over one field name', 'stalled us'],
      ['the agency dumped the whole redesign on us the week before launch', 'dumped'],
      ['the directors didn’t want to listen to any of it', 'want to listen'],
      ['the vendor’s developers didn’t know their own API', 'their own API'],
      ['I flagged it twice and they merged it anyway', 'merged it anyway'],
      ['our account manager basically vanished after the contract was signed', 'vanished'],
      ['the outsourced team rushed the release out on a Friday', 'rushed'],
      ['their release engineer was unreachable the entire weekend', 'unreachable'],
      ['the payments partner silently changed the callback format', 'silently'],
      ['the requirements doc we got was useless', 'useless'],
      ['I spent a month cleaning up after the previous vendor', 'cleaning up after'],
      ['it was their config push that broke checkout, not our deploy', 'their config push'],
      ['the data team reran every job twice, which was absurd', 'which was absurd'],
      ['honestly the roadmap was pure politics', 'politics'],
      ['That outage wasn’t really anything I could have prevented.', 'anything I could have'],
      ['the architecture board decided over our heads', 'over our heads'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('leaves the same verbs told neutrally alone', () => {
    for (const text of [
      'infra takes about a day to provision a new cluster',
      'the vendor rushed to help when the alert fired',
      'the errors vanished once the pool size went up',
      'the support team escalated it as a sev one, which was the right call',
      'it was a technical decision about consistency versus latency',
      'the spec we got was detailed and clear',
      'it was our migration that took down prod, and I owned the fix',
      'that’s how the data team works, they batch requests weekly',
      'they dumped the old table after the backfill finished',
      'I told them it might break, so they added a feature flag',
      'It was something I should have caught in review.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags help withheld, work left waiting, habits and idioms of conduct', () => {
    const cases: [string, string][] = [
      ['our migration got vetoed yet again by the architecture council', 'vetoed'],
      ['we had no answers from the hosting provider for three days', 'no answers'],
      ['the incident report sat in the SRE team’s inbox for two weeks', 'sat in'],
      ['their PM isn’t giving us any dates', 'giving us'],
      ['nobody is replying from the partner side', 'replying'],
      ['as per usual the finance team was late with the numbers', 'late'],
      ['the plan I was handed was fantasy from day one', 'fantasy'],
      ['our director took the credit for the whole launch', 'took the credit'],
      ['the integrator was stringing us along the entire quarter', 'stringing us along'],
      ['nobody over there lifted a finger', 'lifted a finger'],
      ['the hosting team let the domain lapse', 'let the domain lapse'],
      ['the old vendor lied to us about the SLA', 'lied to us'],
      ['the whole department was honestly toxic', 'toxic'],
      ['and of course they always do that', 'always do that'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'the ticket sat in the backlog for a month until I picked it up',
      'we got plenty of support from the vendor',
      'the request was prioritized by the platform team within a day',
      'the estimate we were handed was six weeks and we hit it',
      'as usual, the data team sent the report on Monday',
      'they always do this kind of review before a launch',
      'the vendor was lying low during the holidays, so I used the sandbox',
      'the merchants got paid a day late, so I added a reconciliation alert',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });
});

describe('blame in transcripts without stops', () => {
  it('starts a new clause where a run-on changes subject', () => {
    const text =
      'i patched the pool more or less actually the fault is really with the vendor we only configured it the way their guide said';
    expect(flagsPhrase(text, 'blame', 'fault is really with the vendor'), text).toBe(true);
    expect(flagsPhrase(text, 'blame', 'their guide said'), text).toBe(true);
    // The speaker's own repair before the run-on is not part of the blame.
    expect(flagsPhrase(text, 'blame', 'i patched the pool'), text).toBe(false);
  });

  it('keeps a relative clause with its noun', () => {
    expect(flagged('the dashboard we built was slow at first so I added caching', 'blame')).toEqual(
      [],
    );
  });
});

describe('blame in non-native and conversational phrasings', () => {
  it('flags them', () => {
    const cases: [string, string][] = [
      ['the QA team is not test properly before release', 'not test'],
      ['is the responsibility of platform team, not mine', 'responsibility'],
      ['the product owner cannot decide what he want', 'cannot decide'],
      ['they are always blaming us for everything', 'blaming us'],
      ['the devops guy forget to renew the certificate', 'forget to renew'],
      ['the senior engineer was not helping, only criticizing', 'not helping'],
      ['the pm was like super vague about everything', 'vague'],
      ['honestly the whole data team was kind of checked out', 'checked out'],
      ['they were basically making it up as they went', 'making it up'],
      ['my old manager was a micromanager', 'micromanager'],
      ['the designers handed us screens that couldn’t be built', 'couldn’t be built'],
      ['the reviewers kept asking for new things every round', 'kept asking for new'],
      ['the architecture group shot it down in five minutes', 'shot it down'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'they sent us a build that didn’t need the old flag',
      'my manager was more interested in the tradeoffs than the dates',
      'we checked out the release branch and rebuilt it',
      'the platform team handed us a schema that covered every case',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('flags a party that never grasped the work, and leaves "get" as receiving alone', () => {
    expect(
      flagsPhrase('The new lead didn’t really get how the retries worked.', 'blame', 'get how'),
    ).toBe(true);
    expect(
      flagsPhrase(
        'Honestly the auditor did not understand containers at all.',
        'blame',
        'understand',
      ),
    ).toBe(true);
    for (const text of ['They didn’t get the ticket until Monday.', 'I didn’t get it at first.'])
      expect(flagged(text, 'blame'), text).toEqual([]);
  });
});
