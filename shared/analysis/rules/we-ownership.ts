import type { Statement } from '../actions';
import { wordCount, type Doc } from '../doc';
import { ACTION_BASE } from '../lists/action-verbs';
import type { QuantityHit } from '../quantity-units';
import { OUTCOME_VERBS } from '../lists/star-cues';
import type { Finding, StarPart } from '../types';
import { impactMarks } from './vague-measure';
import {
  blurredAccount,
  chainEnd,
  isSpeakerStep,
  isTeamStep,
  jointSubject,
  onlyLooked,
  otherActsBetween,
  pairStep,
} from './we-cover';
import { spanFinding, type Rule, type RuleContext } from './context';
import {
  ADVERBIAL_HEADS,
  BLURRED_OBJECTS,
  COMPLETION_VERBS,
  OUTCOME_FRAMES,
  ANTECEDENT_BEFORE,
  DISCUSSIONS,
  INDEFINITE_HEADS,
  INVERTED,
  INVESTIGATING,
  LOOK_PARTICLES,
  MILESTONES,
  NOT_DONE,
  PLAN_UNITS,
  REPORTING,
  SCHEDULE_WORDS,
  SEQUENCE,
  SUBORDINATORS,
  TOPIC_OPENERS,
} from '../lists/we-ownership';
import { MONTHS } from '../lists/units';
import { ASIDE_OPENERS } from '../lists/content-cues';
import { TIME_NOUNS } from '../lists/statement-words';
import { phraseAt, phraseSet } from '../phrase-match';
import { isNumberToken } from '../quantities';
import { isClauseStart } from '../token-context';
import type { Token } from '../tokens';

/** A date right after a verb: "on the twenty-ninth of November", "on March 24", "the date", "on time". */
function datedAfter(tokens: readonly Token[], from: number): boolean {
  const near = tokens.slice(from, from + 6).filter((t) => t.sent === tokens[from - 1]?.sent);
  const on = near.findIndex((t) => t.norm === 'on');
  return near.some(
    (t, k) =>
      ((t.tags.has('Month') || t.tags.has('WeekDay')) && k < 4) ||
      (MONTHS.has(t.norm) && ['in', 'on', 'by', 'until'].includes(near[k - 1]?.norm)) ||
      (t.tags.has('Ordinal') && on >= 0 && k > on && k - on <= 3) ||
      (['date', 'deadline', 'day'].includes(t.norm) && near[k - 1]?.norm === 'the' && k < 3) ||
      // "we delivered on day forty", "shipped in week six": a day or week of the plan, by number.
      (PLAN_UNITS.has(t.norm) &&
        ['on', 'in', 'by'].includes(near[k - 1]?.norm) &&
        !!near[k + 1] &&
        isNumberToken(near[k + 1]) &&
        k < 3) ||
      (['time', 'schedule'].includes(t.norm) && near[k - 1]?.norm === 'on') ||
      // "we shipped it a week early", "two days ahead of the deadline".
      (SCHEDULE_WORDS.has(t.norm) && (t.norm !== 'ahead' || near[k + 1]?.norm === 'of')),
  );
}

/** "By the way, ...", "side note, ...": an announced aside runs from its opener to the end of the
 * sentence (in a run-on, to the end of its clause unit); a step told in it is not part of the story. */
const ASIDES = phraseSet(ASIDE_OPENERS);

/** A sentence longer than this is a run-on: its aside ends with its clause unit. */
const ASIDE_SENTENCE_WORDS = 40;

/** Per token, whether it sits in an announced aside (null: no aside in the answer). */
function asideMask(doc: Doc): Uint8Array | null {
  const { tokens } = doc;
  let mask: Uint8Array | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!ASIDES.byFirst.has(tokens[k].norm) || !phraseAt(tokens, k, ASIDES)) continue;
    const sent = doc.sentences[tokens[k].sent];
    const unit = doc.units[doc.unitOf[k]];
    const last = sent.last - sent.first > ASIDE_SENTENCE_WORDS ? unit.last : sent.last;
    mask ??= new Uint8Array(tokens.length);
    for (let m = k; m < last && m < tokens.length; m++) mask[m] = 1;
  }
  return mask;
}

