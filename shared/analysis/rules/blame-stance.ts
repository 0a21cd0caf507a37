import type { Token } from '../tokens';
import { NEGATIONS_ALL as NEGATIONS } from '../lists/blame-context';
import { DILIGENCE_VERBS, FAULT_NOUNS } from '../lists/blame';
import {
  AUTHORED,
  DIRECTS,
  EXECUTES,
  MINE,
  PLAN_NOUNS,
  SARCASM_EASY,
  SARCASM_MARKS,
  SNEER_WORDS,
  DENIED_DUTIES,
  FUSED_COPULA_NEG,
  INFORMED,
  NOT_ME,
  RHETORICAL,
  ORDERS,
  OWNING,
  OWN_FAULTS,
  PROBLEM_NOUNS,
  REPAIRS,
  SNEERS,
  SPEAKER_OBJECTS,
  TRUST,
  UNIVERSALS,
} from '../lists/blame-context';
import { COPULAS } from '../lists/grammar';
import { HARD, TRIVIAL, WHOLLY } from '../lists/blame-predicate';
import { isParty, partyOwner, type Clause } from './blame-clause';
import { stepAfter } from './blame-verb';

/** The denial and rhetorical phrases as matched inside a clause's words: padded with spaces once. */
const NOT_ME_SAID = NOT_ME.map((p) => ` ${p} `);
const RHETORICAL_SAID = RHETORICAL.map((p) => ` ${p} `);
/** The sneering phrases as word lists, split once. */
const SNEER_WORDS_SAID = SNEERS.map((p) => p.split(' '));

/** A clause that denies the speaker's part, whatever its subject: "not really my area", "the
 * timezone thing wasn't my call", "I mean it wasn't really my call to start it". A negation, at most
 * two adverbs, then "my"/"our" and a noun of fault or duty. */
