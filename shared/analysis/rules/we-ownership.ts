import type { Statement } from '../actions';
import { wordCount, type Doc } from '../doc';
import { ACTION_PAST } from '../lists/action-verbs';
import { OUTCOME_VERBS } from '../lists/star-cues';
import type { Finding, StarPart } from '../types';
import { chainEnd, isSpeakerStep, isTeamStep, otherActsBetween, terseSteps } from './we-cover';
import { spanFinding, type Rule, type RuleContext } from './context';
import { DISCUSSIONS, MILESTONES, REPORTING, SUBORDINATORS } from '../lists/we-ownership';
import type { Token } from '../tokens';

/** A date right after a verb: "on the twenty-ninth of November", "on March 24", "the date", "on time". */
function datedAfter(tokens: readonly Token[], from: number): boolean {
  const near = tokens.slice(from, from + 6).filter((t) => t.sent === tokens[from - 1]?.sent);
  const on = near.findIndex((t) => t.norm === 'on');
  return near.some(
    (t, k) =>
      ((t.tags.has('Month') || t.tags.has('WeekDay')) && k < 4) ||
      (t.tags.has('Ordinal') && on >= 0 && k > on && k - on <= 3) ||
      (['date', 'deadline'].includes(t.norm) && near[k - 1]?.norm === 'the' && k < 3) ||
      (['time', 'schedule'].includes(t.norm) && near[k - 1]?.norm === 'on' && k < 3),
  );
}

/** A "we" right after the speaker's own action (within this many sentences) reads as "we, with me". */
const AFTER_I_SENTENCES = 1;
/** ... and within this many words of it. */
const AFTER_I_WORDS = 50;
/** An "I" step right after the "we" covers it within this many words. */
const AFTER_I_FORWARD_WORDS = 10;
const REASON = '"We" for a key action: the interviewer cannot tell what you did yourself.';
const SUGGEST =
  'Say what you did: "I decided ...", "I wrote ...". Keep "we" for the shared result.';

/** "We decided", "we built", "we rolled back" in the action part of the answer, when the speaker has
 * not just said what they did themselves. "We" in the situation ("we had a service"), in results
 * with numbers ("we handled 3x the traffic") and talking verbs ("we agreed") are left alone. */
