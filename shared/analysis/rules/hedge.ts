import {
  ATTEMPT_FAILED,
  HEDGE_PHRASES,
  KIND_OF,
  OPINION_PRESENT,
  SOFTENED_WORD_TAGS,
} from '../lists/hedges';
import { DETERMINERS, SUBJECT_VERB_FILLERS } from '../lists/grammar';
import { phraseAt, phraseSet } from '../phrase-match';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { sameSentence } from '../token-context';
import { OPINION_NOT_HEDGE } from '../lists/hedges';

const PHRASES = phraseSet(HEDGE_PHRASES);
const KIND = phraseSet(KIND_OF);
const REASON = 'Hedge: it makes a claim you should own sound unsure.';

/** "a bit slow", "a little better", "a bit confusing"; not "a bit of", "a little time". The tagger
 * often reads a bare adjective ("slow") as a verb, so anything but a noun, determiner or preposition
 * counts. */
function softenedNext(t: Token | undefined): boolean {
  if (
    !t ||
    t.norm === 'of' ||
    t.tags.has('Noun') ||
    t.tags.has('Determiner') ||
    t.tags.has('Preposition')
  ) {
    return false;
  }
  return SOFTENED_WORD_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Verb');
}

/** "I tried to fix it" hedges a thing the speaker did; "I tried to X but it failed" is accurate. */
function attemptSucceeded(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i].sent;
  for (let k = i + 1; k < tokens.length && tokens[k].sent === sent && k < i + 25; k++) {
    const w = tokens[k].norm;
    if (ATTEMPT_FAILED.has(w)) return false;
    if (w === 'not' && ['work', 'help', 'did', 'could', 'was', 'were'].includes(tokens[k - 1].norm))
      return false;
    if (
      w === 'not' &&
      tokens[k + 1] &&
      ['work', 'help', 'able', 'enough'].includes(tokens[k + 1].norm)
    )
      return false;
  }
  return true;
}

function subjectBefore(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k];
    if (t.sent !== tokens[i].sent) return undefined;
    if (t.norm === 'i' || t.norm === 'we') return t;
    if (!SUBJECT_VERB_FILLERS.has(t.norm)) return undefined;
  }
  return undefined;
}

function find({ doc }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  const push = (first: number, last: number, suggestion?: string) =>
    out.push(spanFinding(doc, 'hedge', first, last, REASON, suggestion));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const hit = phraseAt(tokens, i, PHRASES);
    if (hit) {
      push(i, hit.last, 'Say it plainly, or give the number you are unsure of ("about 40%").');
      i = hit.last - 1;
      continue;
    }
    const kind = phraseAt(tokens, i, KIND);
    if (kind) {
      const prev = sameSentence(tokens, i - 1, i);
      // "what kind of cache" names a kind; "some kind of lock" and "kind of slow" hedge.
      if (!prev || !DETERMINERS.has(prev.norm) || prev.norm === 'some')
        push(i, kind.last, `Drop "${phraseText(tokens, i, kind.last)}": say what it was.`);
      i = kind.last - 1;
      continue;
    }
    const next = sameSentence(tokens, i + 1, i);
    if (t.norm === 'i' && next && OPINION_PRESENT.has(next.norm) && next.text !== '') {
      const after = sameSentence(tokens, i + 2, i);
      // Present tense only: "I thought the migration was too risky" reports a view held at the time.
      if (!after || !OPINION_NOT_HEDGE.has(after.norm))
        push(i, i + 2, 'State it as fact, or say what evidence you had.');
      i++;
      continue;
    }
    if (
      (t.norm === 'tried' || t.norm === 'try') &&
      next?.norm === 'to' &&
      subjectBefore(tokens, i) &&
      attemptSucceeded(tokens, i + 1)
    ) {
      push(i, i + 2, 'You did it: say "I did", not "I tried to".');
      i++;
      continue;
    }
    if (
      t.norm === 'a' &&
      (next?.norm === 'bit' || next?.norm === 'little') &&
      softenedNext(sameSentence(tokens, i + 2, i))
    ) {
      push(i, i + 2);
      i++;
    }
  }
  return out;
}

/** Hedges: "kind of", "I think", "maybe", "probably", "I tried to" for things the speaker did. */
export const hedgeRule: Rule = { kind: 'hedge', run: find };

/** The words of tokens [first, last) as spoken, lower-cased ("sort of", "kind of"). */
function phraseText(tokens: readonly { text: string }[], first: number, last: number): string {
  return tokens
    .slice(first, last)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}
