import { describe, expect, it } from 'vitest';
import { flagsPhrase } from './helpers';

/** The role a vague-looking phrase plays in the story decides whether it is a claim left vague. */
describe('vague: the role of the phrase in the story', () => {
  it('does not flag the cost of a choice as a result', () => {
    const text =
      'Our search cluster kept timing out at peak. I had to pick an engine for the new index. ' +
      'I picked Postgres full text instead of Elasticsearch, and the downside was that typo ' +
      'matching got worse. It is one less system to run.';
    expect(flagsPhrase(text, 'vague', 'got worse')).toBe(false);
    const tradeoff =
      'Billing reports were slow. I owned the fix. I split the ledger per region; the tradeoff ' +
      'is that global reports got slower, and finance agreed to run them overnight.';
    expect(flagsPhrase(tradeoff, 'vague', 'got slower')).toBe(false);
  });

  it('still flags the same comparison told as the result', () => {
    const text =
      'Our search cluster kept timing out at peak. I had to pick an engine for the new index. ' +
      'I moved the index to Postgres full text. After that, typo matching got worse.';
    expect(flagsPhrase(text, 'vague', 'got worse')).toBe(true);
  });

  it('does not flag a comparison that carries its own figure', () => {
    const text =
      'We ran the encoders on reserved boxes. I moved them to spot nodes in March, and spot ' +
      'pricing made it $900 a month cheaper.';
    expect(flagsPhrase(text, 'vague', 'cheaper')).toBe(false);
    const estimate =
      'The estimate was four weeks. My job was to plan it. When I broke the work down, it was ' +
      'closer to seven, so I cut the admin screens.';
    expect(flagsPhrase(estimate, 'vague', 'closer')).toBe(false);
  });

  it('does not count a head count as the figure of a claim', () => {
    const text =
      'Two teams fought over the schema. I set up a weekly review. Support was happy, and it ' +
      'also improved the trust between the two teams quite a bit.';
    expect(flagsPhrase(text, 'vague', 'improved the trust')).toBe(true);
  });

  it("does not flag an unnamed set in another party's act the speaker was not told about", () => {
    const text =
      'Checkout went down on a Friday. It turned out the storage team had pushed some config ' +
      'tweaks without a ticket. I rolled the config back and added a check in CI.';
    expect(flagsPhrase(text, 'vague', 'some config tweaks')).toBe(false);
    const developer =
      'The report page took a minute to load. I traced the slow endpoint first. The old ' +
      'contractor had written some odd queries, and I rewrote them as one join with an index.';
    expect(flagsPhrase(developer, 'vague', 'some odd queries')).toBe(false);
  });

  it("still flags the speaker's own unnamed set", () => {
    const text =
      'Checkout went down on a Friday. I was on call. I pushed some config tweaks and then I ' +
      'restarted the pods.';
    expect(flagsPhrase(text, 'vague', 'some config tweaks')).toBe(true);
  });

  it('does not flag an amount that describes what a thing does', () => {
    const text =
      'Our image resizer kept getting OOM killed. The old workers were holding a lot of ' +
      'decoded frames in memory, so I switched them to streaming the tiles.';
    expect(flagsPhrase(text, 'vague', 'a lot of decoded frames')).toBe(false);
    const which =
      'The deploy pipeline was flaky. I added a dashboard of the stage timings, which saved us ' +
      'a ton of digging, and then I split the slow stage.';
    expect(flagsPhrase(which, 'vague', 'a ton of digging')).toBe(false);
  });

  it("still flags an amount of the speaker's work or of trouble", () => {
    const text =
      'Our image resizer kept getting OOM killed. I was on call. We tried a bunch of things ' +
      'and then there were a lot of issues with the new workers.';
    expect(flagsPhrase(text, 'vague', 'a bunch of things')).toBe(true);
    expect(flagsPhrase(text, 'vague', 'a lot of issues')).toBe(true);
  });

  it('does not flag a deliberation that names its options or where it landed', () => {
    const text =
      'We needed a job runner for exports. I owned the choice. I went back and forth between ' +
      'Sidekiq and a plain cron, and picked Sidekiq for the retries.';
    expect(flagsPhrase(text, 'vague', 'went back and forth')).toBe(false);
  });

  it('does not flag what was found when a clause follows "found that"', () => {
    const text =
      'Checkout calls to pricing stalled for minutes. I was on call. I checked the pool metrics ' +
      'first. So I read through the client wrapper and found that when a pricing pod got ' +
      'rescheduled, the wrapper kept the old address.';
    expect(flagsPhrase(text, 'vague', 'found that')).toBe(false);
  });

  it("does not flag the speaker's judgement of a cost", () => {
    const text =
      'Jobs were lost on every deploy. I owned the workers. I made shutdown wait for running ' +
      'jobs; deploys take longer now, and we decided that was worth it. Lost jobs went to zero.';
    expect(flagsPhrase(text, 'vague', 'worth it')).toBe(false);
  });

  it('does not let a count of other things size vague trouble', () => {
    const text =
      'Our cron jobs kept failing silently. I led the move to Airflow. We ported the first ' +
      'thirty jobs and hit a lot of issues, so I paused the migration.';
    expect(flagsPhrase(text, 'vague', 'a lot of issues')).toBe(true);
    const sized =
      'Our cron jobs kept failing silently. I led the move to Airflow. We hit a lot of errors, ' +
      'about 400 a night, so I paused the migration.';
    expect(flagsPhrase(sized, 'vague', 'a lot of errors')).toBe(false);
  });

  it('does not flag a mechanism or a backstory as a result', () => {
    const scales =
      'Renders failed at random. I owned the PDF service. I restarted the pool and watched it. ' +
      'After that memory grew with every render until the OOM killer took the process.';
    expect(flagsPhrase(scales, 'vague', 'grew')).toBe(false);
    const backstory =
      'Our encoders ran on reserved boxes. I had to decide whether to move them. That setup had ' +
      'been reliable for two years, so I priced the move first.';
    expect(flagsPhrase(backstory, 'vague', 'reliable')).toBe(false);
  });
});
