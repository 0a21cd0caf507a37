import { DILIGENCE_VERBS } from '../lists/blame';
import {
  NEGATIONS_ALL as NEGATIONS,
  CONDUCT_CHANGES,
  DEMANDS,
  DUTIES,
  GAP,
  LACKS,
  NEEDS,
  WH_WORDS,
} from '../lists/blame-context';
import { HELPS, MINDS, OWED, PRONOUNS, TELLS, USERS, WISHED } from '../lists/blame-predicate';
import { isParty } from './blame-clause';
import type { Pred } from './blame-verb';
import type { Token } from '../tokens';

// Demand and hindsight: what a party should do or should have done. A present demand on another
// group ("infra needs to own their certs"), hindsight on its conduct ("they should have caught
// it") and counterfactuals on its duty ("if product did its job") pin the failure on it all the
// same. What a group needs ("they just need a process") is no demand on it.

/** "code review on that team needs to be a lot better": a demand on what a party made. */
export function betterDemanded({ pred }: Pred): boolean {
  return DEMANDS.has(pred[0]?.norm ?? '') && pred.slice(1, 7).some((t) => t.norm === 'better');
}

/** Hindsight and counterfactuals on a party's duty: "they should have caught it", "if the security
 * review hadn't taken a month", "if they'd only written down what they wanted". */
export function hindsight({ tokens, s, pred, head }: Pred): boolean {
  // Help the party gave is credited, not blamed: "if the platform team had not helped, we would
  // have missed the date".
  const helped = pred.slice(1, 4).some((t) => HELPS.has(t.norm));
  const iff = tokens[s.first - 1]?.norm === 'if' && !helped;
  // "if the security review hadn't taken a month": a counterfactual on a party's delay.
  const had = ['had', 'would'].includes(pred[0]?.norm ?? '') && NEGATIONS.has(pred[1]?.norm ?? '');
  if (iff && had) return true;
  // "if product did its job we wouldn't be here": a counterfactual on the party's duty.
  const owner = pred.findIndex((t) => ['its', 'their', 'his', 'her'].includes(t.norm));
  if (iff && owner >= 0 && DUTIES.has(pred[owner + 1]?.norm ?? '')) return true;
  // "they should have caught it", "he could have warned us": hindsight on another's conduct.
  const modal = head.findIndex((t) => t.norm === 'should' || t.norm === 'could');
  // "shouldn't have been putting" blames too; "couldn't have known" excuses.
  const shouldNot = head[modal]?.norm === 'should' && NEGATIONS.has(head[modal + 1]?.norm);
  const have = modal + (shouldNot ? 2 : 1);
  if (modal >= 0 && pred[have]?.norm === 'have' && s.agent !== 'nobody') return true;
  // Not a counterfactual on the people served: "if customers had used it more we'd have kept it".
  const served = USERS.has(tokens[s.last - 1]?.norm ?? '');
  // "if the DBA team moved half as fast, we'd have been fine": the speaker's outcome hung on the
  // party.
  // The party's conduct, not what it had: "if the designers had more time" is a circumstance.
  const state = HAD.has(pred[0]?.norm ?? '') && !pred[1]?.tags.has('Verb');
  if (iff && s.agent === 'other' && !served && !state && ourOutcome(tokens, s.last)) return true;
  // "if they had done their job": a counterfactual on another party's duty; not what it had
  // ("if the designers had more time") nor help it gave ("if they had not helped").
  if (iff && pred[0]?.norm === 'had' && s.agent === 'other' && !served && !state) return true;
  // "if they'd only written down what they wanted", "if the people making the calls had only
  // listened": a wish that the party had done its part.
  const wish = pred
    .slice(0, 6)
    .findIndex(
      (t, k, ts) => WISHED.has(t.norm) && ['had', 'would'].includes(ts[k - 1]?.norm ?? ''),
    );
  if (iff && wish >= 0 && s.agent === 'other') return true;
  // "... has to decide what comes first and stop calling everything urgent": a demand carried on.
  const stop = pred.slice(0, 3).findIndex((t) => CONDUCT_CHANGES.has(t.norm));
  const demanded = tokens
    .slice(Math.max(0, s.first - 14), s.first)
    .some(
      (t, k, ts) =>
        (t.sent === tokens[s.first].sent && DEMANDS.has(t.norm)) ||
        (t.norm === 'to' && ['has', 'have'].includes(ts[k - 1]?.norm ?? '')),
    );
  return stop >= 0 && !!pred[stop + 1]?.tags.has('Gerund') && demanded;
}

/** Verbs of having or being, that give a circumstance, not conduct: "if they had more time". */
const HAD: ReadonlySet<string> = new Set('had has have was were got'.split(' '));

