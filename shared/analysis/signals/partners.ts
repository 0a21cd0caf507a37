// Finding the partners a story credits and what they contributed: the sentences behind
// collaboration.partners. Whether a word is a person's name lives in partner-name.ts.
import type { Doc } from '../doc';
import {
  CONTRIBUTION_VERBS,
  CREDIT_BEFORE,
  DEPARTMENT_WORDS,
  GROUP_WORDS,
  IDEA_CREDIT,
  OTHERS_WORDS,
  PARTNER_AFTER,
  PARTNER_BEFORE,
  PARTNER_FAULT_VERBS,
  PERSON_CONTRIBUTION_VERBS,
  REACHED_VERBS,
  REPORTING_VERBS,
  ROLE_PARTNER,
  STANCE_AFTER_WHO,
  STOP_WORDS,
  TEAM_CONTRIBUTION_VERBS,
} from '../lists/content-cues';
import { ACTION_PAST } from '../lists/action-verbs';
import { BYSTANDER_VERBS } from '../lists/hero';
import { COPULAS, DETERMINERS, SUBJECT_VERB_FILLERS } from '../lists/grammar';
import type { ContentSignals } from '../schema-content';
import type { Token } from '../tokens';
import { nameOpensHelp } from './hero-others';
import { isPartnerName } from './partner-name';
import { appositionThenActs, contributionAfter, customerBefore, learnedOf } from './partner-cues';

/** The name does something: a contribution verb just after it, or a partner's place around it.
 * "Jorge, who really wanted route editing" places him but credits nothing. */
function contributes(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "Jorge, who really wanted route editing": a stance, not a part in the work.
  if (next?.norm === 'who') {
    let j = i + 2;
    while (tokens[j]?.sent === tokens[i].sent && SUBJECT_VERB_FILLERS.has(tokens[j].norm)) j++;
    if (STANCE_AFTER_WHO.has(tokens[j]?.norm ?? '')) return contributionAfter(tokens, j, 4);
    return true;
  }
  // "Leila and I wrote the query": the partner acted with the speaker (not "Elixir, and I'm a
  // Go person": a comma and a copula set two things side by side).
  if (
    next?.norm === 'and' &&
    tokens[i + 2]?.norm === 'i' &&
    !/,/.test(tokens[i].post) &&
    !COPULAS.has(tokens[i + 3]?.norm ?? '')
  )
    return true;
  // "Marek, a contractor who was with us for load testing, wrote a k6 script".
  if (
    /,/.test(tokens[i].post) &&
    next &&
    DETERMINERS.has(next.norm) &&
    appositionThenActs(tokens, i + 1)
  )
    return true;
  if (contributionAfter(tokens, i, 5)) return true;
  // "... their tech lead, Oksana. She explained ...": the next sentence goes on about them.
  const nextStart = tokens.findIndex((t, j) => j > i && t.sent === tokens[i].sent + 1);
  if (nextStart > 0 && /^(she|he)$/.test(tokens[nextStart].norm))
    for (let j = nextStart + 1; j < Math.min(tokens.length, nextStart + 4); j++)
      if (CONTRIBUTION_VERBS.has(tokens[j].norm)) return true;
  return creditedBefore(tokens, i) || (next !== undefined && PARTNER_AFTER.has(next.norm));
}

/** Adverbs between a colleague's pronoun and their verb ("she actually backed me"). */
const PRONOUN_ADVERBS: ReadonlySet<string> = new Set(
  'also then quickly even actually really personally kindly immediately'.split(' '),
);

/** "she designed the history table", "He confirmed it from the logs": a colleague already in the
 * story, as the subject of a verb of help. */