/** "went on leave the week we kicked off", "every time we deployed": a time noun that does not
 * open the clause, followed by "we", heads a relative clause ("The next day we ..." opens one). */
function timeRelative(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i].sent;
  const prev = tokens[i - 1];
  if (!prev || prev.sent !== sent || /[,;:.]/.test(prev.post) || !TIME_NOUNS.has(prev.norm))
    return false;
  let k = i - 2;
  while (k >= 0 && tokens[k].sent === sent && tokens[k].tags.has('Adjective') && k > i - 5) k--;
  const head = tokens[k];
  if (!head || head.sent !== sent || !(head.tags.has('Determiner') || head.norm === 'every'))
    return false;
  // "at some point we switched": a time said before the clause.
  if (tokens[k - 1]?.tags.has('Preposition')) return false;
  return !isClauseStart(tokens, k);
}

/** "we ended up rewriting it", "we ended up rate limiting them": the step is the gerund after
 * "ended up" (a compound's first word may sit between). */
function endedUp(tokens: readonly Token[], s: Statement): boolean {
  if (!tokens[s.verb].tags.has('Gerund')) return false;
  for (let k = s.verb - 1; k >= s.verb - 2 && k > s.subject; k--)
    if (tokens[k].norm === 'up' && tokens[k - 1]?.norm === 'ended') return true;
  return false;
}

/** A "we" right after the speaker's own action (within this many sentences) reads as "we, with me". */
const AFTER_I_SENTENCES = 1;
/** ... and within this many words of it. */
const AFTER_I_WORDS = 50;
/** What a we-ownership flag says. */
const WE_REASON = '"We" for a key action: the interviewer cannot tell what you did yourself.';
/** What a we-ownership flag suggests. */
const WE_SUGGEST =
  'Say what you did: "I decided ...", "I wrote ...". Keep "we" for the shared result.';
/** "We decided", "we built", "we rolled back" in the action part of the answer, when the speaker has
 * not just said what they did themselves. "We" in the situation ("we had a service"), in results
 * with numbers ("we handled 3x the traffic") and talking verbs ("we agreed") are left alone. */
