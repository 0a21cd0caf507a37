import { SWEEPING } from '../lists/blame-context';
import {
  CAME_TO_NOTHING,
  DELIVERED,
  PROMISES,
  REFUSALS,
  CYNICAL_MOTIVES,
  INERTIA,
  MERELY,
  THIN_MARKS,
  THIN_SOURCES,
  TOOK_IN,
} from '../lists/blame-predicate';
import { hasPhrase, stepAfter, type Pred } from './blame-verb';

// What a party's stance rests on: a view formed from one thin source ("their architect had read one
// blog post about microservices", "he just watched a talk"), a motive imputed as box-ticking or
// self-cover ("they just want to tick the box"), and inertia ("they'd been doing things the same
// way for years"). Said of another party's clause only (blame-predicate.ts).

/** "had read one blog post", "just watched a conference talk", "only skimmed a single article": a
 * source taken in, made thin by "one", "a single", "just" or "only". Not "read the RFC" nor "found
 * a blog post that explained the bug". */
export function thinBasis({ pred }: Pred): boolean {
  const k = pred.slice(0, 5).findIndex((t) => TOOK_IN.has(t.norm));
  if (k < 0) return false;
  const marked =
    pred.slice(Math.max(0, k - 2), k).some((t) => THIN_MARKS.has(t.norm)) ||
    pred.slice(k + 1, k + 3).some((t) => THIN_MARKS.has(t.norm));
  // Any one source ("a blog post", "one article"), not a particular one ("the demo", "their RFC").
  const any = ['a', 'an', 'one', 'single', 'some'].includes(pred[k + 1]?.norm ?? '');
  return marked && any && pred.slice(k + 1, k + 5).some((t) => THIN_SOURCES.has(t.norm));
}

/** "they just want to tick the box", "only cared about covering themselves": a motive imputed as
 * the whole of it; "had been doing things the same way for twenty years": inertia. */
export function cynicalMotive({ pred }: Pred): boolean {
  const head = pred.slice(0, 10);
  if (INERTIA.some((p) => hasPhrase(head, p))) return true;
  const at = head.findIndex((t) => MERELY.has(t.norm));
  return at >= 0 && CYNICAL_MOTIVES.some((p) => hasPhrase(head.slice(at + 1), p));
}

/** "vetoed everything we proposed", "rejected every idea": a refusal swept over all the speaker
 * brought. */
export function refusedAll({ pred }: Pred): boolean {
  const k = pred.slice(0, 3).findIndex((t) => REFUSALS.has(t.norm));
  if (k < 0) return false;
  const next = pred[k + 1]?.norm ?? '';
  if (!SWEEPING.has(next) && next !== 'every' && next !== 'anything') return false;
  // What the speaker brought ("everything we proposed", "every idea I raised"), or all of it;
  // not a class of things ("everything that stored tokens in plain text").
  const at = next === 'every' ? k + 3 : k + 2;
  const after = pred[at];
  return !after || /[,;:.!?]/.test(pred[at - 1].post) || ['we', 'i'].includes(after.norm);
}

/** "promised a fix and then nothing happened for a month", "committed to a date and then went
 * silent": a promise of the party's that came to nothing, in the same sentence. */
export function promiseBroken({ tokens, v, verb }: Pred): boolean {
  if (!PROMISES.has(verb)) return false;
  const sent = tokens[v].sent;
  const rest = tokens.slice(v + 1, v + 14).filter((t) => t.sent === sent);
  return CAME_TO_NOTHING.some((p) => hasPhrase(rest, p));
}

/** "the offshore vendor delivered late", "legal signed off really late": the party's part done late,
 * unless the speaker's own step follows ("..., so I built a mock"). */
export function deliveredLate({ tokens, last, v, verb }: Pred): boolean {
  if (!DELIVERED.has(verb)) return false;
  let k = v + 1;
  while (k < Math.min(last, v + 5) && tokens[k].norm !== 'late') k++;
  if (tokens[k]?.norm !== 'late' || k >= last || tokens[k - 1].norm === 'too') return false;
  // "shipped the late fee feature": "late" before a noun names the thing.
  if (tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1].tags.has('Pronoun')) return false;
  return !stepAfter(tokens, k + 1);
}
