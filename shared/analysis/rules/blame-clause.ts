import { CLAUSE_BREAKS, OPENERS } from '../lists/grammar';
import { OTHER_PARTY_WORDS, PARTY_HEADS, PARTY_QUALIFIERS } from '../lists/blame';
import { FILLER_SOUNDS } from '../lists/fillers';
import type { Token } from '../tokens';
import { DUMMIES, LEADS, STOP_NP } from '../lists/blame-context';

/** Who a clause's subject is: the speaker, the speaker's team, another party, "nobody", a dummy
 * "it"/"that" (whose complement names who is responsible), or a thing. */
type Agent = 'speaker' | 'team' | 'other' | 'nobody' | 'dummy' | 'thing';

/** A clause's subject: its tokens [first, last) and who it is. `qualified` is set for "nobody on the
 * sales side", "nobody over there": a nobody from another group. */
export type Subject = { first: number; last: number; agent: Agent; qualified: boolean };

/** A clause as tokens [first, last). */
export type Clause = { first: number; last: number };

/** Splits each sentence into clauses after a comma, semicolon or colon, before a clause word
 * ("and", "but", "because", "which") and after a "that" following a verb. */
export function clausesOf(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const cut =
      !t ||
      t.sent !== prev.sent ||
      /[,;:]/.test(prev.post) ||
      (CLAUSE_BREAKS.has(t.norm) &&
        t.norm !== 'or' &&
        !OBJECT_AFTER.has(tokens[i + 1]?.norm ?? '')) ||
      // "the learning is that other teams ...": after a verb, "that" opens a clause of its own.
      (prev.norm === 'that' &&
        tokens[i - 2]?.tags.has('Verb') &&
        tokens[i - 2].norm !== 'like' &&
        tokens[i - 2].sent === t.sent);
    if (cut) {
      if (i > first) out.push({ first, last: i });
      first = i;
    }
  }
  return out;
}

/** The base of a word without a possessive "'s". */
export const base = (t: Token | undefined) => (t?.norm ?? '').replace(/['’]s$/, '');

/** "the team before us", "slipped because of legal": a clause word with an object starts no clause. */
const OBJECT_AFTER = new Set('us me them him her of'.split(' '));

const isParty = (t: Token) =>
  OTHER_PARTY_WORDS.has(base(t)) || PARTY_HEADS.has(base(t)) || t.tags.has('Person');

/** The subject at the start of a clause, past openers ("so", "honestly", "to be fair"). */
export function subjectOf(tokens: readonly Token[], c: Clause): Subject | null {
  let i = c.first;
  while (
    i < c.last &&
    (CLAUSE_BREAKS.has(tokens[i].norm) ||
      OPENERS.has(tokens[i].norm) ||
      LEADS.has(tokens[i].norm) ||
      FILLER_SOUNDS.has(tokens[i].norm) ||
      tokens[i].text === '')
  )
    i++;
  const t = tokens[i];
  if (!t || i >= c.last) return null;
  const w = base(t);
  if (w === 'i' || w === 'me') return { first: i, last: i + 1, agent: 'speaker', qualified: false };
  if (w === 'we') return { first: i, last: i + 1, agent: 'team', qualified: false };
  if (w === 'nobody' || (w === 'no' && tokens[i + 1]?.norm === 'one')) {
    let last = w === 'no' ? i + 2 : i + 1;
    let qualified = false;
    // "nobody on the sales side", "nobody over there": a qualifier that names another group.
    if (['on', 'over', 'in', 'at', 'from'].includes(tokens[last]?.norm ?? '')) {
      for (let k = last + 1; k < Math.min(c.last, last + 5); k++) {
        if (PARTY_QUALIFIERS.has(base(tokens[k])) || isParty(tokens[k])) {
          qualified = true;
          last = k + 1;
        }
      }
    }
    return { first: i, last, agent: 'nobody', qualified };
  }
  if (DUMMIES.has(w)) {
    const one = tokens[i + 1]?.norm === 'one' ? i + 2 : i + 1;
    return { first: i, last: one, agent: 'dummy', qualified: false };
  }
  if (OTHER_PARTY_WORDS.has(w)) return { first: i, last: i + 1, agent: 'other', qualified: false };
  // A noun phrase: "the growth PM", "Dana's team", "the other teams", "my team".
  let k = i;
  let party = false;
  let mine = false;
  while (k < c.last && k < i + 5) {
    const x = tokens[k];
    const np =
      x.tags.has('Determiner') ||
      x.tags.has('Adjective') ||
      x.tags.has('Noun') ||
      x.tags.has('Possessive') ||
      x.tags.has('ProperNoun');
    const verbLike = x.tags.has('Modal') || x.tags.has('Copula') || STOP_NP.has(x.norm);
    if (!np || verbLike || (x.tags.has('Pronoun') && k > i)) break;
    if (x.norm === 'my' || x.norm === 'our') mine = true;
    if (isParty(x)) party = true;
    k++;
  }
  if (k === i) return null;
  // "the requirements from product", "the spec from the other team": a thing of another party.
  let last = k;
  if (!party && ['from', 'of'].includes(tokens[k]?.norm ?? '')) {
    for (let j = k + 1; j < Math.min(c.last, k + 4); j++) {
      if (isParty(tokens[j])) {
        party = true;
        last = j + 1;
        break;
      }
    }
  }
  // "their maintainers", "their support": what another party is or made stands for them.
  if (!party && tokens.slice(i, k).some((x) => x.norm === 'their')) party = true;
  const agent: Agent = party
    ? mine && base(tokens[k - 1]) === 'team'
      ? 'team'
      : 'other'
    : 'thing';
  return { first: i, last, agent, qualified: false };
}

const VERB_START = (t: Token | undefined) =>
  !!t && (t.tags.has('Verb') || t.norm === 'not' || t.norm === 'never' || t.norm === 'just');

/** Other parties acting inside a clause, not only at its start: "it turned out the DBA team dropped
 * the index", "the ops team they never tested it". Each is a party word (with its noun phrase)
 * followed by a verb. */
export function innerSubjects(tokens: readonly Token[], c: Clause, skip: number): Subject[] {
  const out: Subject[] = [];
  for (let k = skip; k < c.last; k++) {
    const t = tokens[k];
    const nobody = t.norm === 'nobody';
    if (!nobody && !isParty(t)) continue;
    let last = k + 1;
    while (last < c.last && PARTY_HEADS.has(base(tokens[last]))) last++;
    // Left dislocation: "the ops team, they never test" / "the ops team they never test".
    if (['they', 'he', 'she'].includes(tokens[last]?.norm ?? '') && last > k) last++;
    if (!VERB_START(tokens[last]) || last >= c.last) continue;
    let first = k;
    while (
      first > c.first &&
      (tokens[first - 1].tags.has('Determiner') ||
        tokens[first - 1].tags.has('Adjective') ||
        (tokens[first - 1].tags.has('Noun') && !tokens[first - 1].tags.has('Pronoun')))
    )
      first--;
    out.push({ first, last, agent: nobody ? 'nobody' : 'other', qualified: false });
    k = last - 1;
  }
  return out;
}