function find({ doc, unitParts }: RuleContext): Finding[] {
  const { tokens } = doc;
  const out: Finding[] = [];
  // Shared with the vague rule's measures: computed once per answer.
  const impact = () => impactMarks(doc, unitParts);
  const aside = asideMask(doc);
  // The speaker's last step: the token its verbs end at (-1: none, or another party or the team
  // acted since).
  let cover = -1;
  // The speaker's last step only looked ("I looked at the dashboards"): it covers more looking, not
  // the fix or the choice the team made next.
  let looked = false;
  // "First I look in the logs ... We make the fix and deploy it": a story told in the present.
  const narrating = doc.statements.some(
    (s) =>
      s.actor === 'i' &&
      !s.past &&
      s.sense === 'action' &&
      !s.relative &&
      ['task', 'action'].includes(unitParts[doc.unitOf[s.subject]]) &&
      presentStep(tokens, s),
  );
  // "We choose a vendor and we integrated it": a present step joined to a past team step in the
  // same sentence is a slip of tense, told like the past one.
  const pastTeamSentences = new Set<number>();
  for (const s of doc.statements)
    if (s.actor === 'we' && s.past && s.sense === 'action' && !s.relative)
      pastTeamSentences.add(tokens[s.subject].sent);
  for (const s of doc.statements) {
    const sent = tokens[s.subject].sent;
    // "Funny enough, that was the week we adopted a dog": neither a step nor the speaker's part.
    if (aside?.[s.subject]) continue;
    // "the first thing I did was ...": a relative clause still tells what the speaker did.
    // "up from the 2,500 a second we started at": an amount before "we" is the clause's antecedent.
    // Not a time said before the clause ("after about eight months we decided", "for three months we
    // kept tuning"): the amount is a definite noun phrase or what a change ran from.
    const prev = tokens[s.subject - 1];
    const afterAmount =
      !!prev &&
      prev.sent === sent &&
      !/[,;:.]/.test(prev.post) &&
      doc.quantities.some(
        (q) => q.last === s.subject && ANTECEDENT_BEFORE.has(tokens[q.first - 1]?.norm ?? ''),
      );
    // "their status page was all green which was a complete joke we rolled back our last deploy": in a
    // run-on, a noun before "we" does not make a relative clause when the verb has its own object
    // ("the tool we built" has none; "the reason we built it" is an adverbial relative).
    const relative =
      (s.relative && !(hasObject(tokens, s) && !ADVERBIAL_HEADS.has(prev?.norm ?? ''))) ||
      INDEFINITE_HEADS.has(prev?.sent === sent ? prev.norm : '') ||
      timeRelative(tokens, s.subject) ||
      ((relativeAfterPhrase(tokens, s.subject) || afterAmount) && !hasObject(tokens, s));
    if (relative && s.actor !== 'i') continue;
    if (s.actor === 'i') {
      // Talk, convening, a duty or background says nothing of the speaker's own step: the earlier
      // step, if any, still stands. "Pavel and I killed the migration" is the speaker's step, shared
      // with one credited partner.
      if (isSpeakerStep(tokens, s) || pairStep(tokens, s)) {
        cover = chainEnd(tokens, s.verb, tokens.length);
        looked = onlyLooked(tokens, s.verb, tokens.length);
      }
      // "The team and I sorted it from there": a group acted, and the earlier step no longer covers.
      else if (s.sense === 'action' && jointSubject(tokens, s)) cover = -1;
      // "what I missed was that the fraud models read that prefix": the speaker's step failed, and
      // what the team did next is not covered by it.
      else if (NOT_DONE.has(tokens[s.verb].norm)) cover = -1;
      // "I tried to add a health check and then we rolled out the change": the speaker's last word
      // on their part leaves it unclear, and an earlier step no longer covers the team's.
      else if (s.sense === 'action' && blurredAccount(tokens, s)) cover = -1;
      continue;
    }
    // "When marketing launched a sale, ...": a background clause does not change who is acting.
    if (s.actor === 'other' && SUBORDINATORS.has(tokens[s.subject - 1]?.norm ?? '')) continue;
    // Another party acting, refusing or busy with their own thing ("he was not listening", "the
    // architect was changing the plan") takes the story from the speaker: the earlier step no longer
    // covers the next "we".
    if (s.actor === 'other') {
      if (s.sense === 'action' || s.sense === 'negated' || s.sense === 'progressive') cover = -1;
      continue;
    }
    // "we ended up shipping it", "we ended up going with passwords": the step is the gerund.
    const ended = endedUp(tokens, s);
    if (s.sense !== 'action' && !ended) continue;
    const part = unitParts[doc.unitOf[s.subject]];
    // Within a sentence or the next, and within a few dozen words, with nobody else acting between:
    // a transcript without stops is one sentence, and an "I" at its start does not cover every "we"
    // after it.
    const afterI =
      cover >= 0 &&
      sent - tokens[cover].sent <= AFTER_I_SENTENCES &&
      wordCount(tokens, cover, s.subject) <= AFTER_I_WORDS &&
      !otherActsBetween(tokens, cover, s.subject) &&
      !newTopic(tokens, s.subject) &&
      (!looked || looksOn(tokens, s));
    const detailed = detailsSpeaker(doc, s.subject);
    cover = -1;
    // The setup is the opening of the answer: a past "we + verb of doing" after the first third is
    // a step even where the part reader kept the scene going.
    const u = doc.unitOf[s.subject];
    const lateScene = part === 'situation' && u / Math.max(1, doc.units.length - 1) > 0.3;
    // "my lead asked me to look into it so first we tuned ...": a finished team step right after the
    // task is already the action, whatever the part reader made of the clause.
    // "We ended up going with Prometheus" tells how the work came out, wherever the part reader put
    // it, except in the lesson; with a measure in its clause it is the story's headline, told before
    // the story ("we ended up shipping a queue that cut chargebacks from 0.9% to 0.2%").
    const endedStep = ended && part !== 'learning' && !doc.unitHasMetric[doc.unitOf[s.subject]];
    const taskStep = (part === 'task' && !s.obligation) || endedStep;
    const sequenced = SEQUENCE.has(tokens[s.subject - 1]?.norm ?? '');
    const slip = pastTeamSentences.has(sent) && isClauseStart(tokens, s.subject);
    const told = s.past || ((narrating || sequenced || slip) && presentStep(tokens, s));
    if (
      !told ||
      afterI ||
      detailed ||
      (part !== 'action' && part !== 'result' && !lateScene && !taskStep)
    )
      continue;
    if (!isTeamStep(tokens, s)) continue;
    // "How were we supposed to know that?": a question, not a statement.
    if (prev?.sent === sent && INVERTED.has(prev.norm)) continue;
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
    if (afterDiagnosis(doc, s.subject)) continue;
    if (measuredResult(doc, s, part, impact)) continue;
    if (framedCompletion(tokens, s)) continue;
    if (afterOutcome(doc, unitParts, s.subject, impact())) continue;
    if (DISCUSSIONS.some((p) => p.split(' ').every((w, j) => tokens[s.verb + j]?.norm === w)))
      continue;
    if (MILESTONES.has(tokens[s.verb].norm) && datedAfter(tokens, s.verb + 1)) continue;
    out.push(spanFinding(doc, 'we-ownership', s.subject, s.end, WE_REASON, WE_SUGGEST));
  }
  return out;
}

