// What the other people in a story do for the hero signal: whether any of them does part of the
// work or shares one of the speaker's steps, and which party words name people at all.
import type { Doc } from '../doc';
import {
  GROUP_WORDS,
  OTHERS_WORDS,
  PARTNER_FAULT_VERBS,
  REPORTING_VERBS,
  TEAM_CONTRIBUTION_VERBS,
} from '../lists/content-cues';
import { OTHER_PARTY_WORDS, PARTY_HEADS } from '../lists/blame';
import {
  ASKING_NOUNS,
  BYSTANDER_VERBS,
  CONTACT_VERBS,
  CUSTOMER_WORDS,
  FOLLOWING_UP,
  NOT_STAFFED_ON,
  PEOPLE_HEADS,
} from '../lists/hero';
import { DETERMINERS } from '../lists/grammar';
import { TECH_WORD_SET } from '../tech';
import type { Token } from '../tokens';
import { customerBefore, learnedOf, NAME_TAGS, tookTime } from './partner-cues';
import { stepHeads } from './steps';

/** Another party does part of the work: a past verb of doing that is not watching, waiting,
 * asking or a fault ("she disabled the retry", "support emailed each customer"; not "support
 * asked me twice", "the platform folks pushed a config"). */
export function othersContribute(
  doc: Doc,
  blame: readonly { start: number; end: number }[],
): boolean {
  const { tokens } = doc;
  // "the platform folks deployed a mesh config without telling anyone": blamed, an obstacle.
  const blamed = (i: number) =>
    blame.some((b) => b.start <= tokens[i].start && tokens[i].start < b.end);
  // What others did before the speaker's first step set the scene ("sales signed a deal with a
  // TV show", "legal sent a one-line ticket"): the work starts with the speaker's part.
  const firstStep = Math.min(
    Infinity,
    ...stepHeads(doc),
    ...doc.statements
      .filter((s) => s.actor === 'i' && !s.relative && s.sense === 'action')
      .map((s) => s.verb),
  );
  const party = doc.statements.some((s) => {
    if (s.actor !== 'other' || s.relative || s.sense !== 'action' || blamed(s.verb)) return false;
    if (s.subject < firstStep) return false;
    const v = tokens[s.verb].norm;
    // "the support lead sat in the channel": a role read as a verb.
    if (OTHERS_WORDS.has(v)) return false;
    if (BYSTANDER_VERBS.has(v) || PARTNER_FAULT_VERBS.has(v) || REPORTING_VERBS.has(v))
      return false;
    if (learnedOf(tokens, s.verb) || followsUp(tokens, s.verb) || asks(tokens, s.verb))
      return false;
    // "the two regulations the auditors cited": a clause that names its noun, with no object.
    if (contactClause(tokens, s.subject, s.verb)) return false;
    // "the SRE on call took forty minutes to acknowledge": a delay, an obstacle.
    if (tookTime(tokens, s.verb)) return false;
    // "sales went fine after that", "the launch went smoothly": how things went, an outcome.
    const how = tokens[s.verb + 1];
    if (
      OUTCOME_MOTION.has(v) &&
      how?.sent === tokens[s.verb].sent &&
      (how.tags.has('Adjective') ||
        how.tags.has('Adverb') ||
        /^(fine|well|ok|okay|great|badly)$/.test(how.norm)) &&
      !how.tags.has('Preposition')
    )
      return false;
    // "they cleared", "it ran": a pronoun may be the payments or the jobs, so only a verb of
    // help with an object makes "they" people doing the work ("they fixed the page", not "they
    // ran on spot instances").
    const object = tokens[s.verb + 1];
    if (/^(she|he|they)$/.test(tokens[s.subject].norm) && customerBefore(tokens, s.subject))
      return false;
    return (
      tokens[s.subject].norm !== 'they' ||
      (TEAM_CONTRIBUTION_VERBS.has(v) &&
        object !== undefined &&
        object.sent === tokens[s.verb].sent &&
        !object.tags.has('Preposition'))
    );
  });
  // "ines built the webhook consumer and kwame wrote the backfill": a name in lower case opening
  // a clause, right before a verb of help.
  // (Before the speaker's first step it sets the scene too: "finance caught it at month close".)
  return (
    party ||
    tokens.some((_, i) => i >= firstStep && nameOpensHelp(tokens, i) && !blamed(i + 1)) ||
    tokens.some((_, i) => staffed(tokens, i))
  );
}

/** Verbs that tell how a thing went when an evaluation follows ("went fine", "ran smoothly"). */
const OUTCOME_MOTION: ReadonlySet<string> = new Set([
  'went',
  'goes',
  'ran',
  'runs',
  'came',
  'turned',
]);

/** The verb at j follows the work's progress or gets in touch with the speaker without handing
 * anything over: "checked in twice", "followed up", "messaged me around noon asking for an ETA"
 * (not "emailed me the logs", "sent me a spreadsheet"). */
