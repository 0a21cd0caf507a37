/** Lexicon for telling an impact quantity from any other number (taxonomy: "What counts as an
 * impact quantity"). The structure that reads it is in impact.ts. */

/** Verbs and words of a change or a result: "p99 dropped to", "errors fell", "we saved", "peaked at". */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(
  `went go goes came come dropped drop drops fell fall falls rose rise rises cut cuts reduced reduce
reducing improved improve increased decreased declined grew grow climbed jumped spiked doubled halved
tripled shrank shrunk peaked stayed stays stay gone saved saves save replaced recovered lowered brought
crept dipped sped trimmed shaved removed eliminated freed down up back climbing rising growing
falling dropping shrinking`.split(/\s+/),
);

/** Nouns of what is measured: a quantity next to one measures it ("p99 of 2.4 seconds", "CPU at 40%"). */
export const METRIC_WORDS: ReadonlySet<string> = new Set(
  `latency latencies p50 p90 p95 p99 p999 tp99 error errors rate cpu memory throughput conversion
hit uptime availability traffic revenue churn signups cost costs bill spend downtime response load
time runtime duration lag backlog queue usage retention adoption accuracy coverage qps rps
savings margin arr mrr sla slo budget speed difference discrepancy drift volume`.split(/\s+/),
);

/** Nouns of what was affected or produced: a count of them is impact ("1,900 orders failed"). */
export const AFFECTED_NOUNS: ReadonlySet<string> = new Set(
  `orders order customers customer users user payouts payout duplicates duplicate accounts clinics
merchants mismatches requests errors tickets calls patients sessions messages jobs events invoices
refunds complaints pages alerts incidents failures timeouts bookings transactions payments
checkouts entries records services listings reports deploys releases uploads players connections
seats redemptions quotes shops stores devices shipments webhooks views loads outages breakages
oversells downtime sellers buyers landlords tenants drivers riders subscribers searches transfers
attempts logins reminders notifications emails rides trips deliveries claims filings loans
parcels packages staff employees visitors guests passengers shoppers students viewers readers
travellers travelers residents`.split(/\s+/),
);

/** Words of harm next to a count: "orders failed", "none were lost", "saw errors". */
export const HARM_WORDS: ReadonlySet<string> = new Set(
  `failed fail lost affected impacted saw hit missed broken bad duplicate duplicated wrong missing
double charged refunded dropped errored erroring stuck blocked timed down degraded paged got failing
fails retried stale killed happened happens crashed deleted losing loses flaky delayed late rejected
redone breaking costing wiped corrupted overwrote overwritten purged truncated`.split(/\s+/),
);

/** Settings and sizes of the mechanism, not results: "a ten minute TTL", "from ten to thirty pods". */
export const CONFIG_WORDS: ReadonlySet<string> = new Set(
  `ttl timeout limit limits pods pod replicas replica partitions partition batch batches
sleep interval threshold retries retry workers worker instances nodes node shards shard flag
pool threads cron every window checkpoint checkpoints expiry ttls debounce weight weights
deadline buckets bucket prefetch linger watermark watermarks heartbeat keepalive cooldown alert alerts autoscaled autoscaling autoscale backoff brokers broker servers
machines hosts boxes cluster clusters cap caps capped quota quotas rate-limited throttled default defaults
limited bounded`.split(/\s+/),
);

/** Words before a quantity that make it a target, estimate or plan, not a result. */
export const GOAL_WORDS: ReadonlySet<string> = new Set(
  `goal goals target targets aim objective objectives asked needed wanted want need estimated
estimate plan planned budget expected expecting sla slo requirement requirements closer task guessed
projected projecting projection forecast forecasting predicted predicting anticipated anticipating
assumed assuming requiring required requires require must`.split(/\s+/),
);

/** Words of a service coming back before a duration: "was back in forty minutes", "restored in six
 * hours", "recovered within a minute" (the response's clock unless compared with a before). */
export const RECOVERY_WORDS: ReadonlySet<string> = new Set(
  'back restored recovered recover recovering mitigated resolved cleared drained'.split(' '),
);

