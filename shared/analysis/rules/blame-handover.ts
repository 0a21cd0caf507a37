import { BAD_OBJECT_WORDS, JUDGEMENT_WORDS } from '../lists/blame';
import { COPULAS } from '../lists/grammar';
import {
  CARE_NOUNS,
  GRANTS,
  LEFT_STATES,
  MADE_HARMS,
  NEEDED,
  NONE,
  SPEAKER_OBJECTS,
  SPEAKER_SUBJECTS,
  THAT_HARMS,
} from '../lists/blame-context';
import {
  COMMITS,
  FAULT_DEEDS,
  HANDED_OVER,
  HANDED_TO,
  HANDS,
  MEASURES,
  WORKS,
} from '../lists/blame-predicate';
import type { Token } from '../tokens';
import type { Subject } from './blame-clause';
import { negated, type Pred } from './blame-verb';

// Harm and handover: what a party did to the work or handed on to the speaker: broke it, shipped
// something that did harm, handed over what could not work, gave too little time, promised what
// did not exist, left a mess. A harm needs an object ("broke the build"), so a thing breaking on
// its own ("the SDK broke on node 20") is not a party's deed.

/** A harm done to something by a party or its work: "their deploy took down checkout", "the infra
 * team wiped our DNS records". */
export function harmed({ tokens, last, v, verb }: Pred): boolean {
  const particle = verb === 'took' || verb === 'brought' || verb === 'knocked';
  const object = tokens[v + (particle ? 2 : 1)];
  return (
    MADE_HARMS.has(verb) &&
    (!particle || ['down', 'out', 'over'].includes(tokens[v + 1]?.norm ?? '')) &&
    !!object &&
    v + 1 < last &&
    !object.tags.has('Preposition')
  );
}

/** Work a party handed the speaker that could not be done or kept: too little time, screens that
 * couldn't be built, a promise of what did not exist, a mistake made, a change that broke things. */
export function handedBadly({ tokens, s, last, pred, v, verb }: Pred): boolean {
  // "management gave us six weeks for something that needed six months": less than the work took.
  if (GRANTS.has(verb) && SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '')) {
    const span = tokens.slice(v + 2, Math.min(last, v + 12));
    const forAt = span.findIndex((t) => t.norm === 'for');
    const needed = span.findIndex(
      (t, k) => t.norm === 'that' && NEEDED.has(span[k + 1]?.norm ?? ''),
    );
    if (forAt >= 0 && needed > forAt) return true;
  }
  // "handed us screens that couldn't be built", "gave us a schema that didn't match": a
  // deliverable that could not work.
  if ((GRANTS.has(verb) || HANDS.has(verb)) && SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '')) {
    const span = tokens.slice(v + 2, Math.min(last, v + 9));
    const rel = span.findIndex((t) => t.norm === 'that' || t.norm === 'which');
    const failed = span.slice(rel + 2, rel + 5).some((t) => WORKS.has(t.norm));
    // "handed us mockups that nobody could build".
    const none = negated(span.slice(rel + 1, rel + 3)) || span[rel + 1]?.norm === 'nobody';
    if (rel > 0 && none && failed) return true;
  }
  // "my colleague made a mistake in the query": a fault as the party's own deed.
  const deed =
    ['made', 'make', 'makes'].includes(verb) &&
    pred.slice(1, 4).some((t) => FAULT_DEEDS.has(t.norm));
  if (deed) return true;
  // "pushed a migration that locked the orders table", "shipped a build that hammered our API".
  if (harmThatFollows(tokens, s)) return true;
  // "the PM promised the client a feature we had never scoped", "sales sold a feature that did
  // not exist": a commitment made for others that could not be kept.
  const promised = tokens.slice(v + 2, v + 10).filter((t) => t.sent === tokens[v].sent);
  return COMMITS.has(verb) && negated(promised);
}

/** What a named party left the speaker: "left us basically nothing", "had left it a total mess",
 * "left it broken over the weekend". */
export function leftBehind({ tokens, s, last, pred, v, verb }: Pred): boolean {
  if (verb !== 'left') return false;
  // "left us basically nothing", "left us next to nothing to work with": nothing handed over.
  if (
    SPEAKER_OBJECTS.has(tokens[v + 1]?.norm ?? '') &&
    tokens.slice(v + 2, Math.min(last, v + 6)).some((t) => t.norm === 'nothing')
  )
    return true;
  // "had left it a total mess", "left us a pile of garbage": a judgement of what they left behind.
  return pred.slice(v - s.last + 1, v - s.last + 8).some(
    (t, k, ts) =>
      JUDGEMENT_WORDS.has(t.norm) ||
      // "left it broken over the weekend".
      (BAD_OBJECT_WORDS.has(t.norm) && k <= 2) ||
      // "had left it in a bit of a state": the state it was left in.
      (LEFT_STATES.has(t.norm) && ts[k - 1]?.norm === 'a' && k >= 2),
  );
}

/** A deliverable of the party that then did harm, further on in the sentence: "pushed some change
 * the night before that broke it". */
function harmThatFollows(tokens: readonly Token[], s: Subject): boolean {
  const sent = tokens[s.first].sent;
  for (let k = s.last; k < s.last + 12 && tokens[k]?.sent === sent; k++) {
    if (SPEAKER_SUBJECTS.has(tokens[k].norm)) return false;
    if (tokens[k].norm !== 'that' && tokens[k].norm !== 'which') continue;
    const next = tokens[k + 1]?.norm ?? '';
    // "which brought the bill down" lowers a measure; "which brought the site down" is harm.
    const lowered = ['brought', 'took'].includes(next) && MEASURES.has(tokens[k + 3]?.norm ?? '');
    if (lowered) continue;
    if (THAT_HARMS.has(next) && !(next === 'took' && tokens[k + 2]?.norm !== 'down')) return true;
  }
  return false;
}

/** Work received with none of the care it needed, whoever the subject: "got handed to us with no
 * docs", "was passed over without any runbook", "we were given the platform with no handover".
 * The handing is passive or goes over to someone ("got handed to us", "came over from"), not "it
 * passed the audit with no findings". */
export function receivedBare(tokens: readonly Token[], s: Subject, last: number): boolean {
  const pred = tokens.slice(s.last, last);
  for (let k = 0; k < pred.length; k++) {
    const w = pred[k].norm;
    if (w !== 'with' && w !== 'without') continue;
    const received = pred
      .slice(Math.max(0, k - 6), k)
      .some(
        (t, j, ts) =>
          HANDED_OVER.has(t.norm) &&
          (HANDED_TO.has(ts[j + 1]?.norm ?? '') || COPULAS.has(ts[j - 1]?.norm ?? '')),
      );
    if (!received) continue;
    const lack = pred.slice(k + 1, k + 5);
    const none = w === 'without' || NONE.has(lack[0]?.norm ?? '');
    if (none && lack.some((t) => CARE_NOUNS.has(t.norm) || t.norm === 'run')) return true;
  }
  return false;
}