export function denies(tokens: readonly Token[], c: Clause): boolean {
  // "I wasn't the one who deployed it", "how was I supposed to know".
  const words = tokens.slice(c.first, c.last).map((t) => t.norm);
  const said = ` ${words.join(' ')} `;
  // "my team did everything right": the speaker's team cleared as well.
  const us = words.includes('i') || words.includes('we') || / (?:my|our) team /.test(said);
  // A phrase that names the speaker itself needs no "I": "it wasn't by me".
  if (NOT_ME_SAID.some((p) => said.includes(p) && (us || p.endsWith(' me ')))) return true;
  if (RHETORICAL_SAID.some((p) => said.includes(p))) return true;
  // "it wasn't really something I could have caught".
  for (let k = c.first; k < c.last - 3; k++) {
    // "... something we could have prevented": the team's part denied as well as the speaker's.
    if (!SOMETHING.has(tokens[k].norm) || !['i', 'we'].includes(tokens[k + 1].norm)) continue;
    const could =
      ['could', 'would', 'should'].includes(tokens[k + 2].norm) && tokens[k + 3]?.norm === 'have';
    if (could && tokens.slice(Math.max(c.first, k - 4), k).some((x) => NEGATIONS.has(x.norm)))
      return true;
  }
  if (notAllMine(tokens, c) || howHard(tokens, c)) return true;
  // "there wasn't a lot I could do", "there was little we could do": the speaker's part denied.
  // The amount may end the clause before: "so there wasn't a lot | I could do".
  for (let k = Math.max(1, c.first); k < c.last - 1; k++) {
    if (!['i', 'we'].includes(tokens[k].norm) || tokens[k + 1].norm !== 'could') continue;
    const amount = tokens[k - 1].norm;
    const denied = tokens
      .slice(Math.max(0, k - 5), k)
      .some((x) => NEGATIONS.has(x.norm) && x.sent === tokens[k].sent);
    if ((LITTLE.has(amount) && denied) || amount === 'little') return true;
  }
  // "Not me, for the record.", "it wasn't me": the speaker's part denied in a clause of its own.
  const own = words.filter((w) => !ASIDE_WORDS.has(w));
  const bare = own.length === 2 || (own.length === 4 && ['it', 'that'].includes(own[0]));
  if (bare && NEGATIONS.has(own[own.length - 2]) && ['me', 'us'].includes(own[own.length - 1]))
    return true;
  // "none of this was on my side", "none of it was mine".
  for (let k = c.first; k < c.last - 4; k++) {
    if (tokens[k].norm !== 'none' || tokens[k + 1].norm !== 'of') continue;
    const rest = tokens.slice(k + 3, Math.min(c.last, k + 7));
    if (
      COPULAS.has(tokens[k + 3].norm) &&
      rest.some((t) => SPEAKER_OBJECTS.has(t.norm) || MINE.has(t.norm))
    )
      return true;
  }
  // "I wasn't even on call that week", "I wasn't even in the room".
  for (let k = c.first; k < c.last - 3; k++) {
    if (tokens[k].norm !== 'i' || !COPULAS.has(tokens[k + 1].norm)) continue;
    if (!NEGATIONS.has(tokens[k + 2].norm) || tokens[k + 3].norm !== 'even') continue;
    if (ABSENT.has(tokens[k + 4]?.norm ?? '')) return true;
  }
  for (let k = c.first; k < c.last; k++) {
    // "if you can even call it mine": doubt that the failure is the speaker's at all.
    const callIt = tokens[k].norm === 'call' && tokens[k - 1]?.norm === 'even';
    if (callIt && tokens[k + 1]?.norm === 'it' && MINE.has(tokens[k + 2]?.norm ?? '')) return true;
    if (!NEGATIONS.has(tokens[k].norm)) continue;
    let j = k + 1;
    while (j < c.last && j <= k + 2 && (tokens[j].tags.has('Adverb') || tokens[j].norm === 'even'))
      j++;
    const owner = tokens[j];
    const noun = tokens[j + 1]?.norm ?? '';
    // "a mess that wasn't mine", "half the systems weren't even ours", "wasn't mine to begin with";
    // not a plain "the ledger code wasn't ours, so I asked its owners".
    if (owner && MINE.has(owner.norm) && k > c.first && COPULAS.has(tokens[k - 1].norm)) {
      const stressed = j > k + 1 || tokens[j + 1]?.norm === 'to' || tokens[j + 1]?.norm === 'in';
      const mess = tokens.slice(Math.max(0, k - 4), k).some((t) => PROBLEM_NOUNS.has(t.norm));
      if (stressed || mess) return true;
    }
    // "it wasn't really our code that caused it": the speaker's part denied, the cause put elsewhere.
    const rel = tokens[j + 2]?.norm;
    if (owner && SPEAKER_OBJECTS.has(owner.norm) && (rel === 'that' || rel === 'which')) {
      if (CAUSES.has(tokens[j + 3]?.norm ?? '')) return true;
    }
    // "I didn't set that timeline": the speaker did not author the plan that failed.
    const speaker = tokens[k - 1]?.norm === 'i' || tokens[k - 2]?.norm === 'i';
    if (speaker && owner && AUTHORED.has(owner.norm)) {
      const det = tokens[j + 1]?.norm ?? '';
      if (
        ['that', 'the', 'those', 'this'].includes(det) &&
        PLAN_NOUNS.has(tokens[j + 2]?.norm ?? '')
      )
        return true;
    }
    // "they were not my team" says who reports where, not that a failure was someone else's.
    const says = tokens.slice(c.first, k).some((t) => ['they', 'he', 'she'].includes(t.norm));
    const duty = DENIED_DUTIES.has(noun) && !(noun === 'team' && says);
    if (owner && SPEAKER_OBJECTS.has(owner.norm) && (FAULT_NOUNS.has(noun) || duty)) return true;
  }
  return false;
}

/** "how hard is it to add one endpoint", "how hard would it have been to send a single email": a
 * trivial task asked about, so that whoever did not do it is at fault. Not "how hard is it to
 * migrate a table?" asked and then answered. */
