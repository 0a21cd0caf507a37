import {
  CYNICAL_MOTIVES,
  INERTIA,
  MERELY,
  THIN_MARKS,
  THIN_SOURCES,
  TOOK_IN,
} from '../lists/blame-predicate';
import { hasPhrase, type Pred } from './blame-verb';

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