/** "In the end we got it all done", "finally we handled it somehow", "in the end we delivered
 * everything that mattered": an outcome frame right before the "we", a verb that only says the work
 * got done, and an object that names no work. The clause tells how the story came out. */
function framedCompletion(tokens: readonly Token[], s: Statement): boolean {
  if (!COMPLETION_VERBS.has(tokens[s.verb].norm)) return false;
  const sent = tokens[s.subject].sent;
  let k = s.subject - 1;
  if (tokens[k]?.norm === 'basically') k--;
  const framed = OUTCOME_FRAMES.some((p) => {
    const words = p.split(' ');
    const from = k - words.length + 1;
    return words.every((w, j) => tokens[from + j]?.sent === sent && tokens[from + j].norm === w);
  });
  const o = tokens[s.end];
  return framed && !!o && o.sent === sent && BLURRED_OBJECTS.has(o.norm);
}

/** "I checked the dashboards and we looked at the logs": the team verb goes on looking ("we went
 * through the traces"), so the speaker's look still covers it ("we rolled back" is a key action). */
function looksOn(tokens: readonly Token[], s: Statement): boolean {
  const v = tokens[s.verb].norm;
  return (
    INVESTIGATING.has(v) || (v === 'went' && LOOK_PARTICLES.has(tokens[s.verb + 1]?.norm ?? ''))
  );
}

/** "I built the limiter on the gateway. For the coupon stacking, we reused the rules engine": a topic
 * set before the "we" ("for / as for / on + a noun phrase" opening the clause, then a comma) is another
 * piece of the work, which the speaker's step before it does not cover. */
function newTopic(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i].sent;
  const prev = tokens[i - 1];
  if (!prev || prev.sent !== sent || !/,/.test(prev.post)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 7) && tokens[k].sent === sent; k--) {
    const t = tokens[k];
    if (TOPIC_OPENERS.has(t.norm) && isClauseStart(tokens, k)) return k < i - 2;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner'))) return false;
    if (t.tags.has('Pronoun') || /[,;:.]/.test(t.post)) return false;
    // "On Monday morning, we ...", "for the first week, we ...": a time, not a topic.
    if (TIME_NOUNS.has(t.norm) || t.tags.has('Date') || t.tags.has('Ordinal')) return false;
  }
  return false;
}

/** How far after a colon the "we" of an elaboration may sit ("...: for each listing we fetched"). */
const COLON_WORDS = 8;