/** "... we'd have been fine", "... I would have made the date": the speaker's side, had the party
 * acted otherwise, later in the sentence. */
function ourOutcome(tokens: readonly Token[], from: number): boolean {
  const sent = tokens[from]?.sent;
  const rest = tokens.slice(from, from + 16).filter((t) => t.sent === sent);
  return rest.some(
    (t, k) =>
      ['we', 'i'].includes(t.norm) &&
      rest[k + 1]?.norm === 'would' &&
      rest[k + 2]?.norm === 'have' &&
      !NEGATIONS.has(rest[k + 3]?.norm ?? ''),
  );
}

/** A demand on another group, in the present: "other teams need to step up", "infra really needs
 * to own their certs", "vendors like that need to be held to their SLA", "product has to stop
 * promising dates". Not a pronoun or "people": "they just need a process", "people need to see it
 * working" say what others need, not what they owe. */
export function demanded({ tokens, s, pred }: Pred): boolean {
  // "to figure out where the team should spend its time": a question asked, no demand made.
  if (WH_WORDS.has(tokens[s.first - 1]?.norm ?? '')) return false;
  // "people need to actually follow the process": "actually" makes it a complaint all the same.
  const actually = pred.slice(0, 5).some((t) => t.norm === 'actually');
  // "people should document their code better", "people should test their changes": a duty all
  // the same, owed by whoever "people" are.
  const owed = pred.slice(0, 7).some((t) => OWED.has(t.norm));
  const people = tokens[s.first].norm === 'people';
  const diligent = people && DILIGENCE_VERBS.has(pred[1]?.norm ?? '');
  // "if leadership wants results they need to give realistic timelines": "they" is the group named
  // just before it in the sentence.
  const named = tokens
    .slice(Math.max(0, s.first - 8), s.first)
    .some((t) => t.sent === tokens[s.first].sent && isParty(t) && !PRONOUNS.has(t.norm));
  // "they need to tell people before they push": a duty to inform others, owed whoever "they" are.
  const to = pred.findIndex((t, k) => k < 5 && t.norm === 'to');
  const tells = to > 0 && TELLS.has(pred[to + 1]?.norm ?? '');
  const group =
    actually ||
    tells ||
    owed ||
    diligent ||
    (named && tokens[s.first].norm === 'they') ||
    !['he', 'she', 'they', 'people'].includes(tokens[s.first].norm);
  // The demand is the clause's own verb ("infra really needs to"), not one reported further on
  // ("decided every service should move"), and not a shared one ("marketing and engineering need to").
  let demand = 0;
  // "vendors like that need to be held to their SLA": a "like that" is part of the subject.
  if (pred[0]?.norm === 'like' && pred.length > 2) demand = 2;
  while (
    demand < 3 &&
    pred[demand] &&
    (GAP.has(pred[demand].norm) || pred[demand].tags.has('Adverb'))
  )
    demand++;
  // "product has to stop promising dates": "has to" with a change of conduct.
  const hasTo = to > 0 && ['has', 'have'].includes(pred[to - 1].norm);
  if (hasTo && CONDUCT_CHANGES.has(pred[to + 1]?.norm ?? '') && s.agent === 'other') return true;
  // "other teams have to communicate their changes": a duty of diligence owed by a named group.
  // "the platform team has to own their alerts": owning its part is a duty all the same.
  const dutyVerb = DILIGENCE_VERBS.has(pred[to + 1]?.norm ?? '') || pred[to + 1]?.norm === 'own';
  const owes = hasTo && dutyVerb && s.agent === 'other';
  if (owes && !PRONOUNS.has(tokens[s.first].norm) && tokens[s.first].norm !== 'people') return true;
  // "customers need to tell us which plan they use": what users must do is no one's failure.
  if (!DEMANDS.has(pred[demand]?.norm ?? '') || USERS.has(tokens[s.last - 1]?.norm ?? ''))
    return false;
  const must = pred[demand]?.norm === 'must' || pred[demand]?.norm === 'should';
  const duty = must || pred[demand + 1]?.norm === 'to';
  const what = pred[demand + (must ? 1 : 2)]?.norm ?? '';
  // "the DBA team needs way better testing", "some teams need a lot of pushing".
  const lacks = pred.slice(demand + 1, demand + 4).some((t) => LACKS.has(t.norm));
  // "need to know what they want": to make up their minds, a duty all the same.
  const at = demand + (must ? 1 : 2);
  const decide =
    what === 'know' &&
    WH_WORDS.has(pred[at + 1]?.norm ?? '') &&
    pred.slice(at + 2, at + 5).some((t) => MINDS.has(t.norm));
  return (duty || lacks) && s.agent === 'other' && group && (!NEEDS.has(what) || owed || decide);
}