/** Predicates of a duration that measures harm or a result: "down 38 minutes", "recovered in two". */
export const DURATION_RESULT_WORDS: ReadonlySet<string> = new Set(
  `degraded blocked outage offline unavailable recovered recover runs run ran finishes finished
completes completed take takes took taking lost restored mttr locked stopped finish finishes back lasted lasts
done`.split(/\s+/),
);

/** Words after a multiplier that make it a measured change: "3x faster", "four times the traffic". */
export const MULTIPLIER_OBJECTS: ReadonlySet<string> = new Set(
  `faster slower more less fewer higher lower bigger smaller cheaper the as our normal their`.split(
    /\s+/,
  ),
);

/** Verbs that make a duration time saved: "replaced 40 hours a month", "cut an hour off". */
export const TIME_SAVED_WORDS: ReadonlySet<string> = new Set(
  'saved saves save replaced cut cuts reduced shaved trimmed freed removed eliminated'.split(' '),
);

/** Participles of repair that make a count a result right after it ("3,140 messages replayed"). */
export const REPAIRED_WORDS: ReadonlySet<string> = new Set(
  'replayed redelivered refunded recovered restored corrected reprocessed reconciled backfilled resent'.split(
    ' ',
  ),
);

/** Verbs that make a duration a cost when it recurs: "cost someone four hours every payday". */
export const TIME_COST_WORDS: ReadonlySet<string> = new Set(
  'cost costs costing wasted wastes burned burns spent spend spends lose lost'.split(' '),
);

/** Words between a change and its number: "to about twelve", "down to roughly 40 ms". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(
  'about around roughly nearly almost approximately just maybe like some over under only than fewer'.split(
    ' ',
  ),
);

/** Counts of people and groups: the story's cast, never its impact ("two engineers", "three teams"). */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(
  `engineer engineers people person team teams devs developers folks members interns contractors
regions options choices things steps ways reasons meetings`.split(/\s+/),
);

/** Comparatives right after a quantity make it a change: "30% faster", "2x cheaper". */
export const COMPARED: ReadonlySet<string> = new Set(
  'faster slower cheaper fewer less more lower higher smaller bigger better quicker'.split(' '),
);

/** Words that make what follows a supposition, not a measure: "if p99 crossed 150 ms", "it would
 * have killed the idea in a week". */
export const HYPOTHETICAL_WORDS: ReadonlySet<string> = new Set(
  'if unless would might should whether'.split(' '),
);

/** Subordinators of an event still to come in the story: "before the evening traffic doubled", "by
 * the time sign-ups hit 10k", "in case load triples": the change they introduce is an expectation,
 * whatever its tense. Multiword ones are written with spaces and matched as a whole. */
export const PENDING_WORDS: readonly string[] = ['before', 'by the time', 'in case', 'whenever'];

/** Subordinators that mark an expected event only with a present or future verb: "when traffic
 * doubles", "until sign-ups reach 50k" (with a past verb they report what happened: "until the
 * errors fell to zero"). */
export const PENDING_PRESENT_WORDS: readonly string[] = [
  'when',
  'once',
  'until',
  'till',
  'as soon as',
];

/** Verbs of what a process held or put out: "a batch job that held 300 connections", "the cron job
 * opening 500 connections". Said of the culprit while diagnosing, the count describes the cause. */
export const CULPRIT_VERBS: ReadonlySet<string> = new Set(
  `held holding holds hold opened opening opens open used using uses spawned
spawning spawns grabbed grabbing grabs hogged hogging hogs leaked leaking leaks kept keeping keeps
created creating creates issued issuing issues consumed consuming consumes
pinned pinning pins locked locking locks`.split(/\s+/),
);

/** Verbs of reaching a level, read as verbs even when the tagger takes them for nouns ("by the time
 * sign-ups hit 10k"). */
export const REACH_VERBS: ReadonlySet<string> = new Set(
  'hit hits reach reaches reached cross crosses crossed exceed exceeds exceeded top tops topped pass passes passed'.split(
    ' ',
  ),
);

