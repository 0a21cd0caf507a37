import { BEST_PRACTICE_EXAMPLES, BUZZWORD_PHRASES } from '../lists/buzzwords';
import { DETERMINERS, MODALS, SUBJECT_PRONOUNS } from '../lists/grammar';
import { phraseAt, phraseSet } from '../phrase-match';
import { TECH_WORD_SET } from '../tech';
import type { Token } from '../tokens';
import type { Finding } from '../types';
import { spanFinding, type Rule, type RuleContext } from './context';
import { sameSentence } from '../token-context';
import { LEVERAGE_VERB_FORMS, VERB_SLOT } from '../lists/buzzwords';

const PHRASES = phraseSet(BUZZWORD_PHRASES);
const REASON = 'Buzzword: it sounds impressive but says nothing an interviewer can check.';
const SUGGEST = 'Replace it with the concrete thing: which tool, which practice, what changed.';

/** "leverage" as a verb about people or ideas ("leveraged my network"), not the noun ("the leverage
 * ratio") and not a concrete tool ("leveraged Kafka's partitioning"). */
function leverageIsBuzz(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = sameSentence(tokens, i - 1, i);
  let verb = LEVERAGE_VERB_FORMS.has(t.norm);
  if (t.norm === 'leverage') {
    verb =
      !!prev &&
      (VERB_SLOT.has(prev.norm) || SUBJECT_PRONOUNS.has(prev.norm) || MODALS.has(prev.norm));
  }
  if (!verb || (prev && DETERMINERS.has(prev.norm))) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const o = sameSentence(tokens, k, i);
    if (o && TECH_WORD_SET.has(o.norm)) return false;
  }
  return true;
}

function find({ doc }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const hit = phraseAt(tokens, i, PHRASES);
    if (hit) {
      out.push(spanFinding(doc, 'buzzword', i, hit.last, REASON, SUGGEST));
      i = hit.last - 1;
    } else if (t.norm.startsWith('leverag') && leverageIsBuzz(tokens, i)) {
      out.push(
        spanFinding(
          doc,
          'buzzword',
          i,
          i + 1,
          REASON,
          'Say what you used and how: "I asked the DBA I knew to review it", not "leveraged my network".',
        ),
      );
    } else if (
      t.norm === 'best' &&
      tokens[i + 1]?.norm.startsWith('practice') &&
      sameSentence(tokens, i + 1, i)
    ) {
      const next = sameSentence(tokens, i + 2, i);
      const concrete =
        /:/.test(tokens[i + 1].post) || (next && BEST_PRACTICE_EXAMPLES.has(next.norm));
      if (!concrete)
        out.push(
          spanFinding(
            doc,
            'buzzword',
            i,
            i + 2,
            REASON,
            'Name the practice ("idempotency keys on every job"), not "best practices".',
          ),
        );
      i++;
    }
  }
  return out;
}

/** Buzzwords: stock phrases with nothing concrete behind them. */
export const buzzwordRule: Rule = { kind: 'buzzword', run: find };
