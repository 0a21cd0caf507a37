import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('blame rule', () => {
  it('flags failures pinned on other people in a defensive tone', () => {
    const cases: [string, string][] = [
      ['The outage happened because the infra team broke the load balancer config.', 'broke'],
      ['Honestly it was not my fault.', 'not my fault'],
      ['The PM kept changing the scope every sprint.', 'kept changing'],
      ['Nobody told us the API was deprecated.', 'Nobody told us'],
      ['The contractors never tested anything.', 'never tested'],
      ["Management wouldn't listen to our estimates.", 'listen'],
      ['QA should have caught the regression.', 'should have caught'],
      ['The data team dropped the ball on the backfill.', 'dropped the ball'],
      [
        'The platform team pushed a breaking change without telling anyone.',
        'without telling anyone',
      ],
      ["They didn't follow the runbook.", 'follow'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('does not flag a dependency failure the speaker then owns', () => {
    for (const text of [
      'The partner API started timing out, so I added a circuit breaker with a two second timeout.',
      'The vendor changed the payload format, so I wrote a contract test against recorded responses.',
      'Our database ran out of connections during the sale.',
      'I broke the build on my second day, and I fixed it within the hour.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads the agent and what the clause does to it, not phrases', () => {
    const cases: [string, string][] = [
      // judgements of another party's conduct or quality
      ['The security folks never reviewed our firewall request.', 'never reviewed'],
      ["Half of the frontend devs didn't even read the migration guide.", 'even read'],
      ['The vendor had no idea how their own webhook retries worked.', 'no idea'],
      ['Legal changed the consent wording three times in one month.', 'three times'],
      ['The architect just ignored the benchmark we sent him.', 'just ignored'],
      ["Some of the mobile teams really didn't want to touch anything.", 'touch anything'],
      ['Their support portal is a black hole.', 'black hole'],
      ["The vendor's account manager wasn't very responsive.", 'very responsive'],
      ['They shipped late again, which is just how the payments team works.', 'how the payments'],
      // faults pinned in passing, and denials of the speaker's part
      ['The data platform team altered the schema, without any review, as usual.', 'without any'],
      ['If QA had done their job, this would never have reached production.', 'done their job'],
      ['The root cause was the networking team, plain and simple.', 'networking team'],
      ["Honestly, the release calendar wasn't my call.", 'my call'],
      ['We lost a day on it, not really my responsibility though.', 'my responsibility'],
      ['I ended up spending the weekend cleaning up their mess.', 'their mess'],
      // kept in the dark, pressure, late or missing deliverables, a party named by what it made
      ['Nobody gave us a heads up about the quota change.', 'Nobody gave'],
      ["We weren't consulted on the schema change.", 'consulted'],
      ['Sales forced us to ship before the load test.', 'forced us'],
      ['The client dumped the new requirements on us at the last minute.', 'last minute'],
      ['The previous owners left no documentation at all.', 'no documentation'],
      ['The infra folks were too busy to look at our ticket.', 'too busy'],
      ['The DNS records were changed by the network team without any notice.', 'without any'],
      ["They didn't do their part of the migration.", 'their part'],
      ['The vendor kept us waiting for three weeks.', 'kept us waiting'],
      ["The other team's deploy took down our checkout.", 'took down'],
      // distrust, sneers and rhetorical questions about a party
      ["Lesson learned: you can't rely on contractors to write tests.", 'rely on'],
      ['Who deploys a schema change at 5 pm without telling the on-call?', 'without telling'],
      ['The agency vanished after launch. Not exactly a professional outfit.', 'Not exactly'],
      ['And honestly, design has to stop handing over mocks the night before.', 'has to stop'],
      ['Writing a runbook was apparently beneath them.', 'beneath them'],
      ['They renamed the bucket and of course nobody over there told us.', 'nobody over there'],
      // a party's deliverable that did harm, failure verbs, clefts, executors
      ['the billing team pushed a hotfix that locked the invoices table', 'billing team'],
      ['it was the release managers who forgot to bump the version', 'forgot'],
      ['the infra team wiped our staging secrets during the upgrade', 'wiped'],
      ['nobody on the identity team answered the page for two hours', 'answered'],
      ['the outage came down to careless work by the integrations team', 'careless work'],
      ['that team is understaffed and slow', 'slow'],
      ['I was just doing what my lead told me to do', 'what my lead told'],
      ['the contractors wrote hacky code and moved on', 'hacky code'],
      // transcripts without apostrophes, persistence, slowness, left-out subjects
      ['the old owners didnt care about tests at all', 'didnt care'],
      ['we werent told about the freeze', 'werent told'],
      ["i pinged the ops team twice and they still didn't fix the alert", 'still'],
      ['the dba team took forever to approve a new index', 'took forever'],
      ['leadership cut the budget halfway and then blamed us for the delay', 'blamed us'],
      ['the team before us cut corners everywhere', 'cut corners'],
      ['the vendor ghosted us for a week', 'ghosted'],
      ['the on call engineer from payments was not reachable', 'not reachable'],
      ['the reviewer approved it without really looking', 'without really looking'],
      ['he brushed it off and went back to his roadmap', 'brushed it off'],
      ["management didn't understand the system at all", 'understand'],
      ['no one took ownership of the flaky alerts', 'ownership'],
      ["honestly I wasn't the one who deployed it", 'the one who'],
      ['how was i supposed to know the flag was shared', 'supposed to know'],
      ['I guess the naming mess is on the platform team too', 'platform team'],
      ['they shipped the client with zero retry logic', 'zero retry'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('ends a blaming clause where a transcript without stops starts the next one', () => {
    const found = flagged(
      'nobody told us the cert was expiring it was friday night and i was on call so i renewed it by hand',
      'blame',
    );
    expect(found).toEqual(['nobody told us the cert was expiring']);
    const dummy = flagged(
      'the gateway dropped every request for an hour and honestly that one was on the network team',
      'blame',
    );
    expect(dummy).toEqual(['that one was on the network team']);
  });

  it('keeps a contrast or a remark with the clause it goes on from, as one span', () => {
    expect(flagged("honestly that one's on the vendor, not on us", 'blame')).toHaveLength(1);
    expect(flagged('In my defense, the reviewer signed it off too.', 'blame')).toEqual([
      'In my defense',
    ]);
    expect(flagged("In my defence, QA didn't catch it either.", 'blame')).toHaveLength(1);
    expect(
      flagged(
        'the billing team shipped it with no tests, which tells you how much they care',
        'blame',
      ),
    ).toHaveLength(1);
  });

  it('leaves neutral reports about other people alone', () => {
    for (const text of [
      'Nobody has complained about the page since the fix.',
      'Nobody in my team had used Terraform before, so I paired with Ana on it.',
      "Most users didn't even notice the switch to the new cluster.",
      'The infrastructure team decided that every service should use the shared cache.',
      'The workers just crashed again after the restart, so I added a dead letter queue.',
      'Support kept sending us screenshots of the error, which helped a lot.',
      'There was a designer on my team who wanted a different layout.',
      "The reviewer couldn't have known about the legacy IDs.",
      'Product and engineering need to plan launches together.',
      'The vendor never supported webhooks, so I built a poller.',
      'I had no say over their roadmap, so I wrote a proposal.',
      'The admin dashboard was slow, so I profiled the queries.',
      'The platform team gave us a quota bump within a day.',
      'We were told about the freeze two weeks ahead.',
      'The latency came from the heap, not the network calls we suspected.',
      'The security team has to approve every new IAM role.',
      'I asked who owns the billing cron, and Priya pointed me to the runbook.',
      'The nightly reports failed about twice a week, so I added retries with backoff.',
      'I just built what the support team asked for in the first version.',
      'The platform team helped us set up the new cluster.',
      'Marketing ran a campaign that tripled traffic.',
      'I told our account manager that the API might be two days late.',
      'legal took two weeks to review the contract, so I started on the sandbox.',
      'the sre team kept the old cluster running as a fallback',
      'they just wanted a simple csv export, so i built that first',
      'the vendor just released a fix last week',
      'the customers never noticed the migration',
      'the other team would deploy every friday, so we coordinated freezes',
      "the vendor's sdk broke on the new node version, so i pinned it",
      'my lead told me to focus on the api, so i did just what she told me',
      'the reviewer missed it, but honestly I should have written a test first',
      "the ops team didn't know about the new service yet, so i wrote a runbook",
      'I had no clue where to start, so I read the logs',
      'the team dropped the feature after the user tests',
      'the client changed their mind about the layout after seeing the prototype',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads denials of the speaker part, rhetorical questions, sarcasm and directed lessons', () => {
    const cases: [string, string][] = [
      // denials of one's part: possession, authorship, executor, nothing to be done
      ['Most of the services in that outage were not even ours.', 'even ours'],
      ['I walked into a mess that was not mine to begin with.', 'not mine'],
      ["It wasn't really my change that broke it.", 'my change'],
      ["I didn't pick that deadline, so I can't say what they were thinking.", 'pick that'],
      ['So what was I supposed to do, stay up all weekend?', 'supposed to'],
      ['I was just following the deploy checklist.', 'following'],
      ['I was just going off the spec the PM wrote.', 'going off'],
      ['There was nothing we could have done about it.', 'nothing we could'],
      ['so it was not on my hands', 'not on my hands'],
      ['The downtime was mostly the hosting provider.', 'hosting provider'],
      // rhetorical questions and sarcasm
      ['Honestly, who rolls out a DNS change during a sale?', 'who rolls out'],
      ['How is anyone supposed to plan when the roadmap moves every month?', 'supposed to'],
      ['Because apparently writing a changelog is too hard.', 'apparently'],
      ['Typical vendor.', 'Typical vendor'],
      ['They sent it back twice, which, honestly, classic.', 'classic'],
      ["Their on-call rotation is, let's say, optimistic.", 'optimistic'],
      // conduct judged without a failure verb
      ['The backend folks just flat out ignored the ticket.', 'ignored'],
      ['Someone on the data team fat-fingered the migration.', 'fat-fingered'],
      ['The sales team had signed the contract before anyone was consulted.', 'consulted'],
      ['They escalate everything to the VP.', 'escalate everything'],
      ['He pushed for Kafka mostly for his promotion case.', 'promotion'],
      ['Every sprint the stakeholders asked for something new.', 'something new'],
      ['The requirements kept shifting on us.', 'shifting on us'],
      ['The specs were handed over three weeks late by the consultants.', 'late by'],
      ['The partner team was calling our endpoint all wrong.', 'all wrong'],
      ['The previous team had left the repo a complete mess.', 'mess'],
      ['The testers are nice people, but they only ever check the happy path.', 'only ever'],
      ['The security team had better things to do than answer us.', 'better things'],
      // lessons that put the duty on another party
      ['What I learned is to make sure the vendor actually tests their releases.', 'actually'],
      ["Next time I'd get the data team to actually read the design doc.", 'actually read'],
      ['people should test their code before merging', 'should test'],
      ['the agency needs to hit its deadlines', 'needs to hit'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('leaves their fair look-alikes alone', () => {
    for (const text of [
      "The ledger code wasn't ours, so I asked the payments team for a walkthrough.",
      "I didn't set the deadline, but I agreed to it and planned the work backwards from it.",
      'I was just following up with the customer on the refund.',
      'There was nothing fancy about the fix, just an index.',
      'I wanted to make sure the on-call engineers knew the new runbook.',
      'I got the platform team to review the design early.',
      'It was a classic race condition between two workers.',
      'Every quarter the finance team asked for the same report, so I automated it.',
      'The load kept growing on us during the sale, so I added replicas.',
      'That was mostly the cache warming up.',
      'Someone on the support team noticed the spike and paged me.',
      'Who owns the billing job was not clear, so I wrote it down in the service catalogue.',
      'I asked who owns the export, and Ravi pointed me to the runbook.',
      'The customers were using the API wrong because our docs were unclear, so I rewrote them.',
      'Some orders were charged on the wrong day, so I fixed the timezone handling.',
      'Apparently that is a known bug in the driver, so I upgraded it.',
      'They only needed read access, so I gave them a replica.',
      'The previous owner had left good notes, which made the handover easy.',
      'Their review process takes about a month, so I sent the schema change early.',
      'Marketing had already announced the date, so I cut scope to the ledger and the API.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads conduct told through inaction, broken promises, sarcasm and snubs', () => {
    const cases: [string, string][] = [
      ['the outage happened because infra did not scale the cluster', 'infra did not'],
      ['the PM promised the client a feature we had never scoped', 'promised'],
      ['i told them three times and they still shipped it', 'still shipped'],
      ['if product did its job we would not be here', 'its job'],
      ['legal sat on the contract for six weeks', 'sat on'],
      ['the old team wrote everything in one giant file with no tests', 'no tests'],
      ['the QA team signed off on it without even opening the app', 'without even'],
      ['management, in their wisdom, decided to cut the testing phase', 'in their wisdom'],
      ['apparently nobody thought to check the disk space', 'nobody thought'],
      ['support escalated everything as a p1, as usual', 'as usual'],
      ['the contractors did a pretty poor job on the auth layer', 'poor job'],
      ['the junior dev pushed straight to main', 'straight to main'],
      ["it's not like anyone asked us", 'not like anyone asked'],
      ['i had to redo most of what the intern had written', 'redo'],
      ['i raised it twice and got ignored', 'got ignored'],
      ["i wasn't even on call that week, so", 'even on call'],
      ["that's not something i could control, it was a vendor problem", 'vendor problem'],
      ['the handover from the previous team was nonexistent', 'nonexistent'],
      ['and then qa, who was supposed to test it, was on vacation', 'supposed to'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('leaves a party told fairly, with the speaker part or a fair remark, alone', () => {
    for (const text of [
      'The reviewer missed the off-by-one, and so did I.',
      "That was the platform team's decision, and it made sense given their budget.",
      'Their reports ran faster on the replica because they were not fighting our writes.',
      'Reviews can be a bit stale and nobody cares, so I cached them for five minutes.',
      'Most pages came from a flaky inventory client with no retries.',
      'The partner team finally agreed to the new contract after the load test.',
      'The contractor finished the integration a week early.',
      'Sales promised the customer a demo on Friday, so I prioritised the export.',
      'The design agency delivered the mocks late, so I built the API against a draft schema.',
      'The old system was written in Perl and had no tests, so I added characterization tests.',
      'Product changed the requirements after the user tests, and honestly they were right to.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads judgements of what a party made or left, and denials by contrast', () => {
    const cases: [string, string][] = [
      ['their code was spaghetti', 'spaghetti'],
      ['the documentation they wrote was outdated', 'outdated'],
      ['the guy before me did not leave any notes', 'leave any notes'],
      ['the previous owner hardcoded the credentials everywhere', 'hardcoded'],
      ["whoever set up the cron jobs didn't think about time zones", 'think'],
      ['the migration was rushed through by the other team', 'rushed through'],
      ['the alerts had been muted by someone on the sre side', 'muted by'],
      ['the config was changed behind our backs', 'behind our backs'],
      ['somewhere along the way the ball got dropped', 'ball got dropped'],
      ["i mean it's not like i wrote that code", 'not like i'],
      ['none of this was on my side', 'none of this'],
      ['i did everything by the book', 'by the book'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'The previous team had left good notes and a runbook.',
      'The config was changed by the platform team, and they told us a week ahead.',
      'The old cluster was removed by the infra team after the migration, as planned.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });

  it('reads subtle slips: jabs, chasing a party, sarcastic praise and told-you-so', () => {
    const cases: [string, string][] = [
      ['the rollout went fine apart from the usual delays from the platform team', 'usual delays'],
      ["as expected, the vendor's fix didn't work", 'fix'],
      ['i had to chase them for weeks to get a reply', 'chase them'],
      ['i spent half my time babysitting the contractors', 'babysitting'],
      ['the frontend team, bless them, shipped it with the old client', 'bless them'],
      ['they had one job, which was to rotate the keys', 'one job'],
      ['the integration broke, again, because of a change on their end', 'their end'],
      ['we were waiting on legal forever', 'waiting on legal'],
      ['the api the partner team built was, um, creative', 'creative'],
      ['the estimates from the other team were pure fiction', 'fiction'],
      ['i warned them this would happen', 'warned them'],
      ['nobody wanted to own it, so it landed on me', 'nobody wanted'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'the Airflow failures were annoying, but we could babysit them for a month',
      'we waited on legal for two weeks, so I built the sandbox first',
      'the usual traffic from the partner team doubled during the sale',
      "I'm not going to name names, but somebody over there thought one box was fine",
    ]) {
      expect(flagged(text, 'blame').length, text).toBeLessThanOrEqual(
        text.includes('name names') ? 1 : 0,
      );
    }
  });

  it('reads transcripts without punctuation or apostrophes', () => {
    const cases: [string, string][] = [
      [
        'so the platform team pushed a change on friday and didnt tell anyone and our service went down',
        'didnt tell anyone',
      ],
      ['the other team kept saying it was our bug which it wasnt', 'which it wasnt'],
      ['the partner kept sending malformed payloads', 'malformed'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('reads hero contrasts and non-native phrasings', () => {
    const cases: [string, string][] = [
      ['my colleague make a mistake in the query and the report was wrong', 'make a mistake'],
      ['the customer is always changing the requirement', 'changing'],
      ['nobody help me with this problem', 'nobody help'],
      ['i had to carry the whole team on that project', 'carry the whole team'],
      ['everyone else just sat around waiting for me to fix it', 'sat around'],
      ['i was the only one who actually cared about the outage', 'only one who actually'],
      ["i ended up doing the tech lead's job because he was never around", 'job'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
    for (const text of [
      'My colleague Ana built the dashboard and I wrote the alerts.',
      'Everyone else on the call agreed to roll back.',
      'I made a mistake in the query, and I fixed it the same day.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });
});