/** Auxiliaries that may sit between the subject of such a clause and its verb ("before traffic
 * would double", "once load has doubled"). */
export const PENDING_AUX: ReadonlySet<string> = new Set(
  'will would could might may had has have does did gets got starts started'.split(' '),
);

/** Verbs after "would" that report the speaker's view of a fact ("I'd say 40%"), not a supposition. */
export const VIEW_VERBS: ReadonlySet<string> = new Set('say guess estimate think'.split(' '));

/** Words that sum up an impact: "about forty requests in total", "total impact was ninety minutes". */
export const TOTAL_WORDS: ReadonlySet<string> = new Set(
  'total totally altogether overall combined cumulative'.split(' '),
);

/** Verbs of what a result produced or handled: a count with one is an outcome ("sold 41,000
 * seats", "all 600 invoices were corrected", "cleared a backlog of 1,100 payouts"). */
export const PRODUCED_WORDS: ReadonlySet<string> = new Set(
  `processed sold served handled held corrected cleared billed blocked stopped refunded reprocessed
handles serves processes holds sustains sustained
delivered recovered reconciled fixed resolved closed onboarded restored replayed redelivered`.split(
    /\s+/,
  ),
);

/** Verbs of the speaker's own effort: "it took me a week", "we finished in five months" is the
 * story's clock, not a result. */
export const EFFORT_WORDS: ReadonlySet<string> = new Set(
  'took take takes taking spent spend finished finish completed wrapped cost costs lost wasted'.split(
    ' ',
  ),
);

/** Parties whose time a duration can be: "ops took three weeks", "legal took a month". */
export const EFFORT_PARTIES: ReadonlySet<string> = new Set(
  'ops legal security finance procurement vendor he she they infra platform'.split(' '),
);

/** Who spends the effort: "took me", "we finished", "that took an hour". */
export const EFFORT_AGENTS: ReadonlySet<string> = new Set(
  'i we me us that it this which'.split(' '),
);

/** Predicates of harm a duration can measure after "for": "down for 40 minutes", "failing for". */
export const OUTAGE_WORDS: ReadonlySet<string> = new Set(
  `down failing failed degraded blocked unavailable offline stuck broken erroring paging lost locked
stale`.split(/\s+/),
);

/** Verbs of picking a sample to look at: "I took ten wrong invoices", "pulled three accounts". */
export const SAMPLE_WORDS: ReadonlySet<string> = new Set(
  'took picked pulled grabbed sampled chose exported compared traced reproduced'.split(' '),
);

/** Words before a duration that place it on the story's clock: "failing since two weeks", "in the
 * first five minutes", "after eight months". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set('since after first last next'.split(' '));

/** Words right after a duration that place it on the story's clock: "six weeks later", "two days
 * before the launch", "ran six hours early". */
export const CLOCK_AFTER: ReadonlySet<string> = new Set(
  'early earlier later ago before after beforehand out away'.split(' '),
);

/** Verbs of setting a knob to a value: "raised lock_timeout to two seconds", "set the heap to 512
 * megabytes". */
export const SET_VERBS: ReadonlySet<string> = new Set(
  `set sets raised raise raising lowered lower lowering bumped bump increased increase reduced
reduce capped cap changed change tuned tune configured configure dropped shortened lengthened
extended doubled halved`.split(/\s+/),
);

/** Knobs a setting verb sets: the config words, and what a runtime is given ("the heap", "the pool
 * size"). */
export const KNOB_WORDS: ReadonlySet<string> = new Set([
  ...CONFIG_WORDS,
  ...'heap concurrency parallelism ttl timeout timeouts pool'.split(' '),
]);

/** Words that present a share as what was looked at while deciding: "showed that 60% of the
 * traffic was retries", "including four that made up a third of claim volume", "because they paid
 * a third of our revenue". */
export const SHOWING_WORDS: ReadonlySet<string> = new Set(
  'showed show shows showing proved counted measured including because since'.split(' '),
);

/** Harm words that also say only that something was reached or seen: "94% of searches hit the last
 * seven days", "we saw", "affected customers" before its noun. */