function howHard(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 4; k++) {
    if (tokens[k].norm !== 'how' || !HARD.has(tokens[k + 1].norm)) continue;
    const to = tokens.slice(k + 2, k + 7).findIndex((t) => t.norm === 'to');
    if (to < 0) return false;
    const task = tokens.slice(k + 3 + to, Math.min(c.last, k + 8 + to));
    return task.some((t) => TRIVIAL.has(t.norm));
  }
  return false;
}

/** "it's not like it was all me", "it wasn't only on me", "that's not entirely on us": the
 * speaker's share of the fault denied. Not "it's not just me who noticed": a share of a view. */
function notAllMine(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 2; k++) {
    if (!NEGATIONS.has(tokens[k].norm)) continue;
    let j = k + 1;
    // "not like it was ...": the denial framed as a comparison.
    const like = tokens[j]?.norm === 'like' && ['it', 'that'].includes(tokens[j + 1]?.norm ?? '');
    if (like) {
      j += 2;
      if (COPULAS.has(tokens[j]?.norm ?? '')) j++;
    }
    // Said of the fault ("it wasn't all on me"), not a contrast ("their cost, not just mine").
    if (!like && !COPULAS.has(tokens[k - 1]?.norm ?? '')) continue;
    if (!WHOLLY.has(tokens[j]?.norm ?? '')) continue;
    j++;
    if (tokens[j]?.norm === 'on') j++;
    const who = tokens[j];
    // "it wasn't only my notes": "my" before a thing that is no fault shares the work, not the blame.
    const thing =
      !!who && ['my', 'our'].includes(who.norm) && !FAULT_NOUNS.has(tokens[j + 1]?.norm ?? '');
    const me = !!who && !thing && (SPEAKER_OBJECTS.has(who.norm) || MINE.has(who.norm));
    const view = ['who', 'that', 'thinking', 'saying'].includes(tokens[j + 1]?.norm ?? '');
    if (me && j < c.last && !view) return true;
  }
  return false;
}

/** The speaker repairing what another party broke: "we spent the evening fixing their problem",
 * "I had to clean up their mess". A verb of repair, then "their" and a problem noun. */
export function repairsTheirs(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 1; k++) {
    // "ended up doing the tech lead's job": the speaker doing a party's duty for them.
    if (DOES.has(tokens[k].norm)) {
      const at = tokens
        .slice(k + 1, Math.min(c.last, k + 5))
        .findIndex((t) => /['’]s$/.test(t.norm) && isParty(t));
      if (at >= 0 && DUTY_WORDS.has(tokens[k + 2 + at]?.norm ?? '')) return true;
    }
    if (!REPAIRS.has(tokens[k].norm)) continue;
    // "we had to clean up after the contractors for months".
    // "after" starts a clause of its own, so the party is read on in the sentence.
    const upAfter = tokens[k + 1]?.norm === 'up' && tokens[k + 2]?.norm === 'after';
    const whose = tokens.slice(k + 3, k + 6).filter((t) => t.sent === tokens[k].sent);
    if (upAfter && whose.some((t) => isParty(t) || t.norm === 'them')) return true;
    const rest = tokens.slice(k + 1, Math.min(c.last, k + 4));
    const their = rest.findIndex((t) => t.norm === 'their');
    if (their >= 0 && PROBLEM_NOUNS.has(rest[their + 1]?.norm ?? '')) return true;
    // "had to redo most of what the intern had written": the speaker redoing a party's work.
    const what = tokens.slice(k + 1, Math.min(c.last, k + 5)).findIndex((t) => t.norm === 'what');
    const redo = REDOES.has(tokens[k].norm) && what >= 0;
    const after = redo ? tokens.slice(k + 2 + what, Math.min(c.last, k + 6 + what)) : [];
    if (after.some((t) => isParty(t) && !['he', 'she', 'they'].includes(t.norm))) return true;
  }
  return false;
}

/** The speaker made to push a party along: "I had to chase them for weeks", "babysitting the
 * contractors", "we were waiting on legal forever", "the usual delays from the platform team". */
export function chases(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 1; k++) {
    const w = tokens[k].norm;
    // Only a chase, a wait or "usual" starts one: the words after are read for those alone.
    if (!CHASES.has(w) && !WAITS.has(w) && w !== 'usual') continue;
    const near = tokens.slice(k + 1, Math.min(c.last, k + 4));
    const party = near.some((t) => isParty(t) || t.norm === 'them');
    // "babysit them" may be failing jobs; "babysitting the contractors" is people.
    const people = near.some((t) => isParty(t) && !['they', 'he', 'she'].includes(t.norm));
    if (CHASES.has(w) && (BABYSITS.has(w) ? people : party)) return true;
    // "waiting on legal forever": a wait on a party that never ended.
    const slow = tokens.slice(k + 1, Math.min(c.last, k + 7)).some((t) => WAITS_LONG.has(t.norm));
    if (WAITS.has(w) && ['on', 'for'].includes(near[0]?.norm ?? '') && party && slow) return true;
    // "the usual delays from the platform team", "the usual chaos with product".
    const trouble = tokens[k + 1]?.norm ?? '';
    if (w === 'usual' && (PROBLEM_NOUNS.has(trouble) || USUAL_TROUBLE.has(trouble))) {
      const from = tokens.slice(k + 2, Math.min(c.last, k + 4));
      const by = from.findIndex((t) => ['from', 'by', 'with', 'on'].includes(t.norm));
      const who = tokens.slice(k + 3 + by, Math.min(c.last, k + 7 + by));
      if (by >= 0 && who.some((t) => isParty(t) || t.norm === 'their')) return true;
    }
  }
  return false;
}