function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  // The speaker's last step: the token its verbs end at, and its sentence (-1: none, or another party
  // or the team acted since).
  let cover = -1;
  const terse = terseSteps(
    tokens,
    doc.sentences.map((s) => s.first),
  );
  let nextTerse = 0;
  const statements = doc.statements;
  for (let n = 0; n < statements.length; n++) {
    const s = statements[n];
    while (nextTerse < terse.length && terse[nextTerse] < s.subject) {
      cover = chainEnd(tokens, terse[nextTerse], s.subject);
      nextTerse++;
    }
    const sent = tokens[s.subject].sent;
    // "the first thing I did was ...": a relative clause still tells what the speaker did.
    if (s.relative && s.actor !== 'i') continue;
    if (s.actor === 'i') {
      // Talk, convening, a duty or background says nothing of the speaker's own step: the earlier
      // step, if any, still stands.
      if (isSpeakerStep(tokens, s)) cover = chainEnd(tokens, s.verb, tokens.length);
      continue;
    }
    // "When marketing launched a sale, ...": a background clause does not change who is acting.
    if (s.actor === 'other' && SUBORDINATORS.has(tokens[s.subject - 1]?.norm ?? '')) continue;
    if (s.actor === 'other') {
      if (s.sense === 'action') cover = -1;
      continue;
    }
    // "we ended up shipping it", "we ended up going with passwords": the step is the gerund.
    const endedUp =
      tokens[s.verb].tags.has('Gerund') &&
      tokens[s.verb - 1]?.norm === 'up' &&
      tokens[s.verb - 2]?.norm === 'ended';
    if (s.sense !== 'action' && !endedUp) continue;
    const part = unitParts[doc.unitOf[s.subject]];
    // Within a sentence or the next, and within a few dozen words, with nobody else acting between:
    // a transcript without stops is one sentence, and an "I" at its start does not cover every "we"
    // after it.
    const afterI =
      cover >= 0 &&
      sent - tokens[cover].sent <= AFTER_I_SENTENCES &&
      wordCount(tokens, cover, s.subject) <= AFTER_I_WORDS &&
      !otherActsBetween(tokens, cover, s.subject);
    cover = -1;
    // The setup is the opening of the answer: a past "we + verb of doing" after the first third is
    // a step even where the part reader kept the scene going.
    const u = doc.unitOf[s.subject];
    const lateScene = part === 'situation' && u / Math.max(1, doc.units.length - 1) > 0.3;
    if (!s.past || afterI || (part !== 'action' && part !== 'result' && !lateScene)) continue;
    if (!isTeamStep(tokens, s)) continue;
    // "we emailed the users anyway, and I drafted that email": the speaker's step right after.
    if (speakerStepAfter(doc, s, statements[n + 1])) continue;
    // "the root cause was that we partitioned by ...", "because we deployed ...": explanation, not a step.
    const before = tokens[s.subject - 1];
    // "after that we added": a time, not a subordinate clause.
    const time =
      before?.norm === 'that' && ['after', 'before'].includes(tokens[s.subject - 2]?.norm);
    if (
      !time &&
      before?.sent === sent &&
      (SUBORDINATORS.has(before.norm) || (REPORTING.has(before.norm) && !/[,;:]/.test(before.post)))
    )
      continue;
    if (measuredResult(doc, s, part)) continue;
    if (DISCUSSIONS.some((p) => p.split(' ').every((w, j) => tokens[s.verb + j]?.norm === w)))
      continue;
    if (MILESTONES.has(tokens[s.verb].norm) && datedAfter(tokens, s.verb + 1)) continue;
    out.push(spanFinding(doc, 'we-ownership', s.subject, s.end, REASON, SUGGEST));
  }
  return out;
}

/** How many words after the verb a result's measure may sit ("we cut p99 from 800 ms to 120 ms"). */
const MEASURE_WORDS = 12;

/** A result with its measure in the clause: "we handled 3x the traffic", "we sold 48,000 tickets in
 * the first hour". The measure is in the statement's own clause and close after its verb (a run-on's
 * unit can hold the next step's number), and the verb is an outcome verb, the result part, or a verb
 * that is not a step of engineering with the amount as its object ("we paid out €2.1 million"). */
function measuredResult(doc: Doc, s: Statement, part: StarPart): boolean {
  const { tokens } = doc;
  const unit = doc.unitOf[s.subject];
  const v = tokens[s.verb].norm;
  for (const q of doc.quantities) {
    if (doc.unitOf[q.first] !== unit || q.first < s.verb) continue;
    if (wordCount(tokens, s.end, q.first) > MEASURE_WORDS) continue;
    const object = q.first - s.end <= 2;
    if (part === 'result' || OUTCOME_VERBS.has(v) || (object && !ACTION_PAST.has(v))) return true;
  }
  return false;
}

/** The speaker's own step right after a team "we" in the same sentence ("..., and I drafted that
 * email") says what they did in it. */
function speakerStepAfter(doc: Doc, s: Statement, next: Statement | undefined): boolean {
  const { tokens } = doc;
  if (!next || next.actor !== 'i' || tokens[next.subject].sent !== tokens[s.subject].sent)
    return false;
  if (wordCount(tokens, s.end, next.subject) > AFTER_I_FORWARD_WORDS) return false;
  return isSpeakerStep(tokens, next) && !otherActsBetween(tokens, s.end, next.subject);
}

/** Team "we" where the speaker's own part is unclear. */
export const weOwnershipRule: Rule = { kind: 'we-ownership', run: find };
