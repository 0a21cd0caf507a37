import { wordCount, type Doc } from '../doc';
import { UNDERGOING_VERBS } from '../lists/hero';
import { HEDGING_VERBS } from '../lists/star-cues';
import type { ContentSignals } from '../schema-content';
import type { SpecificitySignal } from '../types';
import { stepHeads } from './steps';

/** Technical terms per 100 words over which, with few sentences of the speaker's own actions, the
 * answer describes the system instead of what the speaker did. */
const ARCHITECTURE_TECH_PER_100 = 6;
/** Share of sentences with an action of "I" or "we" under which the speaker is missing. */
const ARCHITECTURE_ACTION_SHARE = 0.25;
/** Distinct technical terms a system description needs: "the certificate ... the certificates"
 * said seven times over is one topic repeated, not architecture. */
const ARCHITECTURE_MIN_DISTINCT = 8;
/** With a measured result (an impact number) the speaker has told the outcome of their work: the
 * answer is too-architecture only when even fewer pieces show them acting. */
const ARCHITECTURE_ACTION_SHARE_MEASURED = 0.2;
/** An answer with no impact number and at most this many distinct technical terms is thin ... */
const THIN_DISTINCT_TERMS = 4;
/** ... when it also leaves at least this many claims per 100 words vague, or uses a buzzword, ... */
const THIN_FEW_TERMS_VAGUE_PER_100 = 1;
/** ... or names at most this many terms at all. */
const THIN_NO_TERMS = 2;
/** ... as is one with no number that leans on this many buzzwords instead of engineering. */
const THIN_BUZZWORDS = 3;

/** ... or one with few terms, and outcomes and actions claimed without specifics at this many
 * vague phrases per 100 words ("we cleared some old stuff off it", "it got better"), where one
 * number does not make the rest specific. */
const THIN_VAGUE_PER_100 = 2;
/** (At most this many impact numbers in such an answer.) */
const THIN_VAGUE_MAX_NUMBERS = 1;
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
  /** Where the technical terms are (optional: without them, every step counts as engineered). */
  terms?: readonly { first: number }[];
};

/** A sentence longer than this many words is a run-on (speech-to-text often leaves out full
 * stops): its share of acting is counted clause by clause. */
const RUN_ON_WORDS = 35;

type Piece = { first: number; last: number };

/** The pieces the action share is measured over: sentences of at least three words ("Stackwise."
 * or "Mobile only." set a scene in a word), with a run-on sentence split into its clause units, so
 * a whisper transcript of one long sentence is not one acting sentence. */
function piecesOf(doc: Doc): Piece[] {
  const out: Piece[] = [];
  doc.sentences.forEach((s, i) => {
    const words = wordCount(doc.tokens, s.first, s.last);
    if (words < 3) return;
    const units = doc.units.filter((u) => doc.tokens[u.first]?.sent === i);
    if (words <= RUN_ON_WORDS || units.length < 2) out.push(s);
    else out.push(...units.filter((u) => wordCount(doc.tokens, u.first, u.last) >= 3));
  });
  return out;
}

/** Tokens where the speaker (or the team) acts or decides: the subject of an "I"/"we" statement
 * that is not a state, the head of a clause that opens with a past-tense verb (the terse "Checked
 * the dashboards first.", "Fix: raised the timeout"), and every token of a sentence that states a
 * choice (`decisions`: "I thought splitting was premature", "we kept RabbitMQ because ..."). */
function actingTokens(doc: Doc, decisions: ReadonlySet<number>): Set<number> {
  const acting = new Set<number>();
  for (const s of doc.statements) {
    if (s.relative || (s.actor !== 'i' && s.actor !== 'we') || s.sense === 'stative') continue;
    const verb = doc.tokens[s.verb].norm;
    // "we peaked at 31,000 requests", "we lost 4,000 checkouts": an outcome undergone; "I'd say
    // the main lesson ...": a hedge. Neither is the speaker acting.
    if (UNDERGOING_VERBS.has(verb)) continue;
    if (s.sense === 'modal' && HEDGING_VERBS.has(doc.tokens[s.verb + 1]?.norm ?? '')) continue;
    acting.add(s.subject);
  }
  for (const h of stepHeads(doc)) acting.add(h);
  for (const sent of decisions) {
    const s = doc.sentences[sent];
    for (let k = s.first; k < s.last; k++) acting.add(k);
  }
  return acting;
}

/** Share of the answer's pieces where the speaker acts or decides; never over 1. */
function actionShare(doc: Doc, acting: ReadonlySet<number>): number {
  const pieces = piecesOf(doc);
  let n = 0;
  for (const p of pieces) {
    for (let k = p.first; k < p.last; k++)
      if (acting.has(k)) {
        n++;
        break;
      }
  }
  return n / Math.max(1, pieces.length);
}

/** Engineering against behaviour: "too-architecture" when technical terms crowd out the speaker's
 * decisions and actions, "too-thin" when there is no number, almost no engineering and no choice
 * stated (`decisions`: the sentences of the tradeoff evidence). */
export function balanceSignal(
  doc: Doc,
  input: BalanceInput,
  decisions: ReadonlySet<number> = new Set(),
): ContentSignals['balance'] {
  const { words, specificity } = input;
  const technicalPer100Words = words ? round((specificity.technicalTerms / words) * 100) : 0;
  const acting = actingTokens(doc, decisions);
  const share = actionShare(doc, acting);
  // Does any of the speaker's own steps carry engineering? "I opened a ticket, escalated to their
  // manager and pinged their channel" names the endpoint only in the setting.
  const termClauses = new Set((input.terms ?? []).map((h) => doc.unitOf[h.first]));
  let engineeredStep = input.terms === undefined;
  for (const k of acting) if (termClauses.has(doc.unitOf[k])) engineeredStep = true;
  const vaguePer100 = words ? ((input.vague ?? 0) / words) * 100 : 0;
  // Few terms alone are not thin: a scope story can be specific in its own domain ("partial
  // refunds, refunds to another card"). Thin is few terms with the claims left vague or dressed in
  // buzzwords, unless there is next to no engineering at all.
  const fewTerms =
    specificity.distinctTerms <= THIN_DISTINCT_TERMS &&
    (vaguePer100 >= THIN_FEW_TERMS_VAGUE_PER_100 ||
      input.buzzwords > 0 ||
      specificity.distinctTerms <= THIN_NO_TERMS);
  // A choice stated with its alternative, reason or cost is engineering judgement in the story's own
  // domain ("cut the importer, kept bank verification because ..."): such an answer is not thin.
  // With no number and none of the speaker's steps technical, the engineering is only the setting.
  const thin =
    decisions.size === 0 &&
    ((input.impactCount === 0 &&
      (fewTerms || input.buzzwords >= THIN_BUZZWORDS || !engineeredStep)) ||
      (input.impactCount <= THIN_VAGUE_MAX_NUMBERS &&
        vaguePer100 >= THIN_VAGUE_PER_100 &&
        specificity.distinctTerms <= THIN_VAGUE_MAX_TERMS));
  const actionBar =
    input.impactCount > 0 ? ARCHITECTURE_ACTION_SHARE_MEASURED : ARCHITECTURE_ACTION_SHARE;
  const verdict =
    technicalPer100Words >= ARCHITECTURE_TECH_PER_100 &&
    specificity.distinctTerms >= ARCHITECTURE_MIN_DISTINCT &&
    share < actionBar
      ? 'too-architecture'
      : thin
        ? 'too-thin'
        : 'balanced';
  return { verdict, technicalPer100Words, actionSentenceShare: round(share) };
}

const round = (x: number) => Math.round(x * 100) / 100;