function pronounContributes(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "with our content team, they gave me two hundred queries": "they" is the group just named.
  if (t.norm === 'they') return groupTheyContributes(tokens, i);
  if (t.norm !== 'she' && t.norm !== 'he') return false;
  const prev = tokens[i - 1];
  const opens =
    !prev ||
    prev.sent !== t.sent ||
    /[,;:]/.test(prev.post) ||
    /^(and|but|so|then|also)$/.test(prev.norm);
  let j = i + 1;
  while (tokens[j]?.sent === t.sent && PRONOUN_ADVERBS.has(tokens[j].norm)) j++;
  return (
    opens &&
    tokens[j]?.sent === t.sent &&
    (TEAM_CONTRIBUTION_VERBS.has(tokens[j].norm) ||
      PERSON_CONTRIBUTION_VERBS.has(tokens[j].norm) ||
      // "she disabled the retry": any past verb of doing that is no fault and no bystander's.
      (ACTION_PAST.has(tokens[j].norm) &&
        !/^(did|do|does|had|has|have|would|could)$/.test(tokens[j].norm) &&
        !/^(not|n't|never)$/.test(tokens[j + 1]?.norm ?? '') &&
        !PARTNER_FAULT_VERBS.has(tokens[j].norm) &&
        !BYSTANDER_VERBS.has(tokens[j].norm) &&
        !REPORTING_VERBS.has(tokens[j].norm))) &&
    !customerBefore(tokens, i)
  );
}

/** "I built a test set with our content team, they gave me two hundred real queries": "they" right
 * after a group the speaker worked with, as the subject of a past verb of help (not of fault, not
 * "they own the login service"). */
function groupTheyContributes(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  let group = false;
  // "with our content team, they ...", "confirmed it with their support and they fixed the page".
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].sent === t.sent; k--)
    if (
      GROUP_WORDS.has(tokens[k].norm) ||
      (DEPARTMENT_WORDS.has(tokens[k].norm) && /^(our|their)$/.test(tokens[k - 1]?.norm ?? ''))
    )
      group = true;
  const joined = /[,;:]/.test(tokens[i - 1]?.post ?? '') || tokens[i - 1]?.norm === 'and';
  if (!group || !joined) return false;
  const v = tokens[i + 1];
  return (
    v !== undefined &&
    v.sent === t.sent &&
    v.tags.has('PastTense') &&
    !PARTNER_FAULT_VERBS.has(v.norm) &&
    (TEAM_CONTRIBUTION_VERBS.has(v.norm) ||
      CONTRIBUTION_VERBS.has(v.norm) ||
      ACTION_PAST.has(v.norm))
  );
}

/** The speaker worked with the person: "with Felix", "with our security lead Hannah", "asked
 * Ruth", "walked our PM Jo through it" (the words between are a determiner and a role). */
function creditedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5) && tokens[k].sent === tokens[i].sent; k--) {
    const w = tokens[k];
    if (CREDIT_BEFORE.has(w.norm) || REACHED_VERBS.has(w.norm)) return true;
    const between =
      DETERMINERS.has(w.norm) ||
      PARTNER_BEFORE.has(w.norm) ||
      ((w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Pronoun'));
    // "sat with their lead, Ola, to swap it in": the comma of a role set beside the name, when
    // they met to do the work ("sat with their lead, Ruth" only met her).
    const apposition =
      k === i - 1 &&
      PARTNER_BEFORE.has(w.norm) &&
      /^,\s*$/.test(w.post) &&
      tokens[i + 1]?.norm === 'to' &&
      tokens[i + 1].sent === tokens[i].sent;
    if (!between || (/[,;:]/.test(w.post) && !apposition)) return false;
  }
  return false;
}

/** A group credited with its part: "the growth team ran an A/B test for us", "his team reviewed
 * it", "Bea's team filled in the synonyms". The verb is one of help, not of fault. */
function teamContributes(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!GROUP_WORDS.has(t.norm)) return false;
  // Whose team: a determiner or possessive within two words before ("the growth team", "his team").
  let owner = -1;
  for (let k = i - 1; k >= i - 3 && k >= 0 && tokens[k].sent === t.sent; k--) {
    const w = tokens[k];
    if (DETERMINERS.has(w.norm) || /^(his|her)$/.test(w.norm) || /'s$/.test(w.text)) {
      owner = k;
      break;
    }
    if (!w.tags.has('Noun') && !w.tags.has('Adjective')) break;
  }
  if (owner < 0) return false;
  // The group is the clause's subject: it opens the sentence or a clause ("on the team did",
  // "how their team shipped" are not).
  const before = tokens[owner - 1];
  // "I built the wrapper while Dmitri's team converted the service": a clause of its own.
  const opens =
    !before ||
    before.sent !== t.sent ||
    /[,;:]/.test(before.post) ||
    /^(and|but|so|then|also|while|when|once|after)$/.test(before.norm);
  if (!opens) return false;
  let j = i + 1;
  while (
    j < tokens.length &&
    tokens[j].sent === t.sent &&
    /^(also|then|quickly)$/.test(tokens[j].norm)
  )
    j++;
  return (
    tokens[j]?.sent === t.sent &&
    TEAM_CONTRIBUTION_VERBS.has(tokens[j].norm) &&
    !learnedOf(tokens, j)
  );
}