export const WEAK_HARM: ReadonlySet<string> = new Set(
  'hit saw got happened happens affected impacted'.split(' '),
);

/** Where a test's input is run, beside the test words: "a script that opened five thousand sockets
 * against staging", "ran three settlement files in staging". */
export const TEST_RIGS: ReadonlySet<string> = new Set(
  'staging script scripts benchmark benchmarked fixture fixtures'.split(' '),
);

/** Verbs of a forecast: what a quantity after them is expected to be, not what happened ("product
 * forecast traffic going from 400,000 a second to three million", "a launch expected to triple our
 * volume"). */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(
  'forecast forecasted forecasting projected projecting predicted predicting anticipated expected expecting'.split(
    ' ',
  ),
);

/** Nouns that name the price of a choice before "was": "the cost was", "the downside was". */
export const PRICE_NOUNS: ReadonlySet<string> = new Set(
  'cost downside tradeoff trade-off price catch drawback'.split(' '),
);

/** Knobs of the fix that name a setting from a few words away: "an alert on slot lag over 50 gigs",
 * "autoscaled on CPU at 60 percent", "a token bucket in Redis, twenty requests a minute". */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(
  'alert alerts alerting threshold thresholds autoscaled autoscaling autoscaler backoff'.split(' '),
);

/** Verbs of hitting a limit: "the service died at around 5,000 requests per second", "fell over at
 * about 45,000 connections", "peaked at 212,000 players". */
export const LIMIT_WORDS: ReadonlySet<string> = new Set(
  'died fell falling fails failed crashed broke choked saturated maxed maxing topped topping peaked peak held ceiling'.split(
    ' ',
  ),
);

/** Verbs of a reduction: "cut the cluster from twelve to seven nodes" is a saving, not a setting. */
export const REDUCTION_WORDS: ReadonlySet<string> = new Set(
  'cut cuts reduced shrank shrunk trimmed saved consolidated'.split(' '),
);

/** Verbs that set a knob of the fix ("raised the pool from 20 to 200", "dropped the page size"). */
export const SETTING_VERBS: ReadonlySet<string> = new Set(
  'raised raise bumped bump upped increased set changed tuned lowered dropped doubled halved'.split(
    ' ',
  ),
);

/** Words right after a duration that make it a harm: "routes that were 30 minutes stale". */
export const LAG_AFTER: ReadonlySet<string> = new Set('stale late behind delayed'.split(' '));

/** Verbs of shipping: "it shipped two months late" is the project's clock, not a harm. */
export const SHIP_WORDS: ReadonlySet<string> = new Set(
  'shipped ship launched launch delivered landed land lands released finished went showed arrived came'.split(
    ' ',
  ),
);

/** Change words too loose to make the number right after them a change ("which came one week
 * after", "went 40 miles"); "stayed under 20", "dropped 40%" are. */
export const LOOSE_CHANGE: ReadonlySet<string> = new Set(
  'went go goes came come brought removed eliminated freed replaced recovered up down gone saves save back'.split(
    ' ',
  ),
);

/** Resources given to a system: "doubled the CPU", "tripled the memory" is a setting of the fix. */
export const RESOURCE_WORDS: ReadonlySet<string> = new Set(
  'cpu cpus memory ram disk capacity budget headcount fleet'.split(' '),
);

/** Pieces of the speaker's work: "the migration took six months" is the story's clock, unlike "the
 * job took five hours" (a run time). */
export const EFFORT_SUBJECTS: ReadonlySet<string> = new Set(
  `project migration rewrite version rollout launch work implementation investigation effort
refactor refactoring redesign cleanup prototype poc spike review reindex reindexing backfill
cutover`.split(/\s+/),
);

/** Things that go wrong: a rate of them is a harm ("3 outages a month", "40 pages a week"). */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set(
  `outages outage incidents incident errors failures pages alerts tickets complaints timeouts
duplicates crashes restarts rollbacks escalations findings bugs defects regressions violations`.split(
    /\s+/,
  ),
);

/** Words after a percentage that make it certainty or progress, not a measure: "70% sure", "90%
 * done". */