/** "Most of the time went into building facet counts: we fetched every product id and counted them in
 * memory": after a colon that closes a finding with no "I" or "we" in it, the "we" clause tells how
 * the system worked, not a step ("I drove two follow-ups: we moved ..." is the speaker's). */
function afterDiagnosis(doc: Doc, i: number): boolean {
  const colon = colonBefore(doc.tokens, i);
  return colon >= 0 && !statementBefore(doc, i, colon, (s) => s.actor !== 'other');
}

/** "I drove two follow-ups: we moved courier locks to fencing tokens": after a colon that closes the
 * speaker's own statement, the "we" clause details what the speaker announced. */
function detailsSpeaker(doc: Doc, i: number): boolean {
  const colon = colonBefore(doc.tokens, i);
  return colon >= 0 && statementBefore(doc, i, colon, (s) => s.actor === 'i' && !s.relative);
}

/** The colon a few words before token `i`, in its sentence and with no other stop between, or -1. */
function colonBefore(tokens: readonly Token[], i: number): number {
  const sent = tokens[i].sent;
  for (let k = i - 1; k >= Math.max(0, i - COLON_WORDS) && tokens[k].sent === sent; k--) {
    if (/:/.test(tokens[k].post)) return k;
    if (/[,;.]/.test(tokens[k].post)) return -1;
  }
  return -1;
}

/** A statement of the kind asked for in the sentence of token `i`, before the colon. */
function statementBefore(doc: Doc, i: number, colon: number, pick: (s: Statement) => boolean) {
  const first = doc.sentences[doc.tokens[i].sent].first;
  return doc.statements.some((s) => pick(s) && s.subject >= first && s.subject <= colon);
}

/** "instead of the new scheduler we'd planned", "down from the two seconds we started with": a noun
 * phrase inside a prepositional phrase that does not open its clause ("in the end we shipped" does)
 * is followed by a relative clause. */
function relativeAfterPhrase(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const sent = tokens[i].sent;
  if (!prev || prev.sent !== sent || /[,;:.]/.test(prev.post) || !prev.tags.has('Noun'))
    return false;
  if (prev.tags.has('Pronoun')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5) && tokens[k].sent === sent; k--) {
    const t = tokens[k];
    if (t.tags.has('Determiner') || t.tags.has('Possessive')) {
      const p = tokens[k - 1];
      return !!p && p.sent === sent && p.tags.has('Preposition') && !isClauseStart(tokens, k - 1);
    }
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value'))) return false;
  }
  return false;
}

/** The verb of a relative clause has no object of its own ("the scheduler we'd planned", "the two
 * seconds we started with"): one with an object is a main clause ("at some point we switched the
 * whole thing"). */
function hasObject(tokens: readonly Token[], s: Statement): boolean {
  const o = tokens[s.end];
  if (!o || o.sent !== tokens[s.verb].sent || /[,;:.]/.test(tokens[s.end - 1].post)) return false;
  return o.tags.has('Determiner') || o.tags.has('Pronoun') || o.tags.has('Noun');
}

/** A verb of doing in the present, told as a step: a base form, not "-ing", after no modal. */
function presentStep(tokens: readonly Token[], s: Statement): boolean {
  const v = tokens[s.verb];
  if (!v.tags.has('PresentTense') || v.tags.has('Gerund') || /s$/.test(v.norm)) return false;
  return ACTION_BASE.has(v.norm);
}

/** How many words after the verb a result's measure may sit ("we cut p99 from 800 ms to 120 ms"). */
const MEASURE_WORDS = 12;

/** A result with its measure in the clause: "we handled 3x the traffic", "we sold 48,000 tickets in
 * the first hour". The measure is in the statement's own clause and close after its verb (a run-on's
 * unit can hold the next step's number), and the verb is an outcome verb, the result part, or the
 * measure is the verb's object ("we paid out €2.1 million", "we refunded 1,812 customers", "we
 * retired twelve hosts", "we recovered in two minutes instead of fifteen"). */