/** The sentences that credit a partner with their part (a named person, a team or a colleague
 * told as she/he/they doing part of the work), in text order; tangents credit nobody. */
export function findPartners(
  doc: Doc,
  tangents: readonly { start: number; end: number }[],
  blame: readonly { start: number; end: number }[] = [],
): ContentSignals['collaboration']['partners'] {
  const { tokens } = doc;
  const partners: ContentSignals['collaboration']['partners'] = [];
  const seen = new Set<number>();
  // What left the story credits nobody: a name inside a tangent, a sentence that is mostly one.
  const inTangent = (at: number) => tangents.some((t) => t.start <= at && at < t.end);
  const blamed = (at: number) => blame.some((b) => b.start <= at && at < b.end);
  const aside = new Set<number>();
  doc.sentences.forEach((s, k) => {
    const covered = tangents.reduce(
      (n, t) => n + Math.max(0, Math.min(t.end, s.end) - Math.max(t.start, s.start)),
      0,
    );
    if (covered > (s.end - s.start) / 2) aside.add(k);
  });
  tokens.forEach((t, i) => {
    // A person named inside a blamed phrase ("Kevin from platform decides it's a great time to
    // upgrade the ingress on a Friday") is not credited: credit is given respectfully.
    if (seen.has(t.sent) || inTangent(t.start) || blamed(t.start)) return;
    // "... and ravi built the export the auditor needed": a name opening a clause before a verb
    // of help, in lower-case speech too (not a department or a group, which credit as teams).
    const named =
      (isPartnerName(tokens, i) && contributes(tokens, i)) ||
      (nameOpensHelp(tokens, i) &&
        // A name is a plain word ("G1 tuned" is a tool, "load-tested" one verb, "nothing ran"
        // nobody).
        /^\p{L}+$/u.test(t.text) &&
        !/[-‐]/.test(t.post) &&
        !t.tags.has('Hyphenated') &&
        !/(thing|body|one)$/.test(t.norm) &&
        !STOP_WORDS.has(t.norm) &&
        !OTHERS_WORDS.has(t.norm) &&
        !DEPARTMENT_WORDS.has(t.norm) &&
        !GROUP_WORDS.has(t.norm) &&
        !tokens[i].tags.has('Adverb') &&
        tokens[i + 2]?.sent === t.sent &&
        !tokens[i + 2].tags.has('Preposition'));
    if (!named && !teamContributes(tokens, i) && !pronounContributes(tokens, i)) return;
    seen.add(t.sent);
    const s = doc.sentences[t.sent];
    partners.push({
      start: s.start,
      end: s.end,
      text: doc.text.slice(s.start, s.end),
    });
  });
  for (const [k, s] of doc.sentences.entries()) {
    const text = doc.text.slice(s.start, s.end);
    if (
      !seen.has(k) &&
      !aside.has(k) &&
      (/\bpaired with\b/i.test(text) ||
        ROLE_PARTNER.test(text.toLowerCase()) ||
        IDEA_CREDIT.test(text.toLowerCase()))
    )
      partners.push({ start: s.start, end: s.end, text });
  }
  partners.sort((a, b) => a.start - b.start);
  return partners;
}
