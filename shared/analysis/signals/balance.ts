import { wordCount, type Doc } from '../doc';
import { COPULAS, OPENERS } from '../lists/grammar';
import type { ContentSignals } from '../schema-content';
import type { SpecificitySignal } from '../types';

/** Technical terms per 100 words over which, with few sentences of the speaker's own actions, the
 * answer describes the system instead of what the speaker did. */
const ARCHITECTURE_TECH_PER_100 = 6;
/** Share of sentences with an action of "I" or "we" under which the speaker is missing. */
const ARCHITECTURE_ACTION_SHARE = 0.25;
/** An answer with no impact number and at most this many distinct technical terms is thin ... */
const THIN_DISTINCT_TERMS = 4;
/** ... as is one with no number that leans on this many buzzwords instead of engineering. */
const THIN_BUZZWORDS = 3;

/** ... or one with no number, few terms, and outcomes and actions claimed without specifics at
 * this many vague phrases per 100 words ("we cleared some old stuff off it", "it got better"). */
const THIN_VAGUE_PER_100 = 2.5;
/** (With more distinct technical terms than this, the engineering is there even if vague.) */
const THIN_VAGUE_MAX_TERMS = 7;

/** What balance reads beyond the doc: counts the engine already has. */
export type BalanceInput = {
  words: number;
  specificity: SpecificitySignal;
  impactCount: number;
  buzzwords: number;
  /** Vague flags in the answer (optional: without it, vagueness is not weighed). */
  vague?: number;
};

/** Sentences where the speaker (or the team) acts: an "I"/"we" statement that is not a state, or a
 * sentence that opens with a past-tense verb (the terse "Checked the dashboards first."). Only
 * `counted` sentences count, so the share over them never passes 1. */
function actionSentences(doc: Doc, counted: ReadonlySet<number>): number {
  const acting = new Set<number>();
  for (const s of doc.statements)
    if (!s.relative && (s.actor === 'i' || s.actor === 'we') && s.sense !== 'stative')
      acting.add(doc.tokens[s.subject].sent);
  // Terse steps with the subject left out open a clause, not only a sentence ("Fix: raised the
  // timeout", "... and then pulled the logs").
  for (const u of doc.units) {
    let h = u.first;
    while (h < u.last && (OPENERS.has(doc.tokens[h].norm) || doc.tokens[h].text === '')) h++;
    const t = doc.tokens[h];
    if (h < u.last && t.tags.has('PastTense') && !t.tags.has('Noun') && !COPULAS.has(t.norm))
      acting.add(t.sent);
  }
  return [...acting].filter((sent) => counted.has(sent)).length;
}

/** Indexes of the sentences long enough to say something: "Stackwise." or "Mobile only." set a
 * scene in a word. */
function contentSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  doc.sentences.forEach((s, i) => {
    if (wordCount(doc.tokens, s.first, s.last) >= 3) out.add(i);
  });
  return out;
}

/** Engineering against behaviour: "too-architecture" when technical terms crowd out the speaker's
 * decisions and actions, "too-thin" when there is no number and almost no engineering. */
export function balanceSignal(doc: Doc, input: BalanceInput): ContentSignals['balance'] {
  const { words, specificity } = input;
  const content = contentSentences(doc);
  const technicalPer100Words = words ? round((specificity.technicalTerms / words) * 100) : 0;
  const actionShare = actionSentences(doc, content) / Math.max(1, content.size);
  const vaguePer100 = words ? ((input.vague ?? 0) / words) * 100 : 0;
  const thin =
    input.impactCount === 0 &&
    (specificity.distinctTerms <= THIN_DISTINCT_TERMS ||
      input.buzzwords >= THIN_BUZZWORDS ||
      (vaguePer100 >= THIN_VAGUE_PER_100 && specificity.distinctTerms <= THIN_VAGUE_MAX_TERMS));
  const verdict =
    technicalPer100Words >= ARCHITECTURE_TECH_PER_100 && actionShare < ARCHITECTURE_ACTION_SHARE
      ? 'too-architecture'
      : thin
        ? 'too-thin'
        : 'balanced';
  return { verdict, technicalPer100Words, actionSentenceShare: round(actionShare) };
}

const round = (x: number) => Math.round(x * 100) / 100;