/** Verbs of pushing a party along: "chase them", "babysitting the contractors". */
const CHASES: ReadonlySet<string> = new Set(
  'chase chased chasing nag nagged nagging babysit babysat babysitting hound hounded hounding'.split(
    ' ',
  ),
);
/** What a party is said to bring as usual: "the usual delays from the platform team". */
const USUAL_TROUBLE: ReadonlySet<string> = new Set(
  'delays delay chaos drama excuses churn suspects nonsense issues problems'.split(' '),
);
/** Chasing that may be of machines: "we could babysit them" (the failing jobs). */
const BABYSITS: ReadonlySet<string> = new Set('babysit babysat babysitting'.split(' '));
/** Waits on a party: "waiting on legal forever". */
const WAITS: ReadonlySet<string> = new Set('waiting waited wait'.split(' '));
const WAITS_LONG: ReadonlySet<string> = new Set('forever ages eternity'.split(' '));

/** The speaker snubbed, with the agent left out: "I raised it twice and got ignored", "we were
 * stonewalled". A speaker subject earlier in the sentence, "got"/"was"/"were", then a snub. */
export function snubbed(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first + 1; k < c.last; k++) {
    if (!SNUBS.has(tokens[k].norm)) continue;
    const aux = tokens[k - 1]?.norm ?? '';
    if (!['got', 'was', 'were', 'get', 'gets'].includes(aux)) continue;
    const sent = tokens[k].sent;
    const speaker = tokens
      .slice(Math.max(0, k - 10), k - 1)
      .some(
        (t) => t.sent === sent && SPEAKER_OBJECTS.has(t.norm) && !['my', 'our'].includes(t.norm),
      );
    if (speaker) return true;
  }
  return false;
}

/** Doing a party's duty: "doing the tech lead's job". */
const DOES: ReadonlySet<string> = new Set('doing do did done'.split(' '));
const DUTY_WORDS: ReadonlySet<string> = new Set('job work homework'.split(' '));

/** Verbs of doing a party's work over again: "had to redo what the intern had written". */
const REDOES: ReadonlySet<string> = new Set(
  'redo redid redoing undo clean cleaning cleaned'.split(' '),
);

