import type { Token } from './tokens';
import { ACTION_BASE, ACTION_PAST, INTERACTION_VERBS, STATIVE_VERBS } from './lists/action-verbs';
import { COPULAS, MODALS, NEGATIONS, SUBJECT_VERB_FILLERS } from './lists/grammar';
import { OTHER_PARTY_WORDS } from './lists/blame';
import {
  BRIDGES,
  PARTICLES,
  PERFECT,
  RECEIVED_AFTER_GOT,
  ROLE_AFTER_TOOK,
  TIME_NOUNS,
} from './lists/statement-words';

/** Who did it: the speaker, the speaker's group, or someone else. */
type Actor = 'i' | 'we' | 'other';

/** How a verb phrase reads: a finished action, talking with someone, a state, or not a claim. */
type VerbSense = 'action' | 'interaction' | 'stative' | 'modal' | 'negated' | 'progressive';

/** A subject and its verb: "we (then) rolled back", "I had to convince". */
export type Statement = {
  actor: Actor;
  subject: number;
  verb: number;
  /** Token after the verb phrase (after a particle such as "back", "out", "up"). */
  end: number;
  sense: VerbSense;
  /** True for past tense or "had to" / "ended up" narrative forms. */
  past: boolean;
  /** True when the subject follows a noun ("the platform we built"): a relative clause. */
  relative: boolean;
  /** True for "had to X": an obligation, told as a step or as the task. */
  obligation?: boolean;
};

/** "got it back up", "got a quote", "got sign off" are actions; "got paged", "got lucky", "got on a
 * call" are things that happened to the speaker. */
function gotIsAction(next: Token | undefined, after: Token | undefined): boolean {
  if (!next || next.norm === 'there') return false; // "we got there in the end"
  // "I got a ticket", "we got an alert": something that arrived, like "I got paged".
  if (RECEIVED_AFTER_GOT.has(next.norm)) return false;
  if (next.tags.has('Determiner') && after && RECEIVED_AFTER_GOT.has(after.norm)) return false;
  if (next.tags.has('PastTense') || next.tags.has('Adjective') || next.tags.has('Preposition'))
    return false;
  return next.tags.has('Noun') || next.tags.has('Determiner') || next.norm === 'rid';
}

/** "the platform we built": a subject right after a determiner + noun that is not introduced by a
 * preposition ("in the end we shipped" is a main clause). */
export function isRelativeClause(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i].sent;
  const prev = tokens[i - 1];
  if (
    !prev ||
    prev.sent !== sent ||
    /[,;:.]/.test(prev.post) ||
    !prev.tags.has('Noun') ||
    prev.tags.has('Pronoun')
  ) {
    return false;
  }
  for (let k = i - 2; k >= Math.max(0, i - 5) && tokens[k].sent === sent; k--) {
    const t = tokens[k];
    // "one mistake I made", "the hardest bug I've seen": "one" determines the noun like "the".
    if (t.tags.has('Determiner') || t.tags.has('Possessive') || t.norm === 'one') {
      // "The next day we ..." is a time, not a relative clause.
      if (TIME_NOUNS.has(prev.norm)) return false;
      const before = tokens[k - 1];
      return !before || before.sent !== sent || !before.tags.has('Preposition');
    }
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value'))) return false;
  }
  return false;
}

/** The subject half of a statement. */
type Subject = Pick<Statement, 'actor' | 'subject' | 'relative'>;

function actorOf(t: Token): Actor | null {
  if (t.norm === 'i') return 'i';
  if (t.norm === 'we') return 'we';
  if (OTHER_PARTY_WORDS.has(t.norm) && t.norm !== 'nobody') return 'other';
  return null;
}

/** Finds subject + verb statements for I, we and other parties. Looks at most a few tokens ahead of
 * each subject, so the cost is linear. */
export function findStatements(tokens: readonly Token[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const actor = actorOf(tokens[i]);
    if (!actor) continue;
    const s = statementAt(tokens, i, actor);
    if (s) out.push(s);
  }
  return out;
}

/** Object words that show the word before them is a verb ("I slacked the team", "we hotfixed it"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(
  'the a an it them him her us me our my their his its this these those'.split(' '),
);

/** A word between subject and verb that is skipped: listed fillers ("also", "then") and any -ly adverb
 * ("I manually reproduced it", "we proactively paged"). */
function isFiller(t: Token): boolean {
  if (SUBJECT_VERB_FILLERS.has(t.norm)) return true;
  return t.tags.has('Adverb') && /ly$/.test(t.norm) && !NEGATIONS.has(t.norm);
}

/** The head of a compound verb: "load tested", "double checked", "dry ran", "sanity checked" are one
 * step whose tense sits on the second word. Returns the index of that word, or -1. */
function compoundHead(tokens: readonly Token[], j: number): number {
  const v = tokens[j];
  const h = tokens[j + 1];
  if (!h || h.sent !== v.sent || /[,;:.]/.test(v.post) || v.tags.has('PastTense')) return -1;
  if (
    v.tags.has('Pronoun') ||
    v.tags.has('Determiner') ||
    v.tags.has('Copula') ||
    v.tags.has('Value')
  )
    return -1;
  if (
    MODALS.has(v.norm) ||
    NEGATIONS.has(v.norm) ||
    STATIVE_VERBS.has(v.norm) ||
    COPULAS.has(v.norm)
  )
    return -1;
  if (INTERACTION_VERBS.has(v.norm) || BRIDGES.has(v.norm) || v.tags.has('Adverb')) return -1;
  // "we cut saved cards": a known verb is the verb itself, the past form after it is its object.
  if (ACTION_BASE.has(v.norm) || ACTION_PAST.has(v.norm)) return -1;
  if (!h.tags.has('PastTense') || h.tags.has('Copula') || STATIVE_VERBS.has(h.norm)) return -1;
  return j + 1;
}