function measuredResult(doc: Doc, s: Statement, part: StarPart, impact: () => Uint8Array): boolean {
  const { tokens } = doc;
  const unit = doc.unitOf[s.subject];
  const v = tokens[s.verb].norm;
  // The story's clock ("we ran both paths for a month") measures a step only when the step is a
  // milestone or an outcome told in the result; otherwise it takes an impact quantity.
  const near = (q: QuantityHit) =>
    doc.unitOf[q.first] === unit &&
    q.first >= s.verb &&
    wordCount(tokens, s.end, q.first) <= MEASURE_WORDS &&
    !clauseBetween(tokens, s.end, q.first);
  if (!doc.quantities.some(near)) return false;
  // "we shipped in five weeks", "we caught 14 mismatches": a milestone or an outcome in the result.
  // A setting the step moved to ("we raised the allowed lateness to fifteen minutes") is no result.
  const marks = impact();
  const setting = (q: QuantityHit) => !marks[q.first] && tokens[q.first - 1]?.norm === 'to';
  if (
    part === 'result' &&
    (MILESTONES.has(v) || OUTCOME_VERBS.has(v)) &&
    doc.quantities.some((q) => near(q) && !setting(q))
  )
    return true;
  for (const q of doc.quantities) {
    if (!near(q) || !marks[q.first]) continue;
    // "we recovered in two minutes instead of fifteen": the measure right after the verb.
    const object = wordCount(tokens, s.end, q.first) <= 2;
    if (part === 'result' || OUTCOME_VERBS.has(v) || object) return true;
  }
  return false;
}

/** How many words before a team clause the outcome it follows may sit. */
const OUTCOME_WORDS_BEFORE = 20;

/** "p99 went from 2.4 seconds to 310 ms, and we handed back four nodes", "that turned up 212 wrong
 * invoices, we sent corrected ones": a team clause told as the consequence of a measured outcome
 * just before it in its sentence (in the result, said of a thing, not of the speaker or the team) is
 * part of the shared result, not a step whose owner is unclear. */
function afterOutcome(doc: Doc, parts: readonly StarPart[], i: number, marks: Uint8Array): boolean {
  const { tokens } = doc;
  const from = Math.max(doc.sentences[tokens[i].sent].first, i - OUTCOME_WORDS_BEFORE);
  for (let k = i - 1; k >= from; k--) {
    if (!marks[k] || parts[doc.unitOf[k]] !== 'result') continue;
    // "we had moved a third of the jobs": the team's own progress, not an outcome of the work.
    const first = doc.units[doc.unitOf[k]].first;
    for (let m = k - 1; m >= first; m--)
      if (tokens[m].norm === 'we' || tokens[m].norm === 'i') return false;
    return true;
  }
  return false;
}

/** Pronouns that are a clause's subject: "it handled", "they fixed". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('it they he she i we'.split(' '));

/** Between a verb and a measure, another clause starts with its own subject and verb ("we flushed
 * the caches resolution errors went from 40% to zero", "..., which brought the bill down from ..."):
 * the measure is that clause's. */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (!t.tags.has('PastTense') || t.tags.has('Gerund')) continue;
    const prev = tokens[k - 1];
    // ", which brought the bill down from ...": a clause about the whole step.
    if (prev.norm === 'which' && /,/.test(tokens[k - 2]?.post ?? '')) return true;
    // "... onto bigger instances on black friday it handled 4,000 a second": a subject pronoun that
    // does not follow a verb ("got it deployed") starts another clause.
    if (
      SUBJECT_PRONOUNS.has(prev.norm) &&
      !/[,;:]/.test(prev.post) &&
      !tokens[k - 2]?.tags.has('Verb') &&
      k - 1 > from
    )
      return true;
    if (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !/[,;:]/.test(prev.post)) {
      // "the 140 affected shipments": a participle before its noun is no verb.
      if (tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1]?.tags.has('Pronoun')) continue;
      return true;
    }
  }
  return false;
}

/** Team "we" where the speaker's own part is unclear. */
export const weOwnershipRule: Rule = { kind: 'we-ownership', run: find };
