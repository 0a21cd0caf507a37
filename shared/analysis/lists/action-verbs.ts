/** Verbs of doing, in base form, that make "I/we + verb" an action statement. Irregular past forms
 * are written "base:past[:participle]"; regular ones are derived. */
const ACTION_VERBS = `add build:built write:wrote:written rewrite:rewrote:rewritten create design implement migrate
move deploy roll release ship launch fix patch debug investigate identify find:found trace profile
analyze analyse measure decide choose:chose:chosen pick propose refactor replace remove split:split
shard partition cache tune optimize optimise improve reduce cut:cut increase upgrade downgrade revert
restart reboot scale test automate configure set:set switch introduce rework redesign rebuild:rebuilt
document monitor page open pull run:ran:run kill turn bump raise lower limit throttle batch parallelize
merge review present convince negotiate escalate coordinate organize lead:led drive:drove:driven
handle resolve address solve tackle deal:dealt take:took:taken figure sort clean try start begin:began:begun
stop look check dig:dug restore recover reroute route jump refund contact call email notify inform
tell:told ask push pair prototype benchmark compare collect gather instrument isolate reproduce block
disable enable delete drop rename extract wrap pin bisect ping reach put:put get:got:gotten spin:spun
stand:stood tear:tore:torn break:broke:broken backfill index validate verify audit deprecate retire
shut:shut train mentor prioritize plan schedule estimate scope draft share send:sent publish demo show
explain walk hand delegate offer make:made do:did:done bring:brought catch:caught hold:held keep:kept
rollback roll-out go:went:gone iterate optimize simplify rearchitect re-architect containerize
dockerize upgrade invalidate tweak adjust modify change update integrate wire hook sunset split
coordinate escalate triage diagnose rebalance resize provision allocate encrypt hash retry queue
replay rerun:reran:rerun greenlight:greenlit reindex vacuum compact archive dedupe deduplicate throttle shed mitigate contain`;

/** Verbs of talking with others: "we agreed", "we discussed" — the "we" is the speaker and the other person. */
export const INTERACTION_VERBS: ReadonlySet<string> = new Set(
  `talk talked meet met agree agreed discuss discussed argue argued align aligned chat chatted collaborate
collaborated work worked sit sat brainstorm brainstormed compromise compromised disagree disagreed speak spoke
sync synced negotiate negotiated partner partnered`.split(/\s+/),
);

/** Verbs that describe a state, not an action ("we had a service", "we were using"). */
export const STATIVE_VERBS: ReadonlySet<string> = new Set(
  `have has had be am is are was were know knew think thought feel felt believe believed want wanted need
needed like liked love loved hate hated hope hoped wish wished guess guessed use used own owned seem seemed
depend depended rely relied noticed notice saw see realize realized realised remember remembered understand
understood expect expected learn learned learnt care cared mean meant`.split(/\s+/),
);

const DOUBLING = new Set(
  'stop drop ship plan pin scrap swap tag flag log map trim cap step prep wrap chip skip plug strip zip grab admit commit submit permit refer prefer occur control patrol dig'.split(
    ' ',
  ),
);

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (DOUBLING.has(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

/** Base forms of action verbs. */
export const ACTION_BASE = new Set<string>();
/** Past tense and past participle forms of action verbs. */
export const ACTION_PAST = new Set<string>();
/** Past form -> base form. */
const ACTION_LEMMA = new Map<string, string>();

for (const entry of ACTION_VERBS.split(/\s+/).filter(Boolean)) {
  const [base, past, participle] = entry.split(':');
  const forms = past ? [past, participle ?? past] : [regularPast(base)];
  ACTION_BASE.add(base);
  ACTION_LEMMA.set(base, base);
  for (const f of forms) {
    ACTION_PAST.add(f);
    ACTION_LEMMA.set(f, base);
  }
}