/** Snubs the speaker suffers: "got ignored", "were stonewalled". */
const SNUBS: ReadonlySet<string> = new Set(
  'ignored stonewalled blindsided ghosted sidelined steamrolled'.split(' '),
);

/** Words around a bare "not me" that keep it a clause of its own: "and not me, for the record". */
const ASIDE_WORDS: ReadonlySet<string> = new Set(
  'and but so well just definitely certainly obviously personally for the record honestly is was'.split(
    ' ',
  ),
);

/** What the speaker says was not theirs to catch: "not something I could have caught". */
const SOMETHING: ReadonlySet<string> = new Set('something anything'.split(' '));

/** "I wasn't even on call that week": the speaker not even present or involved. */
const ABSENT: ReadonlySet<string> = new Set(
  'on in there part involved assigned around working consulted'.split(' '),
);

/** The speaker kept in the dark, told in the passive: "we weren't consulted", "I was never looped
 * in", "we were not informed". A copula, a negation, then a verb of being kept informed. */
export function leftOut(tokens: readonly Token[], c: Clause, subject: number): boolean {
  if (!SPEAKER_OBJECTS.has(tokens[subject]?.norm ?? '')) return false;
  let k = subject + 1;
  // "we weren't told", and "we werent told" as a transcriber writes it.
  if (!FUSED_COPULA_NEG.has(tokens[k]?.norm ?? '')) {
    if (!COPULAS.has(tokens[k]?.norm ?? '')) return false;
    k++;
    if (!NEGATIONS.has(tokens[k]?.norm ?? '')) return false;
  }
  while (k + 1 < c.last && (NEGATIONS.has(tokens[k + 1].norm) || tokens[k + 1].tags.has('Adverb')))
    k++;
  return INFORMED.has(tokens[k + 1]?.norm ?? '');
}

/** Distrust of a party: "you can't count on vendors to tell you anything", "scripts from
 * contractors can't be trusted". A negation, a verb of relying within three words, and a party in
 * the clause. */
export function distrusts(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) {
    if (!NEGATIONS.has(tokens[k].norm)) continue;
    const near = tokens.slice(k + 1, Math.min(c.last, k + 4));
    if (!near.some((t) => TRUST.has(t.norm))) continue;
    // "you can't count on anyone else to catch it": everyone but the speaker distrusted.
    const others = (t: Token, j: number, ts: readonly Token[]) =>
      (isParty(t) && !['he', 'she'].includes(t.norm)) ||
      (UNIVERSALS.has(t.norm) && ts[j + 1]?.norm === 'else');
    return tokens.slice(c.first, c.last).some(others);
  }
  return false;
}

/** Words before a one-word sneer: "which, you know, classic". */
const LEAD_INS: ReadonlySet<string> = new Set('which and so you know just honestly'.split(' '));

/** A sneer about a party: "writing things down was beneath them", or one with no subject, about
 * whoever the answer was just talking of: "Not exactly a serious company, right?" */