export const CERTAINTY_AFTER: ReadonlySet<string> = new Set(
  'sure certain confident positive convinced done complete completed finished there'.split(' '),
);

/** Verbs of the speaker seeing something while working: "I ... and saw", "I watched", "I found". */
export const SEEN_WORDS: ReadonlySet<string> = new Set(
  'saw watched noticed spotted found'.split(' '),
);

/** Verbs of a job stopped part way: "it had hung at 98 percent", "the migration stalled at 60%":
 * a share of progress, not a measure. */
export const STALLED_WORDS: ReadonlySet<string> = new Set(
  'hung hangs hanging stuck stalled stalls froze frozen paused halted'.split(' '),
);

/** Words of letting a change out gradually: a percentage beside one is its reach, not a result. */
export const ROLLOUT_WORDS: ReadonlySet<string> = new Set(
  'canary canaries ramp ramped kept rollout rollouts cohort cohorts flag releasing exposed exposing'.split(
    ' ',
  ),
);

/** Verbs of harm that recur: "this happened five times in one quarter", "it crashed 3 times a
 * day" ("retried three times" is the mechanism). */
export const RECURRING_HARM: ReadonlySet<string> = new Set(
  'happened happens occurred recurred failed fails failing crashed crashes crashing broke breaks breaking paged'.split(
    ' ',
  ),
);

/** Words of a test run: the load it was run at is an input ("ran the load test at 15,000 a
 * second"). */
export const TEST_WORDS: ReadonlySet<string> = new Set(
  'test tests tested testing load-test load-tested simulated simulating k6 gatling locust'.split(
    ' ',
  ),
);

/** Verbs that read what a test gave back: a quantity after one is its result ("in the load test we
 * sustained 12,000 a second", "it added 140 ms", "found the ceiling at 5,000"). */
export const OUTCOME_OF_TEST: ReadonlySet<string> = new Set(
  `sustained sustain held hold handled handle survived found showed shows added adds reached hit
got measured ceiling served processed peaked topped`.split(/\s+/),
);

/** Verbs of losing: "we lost 40 minutes of orders" is harm; "I lost two weeks tuning" effort. */
export const LOSS_WORDS: ReadonlySet<string> = new Set('lost lose losing wasted'.split(' '));

/** Verbs of a step, not of what the work did, before a count in the result: "made eleven schema
 * changes", "wrote two runbooks", "added three alerts". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `made did had got gave kept left needed wanted asked tried wrote added built opened filed hired
held ran set picked chose planned scheduled booked called said told showed agreed proposed
promised started began cut dropped split become became`.split(/\s+/),
);

/** Machines a system runs on: a change that gives some back is a saving ("we went from twelve hot
 * nodes to four"); one that adds them is a setting of the fix ("from ten to thirty pods"). */
export const MACHINE_WORDS: ReadonlySet<string> = new Set(
  'instances instance nodes node servers server hosts host machines boxes pods replicas brokers cluster clusters shards'.split(
    ' ',
  ),
);

/** Verbs of what a check or a rule the speaker built did to things: a count after one is its result
 * ("it has caught six migrations", "the rule removed 220 dead flags"). */
export const CAUGHT_WORDS: ReadonlySet<string> = new Set(
  'caught catches removed removes deleted deletes prevented prevents blocked blocks flagged flags rejected rejects'.split(
    ' ',
  ),
);

/** Verbs of adoption right after a count of users or services: "1,400 landlords used it". */
export const ADOPTED_WORDS: ReadonlySet<string> = new Set(
  'used use adopted switched signed onboarded joined enabled opted'.split(' '),
);

/** Verbs that size a system for a load: "built for about fifty sends a second", "sized for 10,000
 * users" (a capacity, a setting of the design, not a result). */
export const CAPACITY_VERBS: ReadonlySet<string> = new Set(
  'built designed sized provisioned specced planned scoped rated dimensioned architected meant intended configured tuned scaled'.split(
    ' ',
  ),
);

/** Units of a lag behind another copy, not a result: "their docs were two versions behind", "we
 * were three sprints behind". */