function followsUp(tokens: readonly Token[], j: number): boolean {
  const v = tokens[j];
  const next = tokens[j + 1];
  if (FOLLOWING_UP.some(([a, b]) => a === v.norm && b === next?.norm)) return true;
  if (!CONTACT_VERBS.has(v.norm) || !next || !/^(me|us)$/.test(next.norm)) return false;
  const after = tokens[j + 2];
  // "pinged me the link": a thing handed over right after the speaker.
  return (
    !after ||
    after.sent !== v.sent ||
    /[,;:.]/.test(next.post) ||
    !(DETERMINERS.has(after.norm) || (after.tags.has('Noun') && !after.tags.has('Pronoun')))
  );
}

/** A count of people put on part of the work: "four engineers on customs and two on the
 * timeouts", "moved three people onto the migration". They do that part (not "two engineers on
 * call"). */
function staffed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const on = tokens[i + 1];
  const what = tokens[i + 2];
  return (
    PEOPLE_HEADS.has(t.norm) &&
    /^(on|onto)$/.test(on?.norm ?? '') &&
    on.sent === t.sent &&
    tokens[i - 1]?.tags.has('Value') === true &&
    what !== undefined &&
    what.sent === t.sent &&
    !NOT_STAFFED_ON.has(what.norm)
  );
}

/** How far after a party's verb the question it brings is looked for ("came back with two
 * questions"). */
const ASK_SPAN = 5;

/** The party's clause brings questions or concerns: it asks ("she came back with two questions",
 * "legal sent over a few concerns"). */
function asks(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + ASK_SPAN && tokens[k]?.sent === tokens[j].sent; k++) {
    if (ASKING_NOUNS.has(tokens[k].norm)) return true;
    if (/[,;:.]/.test(tokens[k].post)) break;
  }
  return false;
}

/** A clause that names the noun before it, with no "that" and no object of its own: "the two
 * regulations the auditors cited and ...", "the fix legal wanted". Its party does nothing of the
 * work; the noun is what the speaker's clause is about. */
function contactClause(tokens: readonly Token[], subject: number, verb: number): boolean {
  let k = subject;
  while (
    k > 0 &&
    tokens[k - 1].sent === tokens[subject].sent &&
    DETERMINERS.has(tokens[k - 1].norm)
  )
    k--;
  const noun = tokens[k - 1];
  const after = tokens[verb + 1];
  return (
    k < subject &&
    noun !== undefined &&
    noun.sent === tokens[subject].sent &&
    !/[,;:.]/.test(noun.post) &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Pronoun') &&
    (!after ||
      after.sent !== tokens[verb].sent ||
      /[,;:.]/.test(tokens[verb].post) ||
      /^(and|but|so|then|or|to|for|in|on|at|from|with)$/.test(after.norm))
  );
}

/** "ines built the webhook consumer and kwame wrote the backfill": a singular noun (a name, in
 * lower case too) opening a clause, right before a past verb of help. */
export function nameOpensHelp(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const v = tokens[i + 1];
  const opens =
    !prev ||
    prev.sent !== t.sent ||
    /[,;:]/.test(prev.post) ||
    /^(and|then|while|but|so)$/.test(prev.norm);
  return (
    opens &&
    t.tags.has('Noun') &&
    t.tags.has('Singular') &&
    !t.tags.has('Pronoun') &&
    !TECH_WORD_SET.has(t.norm) &&
    v?.sent === t.sent &&
    v.tags.has('PastTense') &&
    TEAM_CONTRIBUTION_VERBS.has(v.norm)
  );
}

/** A party word that modifies the noun after it names a thing, not people: "the client
 * library", "a security fix", "support tickets" (but "the security team", "the sales guy"). */
export function namesAThing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !PARTY_HEADS.has(t.norm) &&
    !GROUP_WORDS.has(t.norm) &&
    next !== undefined &&
    next.sent === t.sent &&
    !next.tags.has('Adverb') &&
    !/[,;:.]/.test(t.post) &&
    next.tags.has('Noun') &&
    !next.tags.has('Pronoun') &&
    !PARTY_HEADS.has(next.norm) &&
    !OTHERS_WORDS.has(next.norm) &&
    !OTHER_PARTY_WORDS.has(next.norm)
  );
}

/** How far after "with" the people it names may sit ("with a couple of people on his team"). */
const WITH_SPAN = 5;

/** A step the speaker took with other people: "I set up meetings with their lead", "I went
 * through the logs with two of the SREs". The others take part in it. */
export function stepWithOthers(doc: Doc): boolean {
  const { tokens } = doc;
  return doc.statements.some((s) => {
    if (s.actor !== 'i' || s.relative || s.sense !== 'action') return false;
    const unit = doc.units[doc.unitOf[s.verb]];
    for (let k = s.verb + 1; k < unit.last; k++) {
      if (tokens[k].norm !== 'with') continue;
      for (let j = k + 1; j <= k + WITH_SPAN && j < unit.last; j++) {
        const t = tokens[j];
        if (
          PEOPLE_HEADS.has(t.norm) ||
          PARTY_HEADS.has(t.norm) ||
          OTHERS_WORDS.has(t.norm) ||
          NAME_TAGS.some((tag) => t.tags.has(tag))
        )
          return !CUSTOMER_WORDS.has(t.norm);
        if (
          !DETERMINERS.has(t.norm) &&
          !t.tags.has('Adjective') &&
          !t.tags.has('Value') &&
          !/^(of|couple|few)$/.test(t.norm)
        )
          break;
      }
    }
    return false;
  });
}