export function sneers(tokens: readonly Token[], c: Clause, subjectless: boolean): boolean {
  // "the people whose job it supposedly is", "supposedly their responsibility": a party's duty
  // doubted aloud.
  for (let k = c.first; k < c.last; k++) {
    if (!ALLEGED.has(tokens[k].norm)) continue;
    const near = tokens.slice(Math.max(c.first, k - 4), Math.min(c.last, k + 4));
    const duty = near.some(
      (t, j) => DUTY_NOUNS.has(t.norm) && OTHERS_OWN.has(near[j - 1]?.norm ?? ''),
    );
    if (duty) return true;
  }
  // "writing things down was beneath them".
  for (let k = c.first; k < c.last - 1; k++) {
    const next = tokens[k + 1];
    if (tokens[k].norm === 'beneath' && (next.norm === 'them' || isParty(next))) return true;
  }
  // "Great, thanks, infra, the migration they ran ...": thanks said to a party, as a sneer.
  for (let k = c.first; k < c.last; k++) {
    if (tokens[k].norm !== 'thanks') continue;
    const party = tokens[k + 1];
    const vocative =
      /,/.test(tokens[k].post) && !!party && isParty(party) && /[,.!]/.test(party.post);
    if (vocative) return true;
  }
  // "because apparently that's hard": sarcasm about what a party found too much.
  for (let k = c.first; k < c.last - 2; k++) {
    if (!SARCASM_MARKS.has(tokens[k].norm)) continue;
    const rest = tokens.slice(k + 1, Math.min(c.last, k + 6));
    const far = tokens.slice(k + 1, Math.min(c.last, k + 8));
    if (rest.some((t) => COPULAS.has(t.norm)) && far.some((t) => SARCASM_EASY.has(t.norm)))
      return true;
  }
  // "Typical agency.", "which, you know, classic.", "Pure politics.": a one-word sneer standing as
  // the clause, with at most a party or a qualifier beside it and no verb.
  let w = c.first;
  while (w < c.last && (tokens[w].text === '' || LEAD_INS.has(tokens[w].norm))) w++;
  // "which is classic sales", "that's typical legal": a copula after a relative that points back.
  if (COPULAS.has(tokens[w]?.norm ?? '') && ['which', 'that', 'it'].includes(tokens[c.first].norm))
    w++;
  const words = tokens.slice(w, c.last);
  const sneer = words.findIndex((t) => SNEER_WORDS.has(t.norm));
  if (sneer >= 0 && sneer <= 1 && words.length <= 3 && !words.some((t) => t.tags.has('Verb'))) {
    const rest = words.filter((_, k) => k !== sneer);
    const qualifier = (t: Token) => isParty(t) || t.norm === 'them' || t.tags.has('Adjective');
    if (rest.every(qualifier)) return true;
  }
  return (
    subjectless &&
    c.last - c.first >= 3 &&
    tokens[c.first + 2]?.norm !== 'sure' &&
    SNEER_WORDS_SAID.some((p) => p.every((w, j) => tokens[c.first + j]?.norm === w))
  );
}

/** What a speaker's own code is denied to have done: "it wasn't our code that caused it". */
const CAUSES: ReadonlySet<string> = new Set('caused broke triggered started'.split(' '));

/** Verbs of wishing that direct a party after "would": "I would want them to actually ...". */
const WISHES: ReadonlySet<string> = new Set('want expect need'.split(' '));

/** A lesson that directs another party's conduct: "make sure they communicate", "get platform to
 * actually announce their changes", "get the data team to actually do their job". A verb of
 * directing, someone other than the speaker, then "actually" or a verb of diligence. */
export function directs(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 2; k++) {
    const w = tokens[k].norm;
    // "next time I would want the other teams to actually test their part": a wish in hindsight
    // that directs them all the same.
    const wish =
      WISHES.has(w) && tokens.slice(Math.max(0, k - 3), k).some((t) => t.norm === 'would');
    if (!DIRECTS.has(w) && !wish) continue;
    if (w === 'sure' && tokens[k - 1]?.norm !== 'make') continue;
    const who = tokens[k + 1];
    if (!who || SPEAKER_OBJECTS.has(who.norm) || who.norm === 'you' || who.norm === 'it') continue;
    // "get" takes its party, then "to": "get the data team to actually ...".
    let v = k + 1;
    if (w === 'get' || w === 'getting') {
      while (v < Math.min(c.last, k + 6) && tokens[v].norm !== 'to') v++;
      if (tokens[v]?.norm !== 'to' || v === k + 1) continue;
    } else {
      const person = who.norm === 'they' || isParty(who) || who.norm === 'the';
      if (!person) continue;
    }
    const rest = tokens.slice(v, Math.min(c.last, v + 6));
    if (rest.some((t) => t.norm === 'actually')) return true;
    // "make sure they communicate", "make sure the vendor tells us".
    if (w !== 'get' && w !== 'getting' && rest.some((t) => DILIGENCE_VERBS.has(t.norm)))
      return isParty(who) || who.norm === 'they';
  }
  return false;
}