export const LAG_UNITS: ReadonlySet<string> = new Set(
  `version versions release releases revision revisions major majors minor minors patch patches
sprint sprints iteration iterations commit commits`.split(/\s+/),
);

/** Words after a lag that make it a schedule's, not a measure: "two weeks behind schedule". */
export const SCHEDULE_WORDS: ReadonlySet<string> = new Set(
  'schedule plan deadline estimate roadmap target'.split(' '),
);

/** Words of a try: "three attempts", "two failed tries later" are the speaker's effort unless a noun
 * says whose ("40,000 booking attempts", "login retries"). */
export const TRY_WORDS: ReadonlySet<string> = new Set(
  'attempt attempts try tries retry retries go goes shot shots stab stabs pass passes'.split(' '),
);

/** Verbs of choosing: "went with one queue instead of two", "chose a single region instead of three"
 * state a choice and its alternative (a tradeoff), not a change measured. */
export const CHOOSE_WORDS: ReadonlySet<string> = new Set(
  'chose choose chosen picked pick opted opt went go settled preferred decided kept used proposed suggested'.split(
    ' ',
  ),
);

/** Holders of a quota: "100 requests a second per key" is a limit set on each, not a result. */
export const QUOTA_HOLDERS: ReadonlySet<string> = new Set(
  'key account tenant client sender token ip user customer app'.split(' '),
);

/** Verbs of moving a date: "got their date moved by two weeks", "pushed the launch a week". The
 * shift is the schedule, the story's clock. */
export const SCHEDULE_SHIFT: ReadonlySet<string> = new Set(
  `moved move moves moving pushed push pushes pushing slipped slip slips slipping postponed
postpone delayed delay shifted shift rescheduled pulled`.split(/\s+/),
);

/** Verbs of giving machines back: "we retired twelve of the old worker hosts", "which gave them back
 * six pods" (a saving, not a setting of the fix). */
export const RETIRE_WORDS: ReadonlySet<string> = new Set(
  `retired retire decommissioned decommission gave give giving freed turned shut killed
deleted`.split(/\s+/),
);

/** Nouns of the customers a product serves: a count of them doing something in the result is
 * adoption or reach ("1,340 employers filed through it", "340 companies onboarded themselves"). */
export const CLIENT_NOUNS: ReadonlySet<string> = new Set(
  `customers users merchants sellers buyers landlords tenants drivers riders subscribers clinics
employers companies businesses clients partners shops stores restaurants hospitals schools
households carriers retailers advertisers publishers creators apps accounts groups services
consumers patients members`.split(/\s+/),
);

/** Words after a number that make it a harm or a mismatch found: "0.8% of fares were different". */
export const DEVIANT_WORDS: ReadonlySet<string> = new Set(
  'different mismatched unmatched inconsistent incorrect inaccurate invalid corrupt wrong off'.split(
    ' ',
  ),
);

/** Nouns of effort after a duration: "four months of work" is what the work took, not a result. */
export const EFFORT_NOUNS: ReadonlySet<string> = new Set(
  'work effort development coding building planning meetings migration migrations rewrite rewriting refactoring'.split(
    ' ',
  ),
);

/** Verbs of finding something out: a share after one, in the setup or the steps, is the make-up of
 * what was found ("we found that two formats covered ninety percent of the customers"). */
export const FINDING_WORDS: ReadonlySet<string> = new Set(
  'found find noticed notice realized realised discovered turned figured learned spotted'.split(
    ' ',
  ),
);

/** Words that set two amounts side by side as the before and after of one measure ("twenty five
 * minutes versus two"). */
export const COMPARE_LINKS: ReadonlySet<string> = new Set(['versus', 'vs']);

/** Verbs of sizing a plan: a length or a sum they lead to is an estimate ("I sized each piece and
 * it came to sixteen weeks"). */
export const ESTIMATE_WORDS: ReadonlySet<string> = new Set(
  'estimated estimating estimate estimates sized sizing calculated calculating costed costing scoped scoping tallied'.split(
    ' ',
  ),
);
