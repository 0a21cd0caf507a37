import type { Token } from '../tokens';
import { COPULAS } from '../lists/grammar';
import { SWEEPING } from '../lists/blame-context';
import { USERS } from '../lists/blame-predicate';
import {
  BOSSES,
  BUY_IN,
  CAPACITY,
  DECIDES,
  DEFIANT,
  GRASP,
  MIDSTREAM,
  REWORKS,
} from '../lists/blame-irony';
import type { Subject } from './blame-clause';
import { negated, type Pred } from './blame-verb';

// A party's mind and follow-through: indecision ("couldn't make up his mind"), a mind closed before
// hearing anyone ("had made up his mind before the meeting"), a plan changed in flight ("midway they
// changed the entire logic", "every time they opened the spec they rewrote half of it"), a grasp
// never had ("had no clarity on what they wanted"), going along with everything ("just accepted
// everything the client said"), not buying in, and persisting against what was agreed ("kept
// calling the old endpoints anyway"). And what is not a party's fault: a supposition ("would not
// have said yes"), a lack of time told for them ("they'd just never had the time"), and the
// speaker's own manager doing a manager's job ("my manager kept checking in").

/** Negations before what a party never had: "never had the time". */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['never', 'not']);

/** Words of knowing what is wanted: "nobody was clear on what they wanted". */
const CLEAR: ReadonlySet<string> = new Set(['clear', 'sure']);

/** Verbs of going along, which "just ... everything" makes a complaint: "just accepted everything
 * the client said"; not "just handled everything", which may be praise. */
const ACQUIESCED: ReadonlySet<string> = new Set(
  'accepted agreed approved signed okayed promised rubberstamped greenlit forwarded escalated copied said'.split(
    ' ',
  ),
);

/** Verbs of wanting inside what a party had no grasp of: "what they wanted". */
const WANTED: ReadonlySet<string> = new Set(
  'wanted want wants needed need needs meant expected'.split(' '),
);

/** Words of "whatever they said": "accepted whatever the client said". */
const WHATEVER: ReadonlySet<string> = new Set(['whatever', 'anything']);

/** "couldn't make up his mind", "could never decide", "had made up his mind before the meeting",
 * "midway they changed the entire logic", "every time they opened it they rewrote half of it". */
export function wavered({ tokens, s, last, pred }: Pred): boolean {
  const head = pred.slice(0, 4);
  const could = head.some((t) => t.norm === 'could' || t.norm === 'couldnt');
  const decides = head.find((t) => DECIDES.has(t.norm));
  const mind = pred.slice(0, 7).some((t) => t.norm === 'mind' || t.norm === 'minds');
  if (could && negated(head) && decides && (decides.norm !== 'make' || mind)) return true;
  // "had made up his mind before the meeting": decided before anyone was heard.
  const made = pred.findIndex((t, k) => t.norm === 'made' && pred[k + 1]?.norm === 'up');
  // "before" may open a clause of its own right after.
  const before0 =
    pred.slice(made).some((t) => t.norm === 'before') ||
    tokens[last]?.norm === 'before' ||
    pred.slice(0, made).some((t) => t.norm === 'already');
  if (made >= 0 && mind && before0) return true;
  // "switched to Postgres": a choice adopted, not a plan churned.
  const change = pred
    .slice(0, 4)
    .some((t, k, ts) => REWORKS.has(t.norm) && ts[k + 1]?.norm !== 'to');
  if (!change) return false;
  // A time of change in flight, in the clause or just before the party: "then midway they".
  const sent = tokens[s.first].sent;
  const before = tokens.slice(Math.max(0, s.first - 8), s.first).filter((t) => t.sent === sent);
  const around = [...before, ...pred];
  if (around.some((t) => MIDSTREAM.has(t.norm))) return true;
  // "every time they opened the spec they rewrote half of it": the change answers each occasion,
  // told in a clause of its own (not "every time a team changed its schema", the occasion itself).
  const every = before.findIndex(
    (t, k) => ['every', 'each'].includes(t.norm) && before[k + 1]?.norm === 'time',
  );
  return every >= 0 && before.slice(every + 2).some((t) => t.tags.has('Verb'));
}

