import { FAULT_NOUNS } from '../lists/blame';
import { COPULAS } from '../lists/grammar';
import {
  NEGATIONS_ALL as NEGATIONS,
  APPORTION,
  DUTIES,
  FAULT_SUBJECTS,
  FRAMES,
  OWN_GROUP,
  PROBLEM_NOUNS,
  REMARKS,
  SPEAKER_OBJECTS,
  SPEAKER_SUBJECTS,
  THAT_HARMS,
} from '../lists/blame-context';
import {
  DUMMIES_AT,
  DUTY_PLACES,
  HABIT_JABS,
  PROBLEM_OWNERS,
  RIGHT_TO,
  THING_JUDGEMENTS,
  UNDERTAKEN,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import { isParty, type Subject } from './blame-clause';
import { negated } from './blame-verb';

// Fault named and responsibility denied: a dummy or a thing as the subject, whose complement pins
// the fault on a party ("it was the ops team's fault", "that's on them", "the root cause was the
// vendor") or denies the speaker's part ("it wasn't my call", "that one wasn't on me"). A fault
// of the speaker's own said plainly ("it was my mistake") is ownership, not blame.

/** How a dummy subject blames: "it was the ops team's fault", "that one's on him", or denies the
 * speaker's part: "it wasn't really my call", "it wasn't on us". */
export function dummyBlames(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, Math.min(last, s.last + 8));
  if (unkept(tokens, s, pred)) return true;
  if (!pred.length || !(COPULAS.has(pred[0].norm) || REMARKS.has(pred[0].norm))) return false;
  // "it is to make the other team's problem visible": a purpose, not a complement.
  if (pred[1]?.norm === 'to') return false;
  // "it was their migration that took down prod": a cleft that pins the harm on a party's work.
  const owner = pred.findIndex(
    (t, k) => k < 3 && (t.norm === 'their' || (/['’]s$/.test(t.norm) && isParty(t))),
  );
  if (owner >= 0) {
    const rel = pred.findIndex(
      (t, k) => k > owner + 1 && k < owner + 5 && (t.norm === 'that' || t.norm === 'which'),
    );
    if (rel > 0 && THAT_HARMS.has(pred[rel + 1]?.norm ?? '')) return true;
  }
  // "it was a political decision", "the whole process was kind of political".
  if (pred.slice(1, 6).some((t) => THING_JUDGEMENTS.has(t.norm))) return true;
  // "I don't think that one was really on me": the negation sits in the speaker's frame.
  const frame = tokens.slice(Math.max(0, s.first - 4), s.first);
  const framed = negated(frame) && frame.some((t) => FRAMES.has(t.norm));
  const neg = negated(pred.slice(0, 3)) || framed;
  // "the blame's really with the vendor", "the fault lies with them".
  if (FAULT_SUBJECTS.has(tokens[s.last - 1]?.norm ?? '') && !neg) {
    const w = pred.findIndex((t, k) => k < 4 && t.norm === 'with');
    if (w > 0 && pred.slice(w + 1, w + 5).some((t) => isParty(t) || t.norm === 'them')) return true;
  }
  // "that was mostly the mobile side", "that was all the vendor": a failure apportioned to a party
  // that closes the clause.
  if (!neg && APPORTION.has(pred[1]?.norm ?? '') && pred[2]?.norm === 'the') {
    const head = pred
      .slice(3)
      .findIndex((t) => !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund'));
    const np = pred.slice(3, head < 0 ? pred.length : 3 + head);
    if (np.length && isParty(np[np.length - 1]) && !/['’]s$/.test(np[np.length - 1].norm))
      return true;
  }
  for (let k = 1; k < pred.length; k++) {
    const t = pred[k];
    const next = pred[k + 1];
    // "that's just how they operate", "which is how that team works": a habit of a party's.
    // Not "that's how the data team works, they batch requests": a plain account of a process.
    const jab = pred.slice(0, k).some((x) => HABIT_JABS.has(x.norm));
    if (t.norm === 'how' && !neg && jab) {
      const who = pred.slice(k + 1, k + 4).findIndex((x) => isParty(x) || x.norm === 'whoever');
      if (who >= 0 && k + 2 + who < pred.length) return true;
    }
    // "is on them", "wasn't really on me": "on" right after the copula, not "to move the needle on
    // sales" or "a guy on my team".
    const direct = pred.slice(1, k).every((x) => NEGATIONS.has(x.norm) || x.tags.has('Adverb'));
    // "it was not on my hands", "wasn't on my watch": a place of duty the speaker denies.
    if (t.norm === 'on' && neg && direct && OWN_GROUP.has(next?.norm ?? '')) {
      if (DUTY_PLACES.has(pred[k + 2]?.norm ?? '')) return true;
    }
    if (t.norm === 'on' && next && direct && !OWN_GROUP.has(next.norm)) {
      // "on the platform team", "on whoever set it up"; not "on the platform team's cluster".
      const at = pred.slice(k + 1, k + 5).findIndex((x) => isParty(x) || x.norm === 'whoever');
      const head = pred[k + 1 + at];
      const party = at >= 0 && !(/['’]s$/.test(head.norm) || pred[k + 2 + at]?.tags.has('Noun'));
      if (!neg && (party || ['them', 'him', 'her', 'their'].includes(next.norm))) return true;
      // "so it's not on you when it goes wrong": the generic "you" of a lesson is the speaker.
      if (neg && (SPEAKER_OBJECTS.has(next.norm) || next.norm === 'you')) return true;
    }
    // "the requirements were their job, not ours": a duty that was the party's.
    // "which is supposed to be their entire job": a word or two may sit between.
    const theirs = pred
      .slice(Math.max(0, k - 3), k)
      .some((x) => ['their', 'his', 'her'].includes(x.norm));
    // Not "which, fine, that's their job": a dummy conceding what the party did was its duty; a
    // thing handed to them ("the requirements were their job") or a duty they should have done is.
    const owed = s.agent === 'thing' || pred.slice(0, k).some((x) => x.norm === 'supposed');
    // "which was his call to make": a right granted, not a duty failed.
    const right = pred[k + 1]?.norm === 'to' && RIGHT_TO.has(pred[k + 2]?.norm ?? '');
    if (!neg && theirs && owed && DUTIES.has(t.norm) && k <= 6 && !right) return true;
    // "it was mistake of the QA people", "the fault of the vendor": a fault owned by a party.
    const ofParty = pred[k + 1]?.norm === 'of' && pred.slice(k + 2, k + 6).some(isParty);
    if (!neg && FAULT_NOUNS.has(t.norm) && ofParty) return true;
    if ((FAULT_NOUNS.has(t.norm) || PROBLEM_NOUNS.has(t.norm)) && k > 0) {
      const owner = pred[k - 1];
      const mine = SPEAKER_OBJECTS.has(owner.norm);
      if (neg && mine) return true;
      // "their outage", "the vendor's bug", "a vendor problem" (not "a client issue": software).
      const compound = PROBLEM_OWNERS.has(owner.norm) && PROBLEM_NOUNS.has(t.norm);
      if (
        !neg &&
        !mine &&
        !right &&
        (/['’]s$/.test(owner.norm) || ['their', 'his', 'her'].includes(owner.norm) || compound)
      )
        return true;
    }
  }
  return false;
}

/** "The offshore team was supposed to handle Android and that never really happened", "legal
 * promised a sign-off by Friday, which didn't happen either": a party's duty, then a dummy that
 * says it was not done. */
function unkept(tokens: readonly Token[], s: Subject, pred: readonly Token[]): boolean {
  if (!DUMMIES_AT.has(tokens[s.first].norm) && tokens[s.first].norm !== 'which') return false;
  const happened = pred.slice(0, 4).findIndex((t) => /^happen/.test(t.norm));
  if (happened < 0 || !negated(pred.slice(0, happened))) return false;
  const sent = tokens[s.first].sent;
  for (let k = s.first - 1; k >= Math.max(0, s.first - 16) && tokens[k].sent === sent; k--) {
    if (SPEAKER_SUBJECTS.has(tokens[k].norm)) return false;
    if (!UNDERTAKEN.has(tokens[k].norm)) continue;
    return tokens.slice(Math.max(0, k - 6), k).some((t) => t.sent === sent && isParty(t));
  }
  return false;
}

/** "the problem was one hundred percent the vendor", "the root cause was them": a problem whose
 * complement is a party, with nothing of the system between. */
export function problemIsParty(tokens: readonly Token[], s: Subject, last: number): boolean {
  if (!PROBLEM_NOUNS.has(tokens[s.last - 1]?.norm ?? '') && tokens[s.last - 1]?.norm !== 'cause')
    return false;
  if (!COPULAS.has(tokens[s.last]?.norm ?? '')) return false;
  for (let k = s.last + 1; k < Math.min(last, s.last + 7); k++) {
    const t = tokens[k];
    // "the refund bug was hitting paying customers": a progressive verb, not the problem named.
    if (t.tags.has('Gerund')) return false;
    if (isParty(t) || t.norm === 'them') {
      const after = tokens[k + 1];
      return !(k + 1 < last && after?.tags.has('Noun') && !after.tags.has('Pronoun'));
    }
    // "the networking team": a modifier before the party's head.
    const amount = t.tags.has('Value') || t.norm === 'percent';
    if (t.tags.has('Noun') && !amount && !isParty(tokens[k + 1])) return false;
  }
  return false;
}
