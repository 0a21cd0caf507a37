import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

const SETUP = 'Last year I was on the billing team and our invoices were going out late. ';

describe('we-ownership rule', () => {
  it('flags "we" as the subject of key actions in the action part', () => {
    const text = `${SETUP}My job was to fix that. We profiled the job and we rewrote the aggregation in SQL. Then we rolled it out behind a flag. Invoices went out on time after that, and I learned to profile first.`;
    const found = flagged(text, 'we-ownership');
    expect(found).toContain('We profiled');
    expect(found).toContain('we rewrote');
  });

  it('leaves "we" in the situation, in results with numbers and after the speaker’s own action', () => {
    expect(
      flagged(
        'We had a payments service in Go that handled 2,000 requests per second.',
        'we-ownership',
      ),
    ).toEqual([]);
    const afterI = `${SETUP}I wrote the migration script and then we ran it together on a Sunday. It finished in 40 minutes.`;
    expect(flagged(afterI, 'we-ownership')).toEqual([]);
    const result = `${SETUP}I rewrote the query planner hints. In the end we cut p99 from 800 ms to 120 ms. I learned a lot.`;
    expect(flagged(result, 'we-ownership')).toEqual([]);
  });

  it('leaves talking verbs and relative clauses alone', () => {
    const text = `${SETUP}We agreed on a plan and we discussed it with finance. The tool we built is still in use.`;
    expect(flagged(text, 'we-ownership')).toEqual([]);
  });

  it('reads "ended up + -ing" as the step, and leaves discussions and dated milestones alone', () => {
    const endedUp = `${SETUP}My job was to fix that. We profiled it and we ended up rewriting the exporter in Go.`;
    expect(flagged(endedUp, 'we-ownership')).toContain('we ended up rewriting');
    const steps = `${SETUP}My job was to fix that. We profiled the exporter and we rewrote the batching. We went back and forth on the batch size for a week, and we walked through the numbers with finance. We launched on the fourth of March, which we accepted as a small slip.`;
    expect(flagged(steps, 'we-ownership')).toEqual(['We profiled', 'we rewrote']);
  });

  it('reads a transcript without stops by distance, not by sentence', () => {
    const runOn =
      'so this was at a ticketing company and every big on sale would melt the checkout service and my job that quarter was to make it survive a stadium tour on sale so i pulled the traces from the last one and the time was going into seat holds in postgres and the payment calls and a lot of retries from the clients hammering the api over and over for the same seats and then the marketing team told us the next one would be twice as big so we moved the seat holds into redis with a ttl and we put a waiting room in front of checkout';
    expect(flagged(runOn, 'we-ownership')).toEqual(['we moved', 'we put']);
  });

  describe('whether the speaker has said what they did', () => {
    const TASK = `${SETUP}My job was to get them out on time. `;

    it('does not count a duty, a background clause, a call or a proposal as the speaker’s step', () => {
      const duty =
        'so the import kept crashing at night and i had to find out why and we traced it to the connection pool and we doubled it';
      expect(flagged(duty, 'we-ownership')).toContain('we traced');
      const background = `${TASK}When I came back from lunch we rewrote the retry logic.`;
      expect(flagged(background, 'we-ownership')).toContain('we rewrote');
      const call = `${TASK}I pulled everybody into a call and we dug through the worker logs.`;
      expect(flagged(call, 'we-ownership')).toContain('we dug through');
      const jumped =
        'my job was to get the site back so i jumped on a call with two people from infra and we purged the cdn cache';
      expect(flagged(jumped, 'we-ownership')).toContain('we purged');
      const proposal = `${TASK}I wrote a short proposal for the product lead and then we built the batch exporter over two sprints.`;
      expect(flagged(proposal, 'we-ownership')).toContain('we built');
      const generic = `${TASK}I did my best with the time we had. We moved the aggregation into SQL.`;
      expect(flagged(generic, 'we-ownership')).toContain('We moved');
    });

    it('lets another party acting between the speaker’s step and the "we" break the cover', () => {
      const runOn =
        'my job was to make the invoices go out on time so i deployed the new pool config and the cache nodes started evicting everything so we reverted it';
      expect(flagged(runOn, 'we-ownership')).toContain('we reverted');
      const named = `${TASK}I split the job by customer region. Priya took the plan to finance, and they signed off the week after. We migrated the old invoices over the weekend.`;
      expect(flagged(named, 'we-ownership')).toContain('We migrated');
    });

    it('keeps the cover through a state, a review of the speaker’s work or a chain of the speaker’s verbs', () => {
      const state = `${TASK}I added the missing index, the dashboards were green again, and we rolled it out to all regions.`;
      expect(flagged(state, 'we-ownership')).toEqual([]);
      const outcome = `${TASK}I rewrote the handler and latency dropped. We shipped it to everyone the next day.`;
      expect(flagged(outcome, 'we-ownership')).toEqual([]);
      const review = `${TASK}I wrote the fix myself, Tomas reviewed it and we deployed it on Monday.`;
      expect(flagged(review, 'we-ownership')).toEqual([]);
      const chain = `${TASK}I changed the retry policy so clients back off on errors, raised the timeout for the batch endpoints to thirty seconds and switched the pool to lazy connections. We also made the job idempotent.`;
      expect(flagged(chain, 'we-ownership')).toEqual([]);
    });

    it('reads talk with a named partner as "we" meaning the two of them', () => {
      const terse = `${TASK}Sat with our PM for an hour. I walked her through the numbers and we cut two reports from the release.`;
      expect(flagged(terse, 'we-ownership')).toEqual([]);
      const nonNative = `${TASK}I talk with my manager first. I explained him the risk and we decided to delay the feature one week.`;
      expect(flagged(nonNative, 'we-ownership')).toEqual([]);
    });
  });

  describe('which team verbs are steps', () => {
    const TASK = `${SETUP}My job was to get them out on time. I profiled the exporter. `;

    it('leaves showing, accepting, time spent, movement and what came back alone', () => {
      for (const line of [
        'After that we showed it to the sales team at the quarterly demo.',
        'The cost was a second copy of the data, and we accepted that.',
        'After that we spent three months on it.',
        'The product lead stopped it, and we went back to the old version.',
        'After that we got far fewer support tickets.',
        'That was also the month we moved offices.',
        'After that we signed two more enterprise customers.',
      ])
        expect(
          flagged(TASK + 'Then the finance team asked for more. ' + line, 'we-ownership'),
        ).toEqual([]);
    });

    it('flags a choice made with "went" and time spent on named work', () => {
      const choice = `${TASK}Then the finance team asked for more. so we went ahead with the rewrite anyway`;
      expect(flagged(choice, 'we-ownership')).toContain('we went ahead with');
      const spent = `${TASK}Then the finance team asked for more. We spent two weeks rewriting the exporter.`;
      expect(flagged(spent, 'we-ownership')).toContain('We spent');
    });

    it('takes a measure only from the "we" clause itself', () => {
      const runOn =
        'my job was to make search fast again so we added a cache in front of the top queries and tuned the shard count and a few other bits and p95 went from 900 ms to 200 ms';
      expect(flagged(runOn, 'we-ownership')).toContain('we added');
      const measured = `${TASK}Then the finance team asked for more. On the big day we processed 5,000 invoices a minute.`;
      expect(flagged(measured, 'we-ownership')).toEqual([]);
      const clock = `${TASK}Then the finance team asked for more. We rebuilt the exporter over the next three weeks.`;
      expect(flagged(clock, 'we-ownership')).toContain('We rebuilt');
    });

    it('reads an amount before "we" as an antecedent, but not a time said before the clause', () => {
      const antecedent = `${TASK}I batched the writes. At peak it held 9,000 rows a second, up from 1,200 a second we started at.`;
      expect(flagged(antecedent, 'we-ownership')).toEqual([]);
      const time = `${TASK}Then the finance team asked for more. for three months we rewrote the exporter piece by piece`;
      expect(flagged(time, 'we-ownership')).toContain('we rewrote');
    });

    it('reads "the number we started with" as a relative clause', () => {
      const text = `${TASK}I batched the queries. After the change the run took ten minutes, down from the two hours we started with.`;
      expect(flagged(text, 'we-ownership')).toEqual([]);
    });
  });

  describe('unclear "I" steps, the task part and a story told in the present', () => {
    it('does not let a blurred or unclear "I" step cover the team', () => {
      const hedged = `${SETUP}My job was to fix that. I kind of handled the API side and we rewrote the scheduler.`;
      expect(flagged(hedged, 'we-ownership')).toContain('we rewrote');
      const sorted =
        'so the queue backed up on friday night and i was on call so i sorted it out and we restarted the consumers';
      expect(flagged(sorted, 'we-ownership')).toContain('we restarted');
      const question = `${SETUP}My job was to fix that. Nobody told me the table was shared, so how was I supposed to know? We rolled the change back.`;
      expect(flagged(question, 'we-ownership')).toContain('We rolled');
    });

    it('still lets "I went through" and "I went with" cover the team', () => {
      const text = `${SETUP}My job was to fix that. I went through the backlog with our PM, Grace, and we dropped two reports from the release.`;
      expect(flagged(text, 'we-ownership')).toEqual([]);
    });

    it('flags a finished team step right after the task, but not what started happening', () => {
      const task =
        'we had a slow reporting page and my lead asked me to look into it so first we tuned the indexes and we bumped the instance size';
      expect(flagged(task, 'we-ownership')).toContain('we tuned');
      const symptom = `${SETUP}In March we started seeing timeouts on the nightly run.`;
      expect(flagged(symptom, 'we-ownership')).toEqual([]);
    });

    it('reads a non-native story told in the present as steps', () => {
      const text =
        'Normal traffic was around 2,000 requests per second. My task was to prepare the tracking API for Black Friday. First we make a load test with k6, and the service died at around 5,000 requests per second. I added a cache and it held 20,000.';
      expect(flagged(text, 'we-ownership')).toContain('we make');
      const habit = `${SETUP}We deploy twice a day and we use feature flags for everything.`;
      expect(flagged(habit, 'we-ownership')).toEqual([]);
    });
  });

  describe('what covers a team step, by structure', () => {
    const TASK =
      'At a game studio our matchmaking queue stalled every evening. My job was to make it hold. ';

    it('does not take a step told in an announced aside as the speaker’s part, nor flag one', () => {
      const aside = `${TASK}Funny enough, I painted my whole kitchen that week. We swapped the broker for a managed one.`;
      expect(flagged(aside, 'we-ownership')).toEqual(['We swapped']);
      const life = `${TASK}I sharded the queue by region. By the way, that was the summer we renovated the flat, so I slept badly.`;
      expect(flagged(life, 'we-ownership')).toEqual([]);
    });

    it('does not let a step put in doubt, a group joined to the speaker or a free relative cover the team', () => {
      const belief = `${TASK}I guess I bumped the worker count. We rebuilt the retry queue after that.`;
      expect(flagged(belief, 'we-ownership')).toContain('We rebuilt');
      const plain = `${TASK}I bumped the worker count. We rebuilt the retry queue after that.`;
      expect(flagged(plain, 'we-ownership')).toEqual([]);
      // One partner joined to the speaker acting is a step of theirs together (taxonomy).
      const joint = `${TASK}My teammate Oskar and I paired on it, and we replaced the cron with a stream processor.`;
      expect(flagged(joint, 'we-ownership')).toEqual([]);
      const groupActs = `${TASK}I dumped the heap and found the leak. The on-call crew and I cleaned it up from there, and we rewrote the eviction.`;
      expect(flagged(groupActs, 'we-ownership')).toContain('we rewrote');
      const twoClauses = `${TASK}I was the on-call engineer and I restarted the broker, and we drained the backlog.`;
      expect(flagged(twoClauses, 'we-ownership')).toEqual([]);
      const freeRelative = `${TASK}The new alarm mattered more than anything I configured. We moved the scoring into a sidecar.`;
      expect(flagged(freeRelative, 'we-ownership')).toContain('We moved');
    });

    it('lets another party refusing or busy with their own thing break the cover', () => {
      const refused = `${TASK}I asked the art director for smaller textures, but she was not listening, and we compressed the bundles anyway.`;
      expect(flagged(refused, 'we-ownership')).toContain('we compressed');
      const busy = `${TASK}I cut the texture sizes in half. Meanwhile she was rebuilding the lobby, and we compressed the bundles.`;
      expect(flagged(busy, 'we-ownership')).toContain('we compressed');
      const agreed = `${TASK}I asked the art director for smaller textures. She agreed, and we compressed the bundles.`;
      expect(flagged(agreed, 'we-ownership')).toEqual([]);
    });

    it('reads proposing as talk, and a share of the work told beside another’s as a step', () => {
      const proposed = `${TASK}I proposed putting the assets behind a CDN and we migrated them over a weekend.`;
      expect(flagged(proposed, 'we-ownership')).toContain('we migrated');
      const done = `${TASK}I put the assets behind a CDN and we migrated the old buckets over a weekend.`;
      expect(flagged(done, 'we-ownership')).toEqual([]);
      const share = `${TASK}Marta rebuilt the dashboards while I rewrote the importer, and we deleted the old tables.`;
      expect(flagged(share, 'we-ownership')).toEqual([]);
    });

    it('does not count writing into a document, and lets others’ ideas or a failure of the speaker’s break the cover', () => {
      const doc = `${TASK}I wrote the three options into a short design doc and we built the second one.`;
      expect(flagged(doc, 'we-ownership')).toContain('we built');
      const ideas = `${TASK}I rewrote the PDF step, then the team had some suggestions for the rest, so we cached the templates.`;
      expect(flagged(ideas, 'we-ownership')).toContain('we cached');
      const discussion = `${TASK}I rewrote the PDF step. There was a long debate about retries and we added a dead letter queue.`;
      expect(flagged(discussion, 'we-ownership')).toContain('we added');
      const missed = `${TASK}I rewrote the PDF step, but I overlooked the retry path and we patched it on Friday.`;
      expect(flagged(missed, 'we-ownership')).toContain('we patched');
      // The speaker's own idea, and a plain step after a document, still cover.
      for (const line of [
        'I rewrote the PDF step, I had an idea for the templates and we cached them in Redis.',
        'I wrote the cache layer in a day and we shipped it behind a flag.',
      ])
        expect(flagged(TASK + line, 'we-ownership')).toEqual([]);
    });

    it('reads a topic set before the "we" as another piece of the work', () => {
      const topic = `${TASK}I rewrote the PDF step in Rust. For the email attachments, we reused the old mailer queue.`;
      expect(flagged(topic, 'we-ownership')).toContain('we reused');
      const same = `${TASK}I rewrote the PDF step in Rust. On Monday morning, we rolled it out to every region.`;
      expect(flagged(same, 'we-ownership')).toEqual([]);
    });

    it('does not count a role over the work as the speaker’s step, but reads a colon after it as detail', () => {
      for (const role of [
        'I led the effort',
        'I oversaw the whole thing',
        'I kicked off the project',
      ])
        expect(
          flagged(
            `${TASK}${role} and we moved the PDF rendering to a worker pool.`,
            'we-ownership',
          ),
        ).toContain('we moved');
      const partner = `${TASK}I coordinated with the print vendor and we moved the PDF rendering to a worker pool.`;
      expect(flagged(partner, 'we-ownership')).toEqual([]);
      const detail = `${TASK}I drove two changes: we moved the PDF rendering to a worker pool and cached the fonts.`;
      expect(flagged(detail, 'we-ownership')).toEqual([]);
    });

    it('does not count a blurred step, persisting, a thought or a matter handed on as the speaker’s step', () => {
      const blurred = `${TASK}I made the whole thing quicker and we moved the PDF rendering to a worker pool.`;
      expect(flagged(blurred, 'we-ownership')).toContain('we moved');
      const blurredIt = `${TASK}I got it working again, and we split the export into daily files.`;
      expect(flagged(blurredIt, 'we-ownership')).toContain('we split');
      const persisting = `${TASK}I kept nagging, and we eventually swapped the cron job for a queue.`;
      expect(flagged(persisting, 'we-ownership')).toContain('we eventually swapped');
      const thought = `${TASK}I reckoned nobody would notice a day of delay and we rebuilt the scheduler.`;
      expect(flagged(thought, 'we-ownership')).toContain('we rebuilt');
      const handedOn = `${TASK}I flagged it to our architect and we replaced the ORM call with raw SQL.`;
      expect(flagged(handedOn, 'we-ownership')).toContain('we replaced');
      const escalated = `${TASK}I escalated to the director, and we added a retry queue in front of the mailer.`;
      expect(flagged(escalated, 'we-ownership')).toContain('we added');
      // A concrete step still covers: a causative with a how, finding out the cause, a setting raised.
      for (const line of [
        'I made the exporter stream rows instead of loading them, and we rolled it out on Monday.',
        'I figured out that the pool was too small, and we doubled it.',
        'I raised the pool size to fifty and we redeployed the workers.',
      ])
        expect(flagged(TASK + line, 'we-ownership')).toEqual([]);
    });
  });

  describe('which "we" clauses are steps, by structure', () => {
    const TASK =
      'At a game studio our matchmaking queue stalled every evening. My job was to make it hold. I traced the stalls to lock waits. ';

    it('reads a time noun or a free relative before "we" as a relative clause', () => {
      const when = `${TASK}Then the platform lead left the company the week we started the rewrite.`;
      expect(flagged(when, 'we-ownership')).toEqual([]);
      const whatever = `${TASK}Then the studio changed its plans, and whatever we chose had to ship by June.`;
      expect(flagged(whatever, 'we-ownership')).toEqual([]);
      const opener = `${TASK}Then the platform lead left. The next morning we rebuilt the lock table.`;
      expect(flagged(opener, 'we-ownership')).toContain('we rebuilt');
      const point = `${TASK}Then the platform lead left, and i mean at some point we switched the parser to streaming.`;
      expect(flagged(point, 'we-ownership')).toContain('we switched');
    });

    it('leaves milestones against the schedule, agreements and avoided costs alone', () => {
      for (const line of [
        'We released the new client two days early.',
        'We delivered the patch a week ahead of the tournament.',
        'After a long review we settled on a compromise.',
        'With the new queue we avoided a second cluster.',
        'We did a lot of work on it over the winter.',
      ])
        expect(flagged(TASK + 'Then the platform lead left. ' + line, 'we-ownership')).toEqual([]);
    });

    it('reads where a system runs as no step', () => {
      const hosted = `${TASK}Then the platform lead left. We ran the matchmaker on about forty pods.`;
      expect(flagged(hosted, 'we-ownership')).toEqual([]);
      const test = `${TASK}Then the platform lead left. We ran a soak test against staging.`;
      expect(flagged(test, 'we-ownership')).toContain('We ran');
    });

    it('reads a present step joined to a past team step as a slip of tense', () => {
      const slip = `${TASK}Then the platform lead left. We pick a queue library and we wrapped it in our client.`;
      expect(flagged(slip, 'we-ownership')).toContain('We pick');
    });

    it('reads "ended up" + a compound verb as the step', () => {
      const text = `${TASK}Then the platform lead left, so we ended up rate limiting the partner studio.`;
      expect(flagged(text, 'we-ownership')).toContain('we ended up rate limiting');
    });

    it('takes a measure from the "we" clause, not from the next one, and not a setting', () => {
      const runOn =
        'our matchmaking queue stalled every evening and my job was to make it hold and in the end we restarted the brokers and queue depth went from 40,000 to zero';
      expect(flagged(runOn, 'we-ownership')).toContain('we restarted');
      const setting = `${TASK}Then the platform lead left. In the end we lowered the session timeout to ten minutes, and the evening stalls went from nine a week to zero.`;
      expect(flagged(setting, 'we-ownership')).toContain('we lowered');
    });

    it('reads receiving, learning of it, waiting and a cost saved as no step', () => {
      for (const line of [
        'Then the platform lead left. After two weeks we got the green light from compliance.',
        'Then the platform lead left. We only found out when a customer emailed the CEO.',
        'Then the platform lead left. For a day we sat and stared at flame graphs.',
        'Then the platform lead left. We waited for the vendor to reply.',
        'Then the platform lead left. Eventually we landed on a nightly batch.',
        'Then the platform lead left. That month we saved a good chunk of the cloud bill.',
        'Then the platform lead left. The manual fixes were the ones we did on the weekend.',
        'Then the platform lead left. We reached out to the broker vendor and looped in security.',
        'Then the platform lead left. We heard back a week later and received a patched build.',
        'Then the platform lead left. At first we figured the broker was just slow.',
        'Then the platform lead left. We missed the first deadline by a week.',
        'Then the platform lead left. We kept hitting the same lock timeouts.',
        'Then the platform lead left. We lived with the stalls for another month.',
        'Then the platform lead left. It was bad and we took a while to find it.',
      ])
        expect(flagged(TASK + line, 'we-ownership')).toEqual([]);
      const figured = `${TASK}Then the platform lead left. We figured out the broker was dropping acks.`;
      expect(flagged(figured, 'we-ownership')).toContain('We figured out');
      const kept = `${TASK}Then the platform lead left. We kept tuning the pool for a week.`;
      expect(flagged(kept, 'we-ownership')).toContain('We kept');
      const got = `${TASK}Then the platform lead left. We got the partner feed deduplicated by order id.`;
      expect(flagged(got, 'we-ownership')).toContain('We got');
    });

    it('reads a noun before "we" in a run-on as a clause break when the verb has its own object', () => {
      const runOn =
        'my job was to keep the release on track and the vendor sandbox was down all morning which was a total mess we pointed the tests at a local stub';
      expect(flagged(runOn, 'we-ownership')).toContain('we pointed');
      for (const line of [
        'Then the platform lead left. That was the reason we rebuilt it from scratch.',
        'Then the platform lead left. The scheduler we inherited was fine.',
      ])
        expect(flagged(TASK + line, 'we-ownership')).toEqual([]);
    });

    it('leaves a question and a release dated a few words on alone', () => {
      const question = `${TASK}Then the platform lead left. How were we supposed to know the broker was shared?`;
      expect(flagged(question, 'we-ownership')).toEqual([]);
      const dated = `${TASK}Then the platform lead left. We shipped the new matchmaker service in October.`;
      expect(flagged(dated, 'we-ownership')).toEqual([]);
    });

    it('takes no measure from a later clause whose subject is a pronoun', () => {
      const runOn =
        'my job was to get checkout through the sale and we moved the workers onto bigger machines and on the day it served 9,000 orders an hour';
      expect(flagged(runOn, 'we-ownership')).toContain('we moved');
    });

    it('reads a "we" clause after a colon that closes a finding as how the system worked', () => {
      const finding = `${TASK}Then the platform lead left. The profile showed where the time went: we serialised every lobby twice per tick.`;
      expect(flagged(finding, 'we-ownership')).toEqual([]);
      const plan = `${TASK}Then the platform lead left. We agreed on two changes: we sharded the lobby table by region.`;
      expect(flagged(plan, 'we-ownership')).toContain('we sharded');
    });

    it('reads a measure that is the step’s object as a result', () => {
      const refunded = `${TASK}Then the platform lead left. We refunded 3,200 customers the same week.`;
      expect(flagged(refunded, 'we-ownership')).toEqual([]);
    });
  });
});