/** The speaker as a mere executor: "I was just doing what my manager told me to do", "I only
 * followed what they asked for". "just"/"only", then "what" and a party's telling or asking. */
export function obeyed(tokens: readonly Token[], c: Clause): boolean {
  const only = tokens
    .slice(c.first, c.last)
    .findIndex((t) => t.norm === 'just' || t.norm === 'only');
  // "I just did what ...", "I was just doing what ...", not "I did just what she told me".
  const lead = tokens[c.first + only - 1]?.norm ?? '';
  if (only < 0 || !['i', 'was', 'we', 'were'].includes(lead)) return false;
  // "I was just following the runbook", "I was just going off the tickets product gave me".
  const doing = tokens[c.first + only + 1];
  const after = tokens[c.first + only + 2]?.norm ?? '';
  if (['was', 'were'].includes(lead) && doing && EXECUTES.has(doing.norm)) {
    if (doing.norm === 'following' && !['up', 'through'].includes(after)) return true;
    if (doing.norm === 'going' && after === 'off') return true;
    if (['executing', 'implementing'].includes(doing.norm) && ['what', 'the'].includes(after))
      return true;
  }
  // "I just did what they said", "we were just using it how their docs said".
  for (let k = c.first + only + 1; k < Math.min(c.last, c.first + only + 6); k++) {
    if (!['what', 'how', 'as', 'way'].includes(tokens[k].norm)) continue;
    const rest = tokens.slice(k + 1, Math.min(c.last, k + 6));
    const party = rest.some((t) => isParty(t) || t.norm === 'their');
    // "I just built what was in the spec", "only did what the ticket said": orders in writing.
    const written = rest.some((t, j) => ORDER_DOCS.has(t.norm) && j > 0);
    return (party || written) && rest.some((t) => ORDERS.has(t.norm) || t.norm === 'in');
  }
  return false;
}

/** Where orders are written down: "what was in the spec", "what the ticket said". */
const ORDER_DOCS: ReadonlySet<string> = new Set(
  'spec specs specification ticket tickets brief requirements story jira'.split(' '),
);

/** Words that doubt what is claimed: "whose job it supposedly is". */
const ALLEGED: ReadonlySet<string> = new Set('supposedly allegedly nominally'.split(' '));

/** Duties a party is said to have. */
const DUTY_NOUNS: ReadonlySet<string> = new Set('job responsibility duty role remit'.split(' '));

/** Owners of a duty other than the speaker. */
const OTHERS_OWN: ReadonlySet<string> = new Set('whose their his her'.split(' '));

/** A fair remark on the party's side: "it made sense", "which was fair", "they were right". */
const FAIR: readonly (readonly string[])[] = [
  'made sense',
  'makes sense',
  'was fair',
  'were fair',
  'is fair',
  'fair enough',
  'was reasonable',
  'were reasonable',
  'was right',
  'were right',
  'rightly',
  'agreed with them',
  'agreed with him',
  'agreed with her',
  'turned out it was',
  'had a point',
  'made up for it',
].map((p) => p.split(' '));
const FAIR_FIRST: ReadonlySet<string> = new Set(FAIR.map((p) => p[0]));

/** Who is the cause after "because" when the speaker takes a part: "because our docs were unclear". */
const OUR_CAUSE: ReadonlySet<string> = new Set('our my'.split(' '));

/** Amounts a speaker says were all they could do: "not a lot I could do", "little we could do". */
const LITTLE: ReadonlySet<string> = new Set('lot much little'.split(' '));

/** What the speaker's own side was doing fine: "because our setup was working" owns no fault. */
const FINE: ReadonlySet<string> = new Set('working fine stable worked good'.split(' '));

/** Where the speaker takes a part of the failure (token positions): "I should have written a test", "I had
 * approved it without a dry run", "that was my mistake too". */