/** A past form tagged noun or adjective right after the subject with an object after it is a verb
 * the tagger does not know ("I slacked the team", "we hotfixed it"). */
function untaggedVerb(tokens: readonly Token[], j: number): boolean {
  const v = tokens[j];
  const o = tokens[j + 1];
  if (!o || o.sent !== v.sent || /[,;:.]/.test(v.post)) return false;
  if (!(v.tags.has('Noun') || v.tags.has('Adjective'))) return false;
  if (v.tags.has('Pronoun') || v.tags.has('Value') || v.tags.has('Determiner')) return false;
  return /ed$/.test(v.norm) && OBJECT_STARTS.has(o.norm);
}

function statementAt(tokens: readonly Token[], i: number, actor: Actor): Statement | null {
  const sent = tokens[i].sent;
  let j = i + 1;
  while (j < tokens.length && j - i <= 4 && tokens[j].sent === sent && isFiller(tokens[j])) j++;
  const v = tokens[j];
  if (!v || v.sent !== sent) return null;
  const base: Subject = {
    actor,
    subject: i,
    relative: isRelativeClause(tokens, i),
  };
  const w = v.norm;
  if (MODALS.has(w)) return statement(base, j, j + 1, 'modal', false);
  if (
    NEGATIONS.has(w) ||
    (tokens[j + 1]?.norm === 'not' &&
      (w === 'did' || w === 'do' || w === 'does' || w === 'could' || w === 'was' || w === 'were'))
  ) {
    return statement(base, j, j + 1, 'negated', false);
  }
  // "had to roll back", "ended up rewriting", "went ahead and added", "decided to split": the real verb follows.
  if (BRIDGES.has(w)) {
    const next = tokens[j + 1];
    if (
      PERFECT.has(w) &&
      next &&
      (ACTION_PAST.has(next.norm) || (next.tags.has('PastTense') && !STATIVE_VERBS.has(next.norm)))
    ) {
      return finish(tokens, base, j + 1, true);
    }
    if (w === 'had' && next?.norm === 'to') {
      const st = finish(tokens, base, j + 2, true);
      if (st) st.obligation = true;
      return st;
    }
    if (w === 'had') return statement(base, j, j + 1, 'stative', true);
    // "we went ahead with the split": a choice, told by "went" itself.
    if (w === 'went' && next?.norm === 'ahead' && tokens[j + 2]?.norm === 'with') {
      const st = finish(tokens, base, j, true);
      if (st) st.end = j + 3;
      return st;
    }
    if ((w === 'ended' && next?.norm === 'up') || (w === 'went' && next?.norm === 'ahead')) {
      let k = tokens[j + 2]?.norm === 'and' ? j + 3 : j + 2;
      // "ended up rate limiting them": a compound's first word before the gerund.
      const g = tokens[k + 1];
      if (
        g?.tags.has('Gerund') &&
        g.sent === v.sent &&
        tokens[k]?.tags.has('Noun') &&
        !/[,;:.]/.test(tokens[k].post)
      )
        k++;
      return finish(tokens, base, k, true);
    }
  }
  if ((w === 'was' || w === 'were') && tokens[j + 1]?.tags.has('Gerund')) {
    return statement(base, j + 1, j + 2, 'progressive', true);
  }
  return finish(tokens, base, j, undefined);
}

function finish(
  tokens: readonly Token[],
  base: Subject,
  j: number,
  pastOverride: boolean | undefined,
): Statement | null {
  if (!tokens[j] || tokens[j].sent !== tokens[base.subject].sent) return null;
  // Only after "I"/"we": after a noun subject ("the sales team started") the word may be the noun's own.
  const speaker = base.actor !== 'other';
  const head = speaker ? compoundHead(tokens, j) : -1;
  if (head >= 0) j = head;
  const v = tokens[j];
  const w = v.norm;
  const unknown = !(v.tags.has('Verb') || ACTION_BASE.has(w) || ACTION_PAST.has(w));
  if (unknown && !(speaker && untaggedVerb(tokens, j))) return null;
  const past =
    pastOverride ??
    (ACTION_PAST.has(w) ||
      (v.tags.has('PastTense') && !ACTION_BASE.has(w)) ||
      (unknown && /ed$/.test(w)));
  let end = j + 1;
  if (tokens[end] && PARTICLES.has(tokens[end].norm) && tokens[end].sent === v.sent) end++;
  let sense: VerbSense;
  if (w === 'got' || w === 'get')
    sense = gotIsAction(tokens[j + 1], tokens[j + 2]) ? 'action' : 'stative';
  else if ((w === 'took' || w === 'take') && ROLE_AFTER_TOOK.has(tokens[j + 1]?.norm ?? ''))
    sense = 'stative';
  else if (INTERACTION_VERBS.has(w)) sense = 'interaction';
  else if (STATIVE_VERBS.has(w) || v.tags.has('Copula')) sense = 'stative';
  else if (ACTION_BASE.has(w) || ACTION_PAST.has(w) || v.tags.has('PastTense') || unknown)
    sense = 'action';
  else sense = 'stative';
  return statement(base, j, end, sense, past);
}

/** A new statement from its subject part (written out: an object spread here cost more than the
 * rest of the statement search). */
function statement(
  base: Subject,
  verb: number,
  end: number,
  sense: VerbSense,
  past: boolean,
): Statement {
  return {
    actor: base.actor,
    subject: base.subject,
    relative: base.relative,
    verb,
    end,
    sense,
    past,
  };
}