/** "had no clarity at all on what they wanted", "had no idea what they wanted", "nobody was really
 * clear on what they wanted", "they weren't sure what they wanted". */
export function lackedGrasp({ tokens, s, pred }: Pred): boolean {
  // "our customers had no idea what they wanted": the people served, not a party at fault.
  if (USERS.has(tokens[s.last - 1]?.norm ?? '')) return false;
  const copula = pred.slice(0, 3).findIndex((t) => COPULAS.has(t.norm));
  if (copula >= 0) {
    let k = copula + 1;
    const denied = negated(pred.slice(copula, copula + 2));
    // "nobody was super clear", "they weren't really sure": degree words before it.
    const degree = (t: Token | undefined) =>
      !!t &&
      !CLEAR.has(t.norm) &&
      (NEGATION_WORDS.has(t.norm) || t.tags.has('Adverb') || t.tags.has('Adjective'));
    while (k < copula + 4 && degree(pred[k])) k++;
    const unclear = CLEAR.has(pred[k]?.norm ?? '') && (denied || s.agent === 'nobody');
    const on = ['on', 'about'].includes(pred[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const wants = pred.slice(on + 1, on + 4).some((t) => WANTED.has(t.norm));
    if (unclear && ['what', 'how'].includes(pred[on]?.norm ?? '') && wants) return true;
  }
  const had = pred.findIndex((t) => t.norm === 'had' || t.norm === 'has');
  if (had < 0 || had > 2 || pred[had + 1]?.norm !== 'no') return false;
  if (!GRASP.has(pred[had + 2]?.norm ?? '')) return false;
  // The grasp of what was wanted or how: "on what they wanted", "what to build".
  const wh = pred.slice(had + 3, had + 8).findIndex((t) => ['what', 'how'].includes(t.norm));
  return wh >= 0 && pred.slice(had + 4 + wh, had + 8 + wh).some((t) => WANTED.has(t.norm));
}

/** "just accepted everything the client said", "just kept calling the old endpoints anyway",
 * "didn't really buy in". */
export function wentAlong({ pred }: Pred): boolean {
  const just = pred.slice(0, 3).findIndex((t) => t.norm === 'just');
  if (just >= 0) {
    const verb = pred[just + 1];
    const past = !!verb?.tags.has('PastTense') && !verb.tags.has('Copula');
    const all = pred
      .slice(just + 2, just + 4)
      .some((t) => SWEEPING.has(t.norm) || WHATEVER.has(t.norm));
    if (past && all && ACQUIESCED.has(verb.norm)) return true;
  }
  const kept = pred.slice(0, 4).findIndex((t) => t.norm === 'kept');
  const persisted = kept >= 0 && !!pred[kept + 1]?.tags.has('Gerund');
  if (persisted && pred.slice(kept + 2).some((t) => DEFIANT.has(t.norm))) return true;
  const buy = pred.slice(0, 5).findIndex((t) => BUY_IN.has(t.norm));
  return buy > 0 && pred[buy + 1]?.norm === 'in' && negated(pred.slice(0, buy));
}

/** Verbs of loading others with more than they can carry: "had thrown way too much into the
 * scope", "promised too many features". */
const PILED: ReadonlySet<string> = new Set(
  'threw thrown promised added put piled crammed packed committed stuffed'.split(' '),
);

/** "product had thrown way too much into the scope", "sales promised far too many features". */
export function overloaded({ pred }: Pred): boolean {
  const k = pred.slice(0, 4).findIndex((t) => PILED.has(t.norm));
  if (k < 0 || negated(pred.slice(0, k))) return false;
  return pred
    .slice(k + 1, k + 5)
    .some((t, j, ts) => t.norm === 'too' && ['much', 'many'].includes(ts[j + 1]?.norm ?? ''));
}

/** "our model", "my spec", "nobody on my team": the speaker's own. */
export const ours = (tokens: readonly Token[], s: Subject) =>
  tokens.slice(s.first, s.last).some((t) => t.norm === 'my' || t.norm === 'our');

/** Verbs of looking after a thing that "nobody had ... since" leaves neglected. */
const TENDED: ReadonlySet<string> = new Set(
  'looked touched checked updated revisited reviewed maintained questioned'.split(' '),
);

/** "nobody had looked since", "nobody had touched it in years": a thing left untended. */
export function untended({ tokens, s, pred }: Pred): boolean {
  if (!['had', 'has'].includes(pred[0]?.norm ?? '')) return false;
  // "code that nobody on my team had touched since": a relative clause describing the thing, or
  // the speaker's own group.
  if (['that', 'which'].includes(tokens[s.first - 1]?.norm ?? '')) return false;
  if (ours(tokens, s)) return false;
  const k = pred.slice(1, 3).findIndex((t) => TENDED.has(t.norm));
  if (k < 0) return false;
  const rest = pred.slice(k + 2, k + 7);
  return rest.some(
    (t, j) =>
      t.norm === 'since' || (['in', 'for'].includes(t.norm) && rest[j + 1]?.norm === 'years'),
  );
}

/** "she would not have said yes", "they might not have agreed": a supposition, not a failure. */
export function supposedOnly({ head }: Pred): boolean {
  const modal = head.findIndex((t) => ['would', 'might', 'could'].includes(t.norm));
  if (modal < 0) return false;
  const rest = head.slice(modal + 1, modal + 4);
  return negated(rest) && rest.some((t) => t.norm === 'have');
}

/** "they'd just never had the time", "they never had the bandwidth": a lack told for them. */
export function excused({ pred }: Pred): boolean {
  const neg = pred.slice(0, 3).findIndex((t) => NEGATION_WORDS.has(t.norm));
  const had = neg < 0 ? -1 : neg + 1;
  if (had < 1 || !['had', 'have'].includes(pred[had]?.norm ?? '')) return false;
  const k = pred[had + 1]?.norm === 'the' ? had + 2 : had + 1;
  return CAPACITY.has(pred[k]?.norm ?? '') && k + 1 >= pred.length;
}

/** "my manager", "my lead": the speaker's own manager, whose checking in is a manager's job. */
export function ownBoss(tokens: readonly Token[], s: Subject): boolean {
  return (
    tokens[s.first].norm === 'my' &&
    s.last - s.first <= 3 &&
    BOSSES.has(tokens[s.last - 1]?.norm ?? '')
  );
}

/** Verbs of foreseeing that a party "hadn't" done in a relative clause: "work they hadn't planned
 * for" says which work, not what the party failed at. */
const FORESEEN: ReadonlySet<string> = new Set(
  'planned expected budgeted anticipated foreseen accounted'.split(' '),
);

/** "two weeks of billable work they hadn't planned for": a relative clause naming the thing. */
export function unforeseen({ tokens, s, pred }: Pred): boolean {
  const noun = tokens[s.first - 1];
  if (!noun || noun.sent !== tokens[s.first].sent || /[,;:]/.test(noun.post)) return false;
  // The tagger may read the noun as a verb ("work they hadn't planned for").
  const named = noun.tags.has('Noun') || (noun.tags.has('Verb') && !noun.tags.has('PastTense'));
  if (!named || noun.tags.has('Pronoun') || noun.tags.has('Copula')) return false;
  if (!tokens[s.first].tags.has('Pronoun')) return false;
  return negated(pred.slice(0, 3)) && pred.slice(0, 4).some((t) => FORESEEN.has(t.norm));
}