export function ownedAt(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // "the customers used it wrong because our docs were unclear": the cause is the speaker's.
    const ours = tokens[k + 1];
    if (t.norm === 'because' && ours?.sent === t.sent) {
      // "because we hadn't documented it" owns a part; "because we could ship it fast" does not.
      const weFailed =
        ['we', 'i'].includes(ours.norm) &&
        tokens.slice(k + 2, k + 5).some((x) => NEGATIONS.has(x.norm));
      const fine = tokens.slice(k + 2, k + 7).some((x) => FINE.has(x.norm));
      const ourCause = OUR_CAUSE.has(ours.norm) && !fine;
      if (ourCause || weFailed) out.push(k);
    }
    // "it made sense given their budget", "which was fair": the party's side stated fairly.
    if (FAIR_FIRST.has(t.norm) && FAIR.some((p) => p.every((w, j) => tokens[k + j]?.norm === w))) {
      const denied = tokens.slice(Math.max(0, k - 2), k).some((x) => NEGATIONS.has(x.norm));
      if (!denied) out.push(k);
    }
    // "the reviewer missed it, and so did I".
    const also =
      tokens[k - 1]?.norm === 'did' && ['so', 'neither'].includes(tokens[k - 2]?.norm ?? '');
    if (t.norm === 'i' && also) out.push(k);
    if (t.norm !== 'i' && t.norm !== 'my') continue;
    const next = tokens.slice(k + 1, k + 4).filter((x) => x.sent === t.sent);
    const words = next.map((x) => x.norm).join(' ');
    // "my mistake", not "wasn't really my fault".
    const before = tokens.slice(Math.max(0, k - 3), k);
    const denied = before.some((x) => NEGATIONS.has(x.norm));
    // "there was nothing I could have done": the speaker denies a part, not takes one.
    // "it wasn't really something I could have caught": a part denied, not taken.
    const nothing =
      tokens[k - 1]?.norm === 'nothing' ||
      (SOMETHING.has(tokens[k - 1]?.norm ?? '') &&
        tokens.slice(Math.max(0, k - 5), k).some((x) => NEGATIONS.has(x.norm)));
    const mine =
      t.norm === 'my'
        ? OWN_FAULTS.has(next[0]?.norm ?? '') && !denied
        : OWNING.some((p) => words.startsWith(p)) &&
          !next.some((x) => NEGATIONS.has(x.norm)) &&
          !nothing;
    if (mine) out.push(k);
  }
  return out;
}

/** Things that say what to do, read as the cause after a denial: "the ticket said to do it". */
const SAYING: ReadonlySet<string> = new Set(
  'said says told asked specified wanted stated'.split(' '),
);

/** The clause right after a denial, in its sentence, names where the fault went: another party
 * ("the DBA team had given me the wrong backup"), a plan of theirs ("it was his timeline") or what
 * told the speaker what to do ("the ticket said to do it that way"). Not the speaker's own clause. */
export function passedOn(
  tokens: readonly Token[],
  denial: Clause,
  c: Clause,
  s: { first: number; last: number; agent: string },
): boolean {
  // Said in the same breath: a semicolon closes the denial as a sentence would.
  if (tokens[denial.first].sent !== tokens[c.first].sent || /;/.test(tokens[c.first - 1].post))
    return false;
  // What happened, told in the past ("had given me", "said", "it was his"), not who owns what now
  // ("the data team owns the warehouse"), and not followed by the speaker's own step.
  const past = tokens
    .slice(s.last, Math.min(c.last, s.last + 4))
    .some((t) => t.tags.has('PastTense'));
  const mine = tokens[c.last]?.sent === tokens[c.first].sent && stepAfter(tokens, c.last);
  if (!past || mine) return false;
  if (s.agent === 'other' || s.agent === 'nobody') return true;
  if (s.agent === 'dummy') {
    if (!COPULAS.has(tokens[s.last]?.norm ?? '')) return false;
    return tokens.slice(s.last + 1, Math.min(c.last, s.last + 4)).some(partyOwner);
  }
  return s.agent === 'thing' && SAYING.has(tokens[s.last]?.norm ?? '');
}
