import type { Doc } from '../doc';
import {
  CONTRIBUTION_VERBS,
  CREDIT_BEFORE,
  DEPARTMENT_WORDS,
  FUNCTION_WORDS,
  GROUP_WORDS,
  HERO_CUES,
  MEETING_VERBS,
  PLACE_PREPOSITIONS,
  OTHERS_WORDS,
  PARTNER_AFTER,
  PARTNER_BEFORE,
  PARTNER_FAULT_VERBS,
  PERSON_CONTRIBUTION_VERBS,
  REACHED_VERBS,
  STOP_WORDS,
  REPORTING_VERBS,
  ROLE_PARTNER,
  STANCE_AFTER_WHO,
  TEAM_CONTRIBUTION_VERBS,
} from '../lists/content-cues';
import { ACTION_PAST } from '../lists/action-verbs';
import { OTHER_PARTY_WORDS, PARTY_HEADS } from '../lists/blame';
import {
  APPROVAL_VERBS,
  APPROVAL_WORDS,
  BYSTANDER_VERBS,
  CUSTOMER_WORDS,
  LEARNED_OF,
  NOT_PROCESS_BEFORE_REVIEW,
  NOT_REVIEW_PARTICLES,
  PEOPLE_HEADS,
  POSTMORTEM_WITH,
  POSTMORTEM_WORDS,
  PROCESS_NEGATORS,
  PROCESS_PHRASES,
  PROCESS_WORDS,
  REVIEW_PHRASAL,
  REVIEW_VERBS,
  RUN_ON_OBJECT_STARTS,
  STEP_SOFTENERS,
} from '../lists/hero';
import { COPULAS, DETERMINERS, OPENERS, SUBJECT_VERB_FILLERS } from '../lists/grammar';
import type { ContentSignals } from '../schema-content';
import { TECH_WORD_SET } from '../tech';
import type { Token } from '../tokens';
import type { Statement } from '../actions';
import { ownershipSignal } from './ownership';
import { stepHeads } from './steps';

/** The opening that sets the scene: the first sentence, within this many tokens. */
const OPENING_TOKENS = 30;
/** Hero needs this many "I" actions with no "we" action and no partner credited. */
const HERO_MIN_I_ACTIONS = 8;
/** ... in a story that mentions other people at least this often. */
const HERO_MIN_OTHERS = 3;
/** The speaker dominates with fewer steps when the others in the story only watch, ask or get in
 * the way, no "we" shares a step and no process with them appears: this many steps, one fewer
 * when more than SOLO_MIN_OTHERS people are around (the story more clearly involved others). */
const SOLO_MIN_STEPS = 6;
/** ... with other people mentioned at least this often. */
const SOLO_MIN_OTHERS = 2;
/** A negator this many words before a process word denies it ("they don't really do change review"). */
const NEGATOR_WINDOW = 5;
/** How far back the subject of a verb of checking is looked for ("the DBA on call double-checked"). */
const REVIEWER_SPAN = 4;

const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName'];
const isCapitalised = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** A person's name: tagged as one by compromise, or a capitalised word (not the sentence's first)
 * in a partner's place ("paired with Felix", "Priya from the data team", "and Rui wrote the
 * guide"), or, in lower-case speech-to-text, a word paged or asked and placed in a team ("i paged
 * rukmini from the dispatch team"). Never right after a determiner ("the lesson I took"). */
function isPartnerName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Kafka, Jaeger and friends are tools here, whatever compromise's name list says.
  if (t.tags.has('Acronym') || t.tags.has('Pronoun') || TECH_WORD_SET.has(t.norm)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // "Jun from the data team" is a person even where the tagger reads a month.
  const inTeam =
    next !== undefined &&
    /^(from|on)$/.test(next.norm) &&
    after !== undefined &&
    /^(the|my|our|their)$/.test(after.norm) &&
    teamWithin(tokens, i + 3, 3);
  // "Black Friday went fine": a date or one word of a longer proper name is not a person.
  if ((t.tags.has('Date') && !inTeam) || (isCapitalised(t) && next && isCapitalised(next)))
    return false;
  // "Apple Pay launched": the last word of a proper name is a person only after a first name.
  if (
    isCapitalised(t) &&
    prev?.sent === t.sent &&
    isCapitalised(prev) &&
    !NAME_TAGS.some((tag) => prev.tags.has(tag)) &&
    !prev.tags.has('Verb') &&
    !STOP_WORDS.has(prev.norm) &&
    !OPENERS.has(prev.norm) &&
    !/[,;:]/.test(prev.post)
  )
    return false;
  if (OTHERS_WORDS.has(t.norm) || /^(no|some|any|every)(one|body)$/.test(t.norm)) return false;
  // "etc. And we added ...": a function word after a full stop the splitter missed; "140 ms": a
  // unit after a number, not "Ms".
  if (FUNCTION_WORDS.has(t.norm) || prev?.tags.has('Value') || /\d$/.test(prev?.text ?? ''))
    return false;
  // "the FHIR Appointment and Patient resources": a capitalised word naming the noun right after
  // it is a kind of thing, not a person.
  if (
    next !== undefined &&
    next.sent === t.sent &&
    !/[,;:.]/.test(t.post) &&
    next.tags.has('Plural') &&
    !next.tags.has('Verb') &&
    !next.tags.has('PastTense')
  )
    return false;
  const firstOfSentence = !prev || prev.sent !== t.sent;
  if (!firstOfSentence && DETERMINERS.has(prev.norm)) return false;
  // "At Brightcart I ran", "in Apollo, we wrote": a place or a tool after a preposition.
  // ("pulled in Marco": "in" is the verb's particle there.)
  if (!firstOfSentence && PLACE_PREPOSITIONS.has(prev.norm) && !prev.tags.has('Particle'))
    return false;
  // "Priya from the platform team", "Ravi from test infra", "Asha on my team": a person placed in
  // a team or group.
  const placed =
    next !== undefined &&
    PARTNER_AFTER.has(next.norm) &&
    (next.norm === 'who' ||
      next.norm === 'helped' ||
      (after !== undefined &&
        (/^(the|my|our|their)$/.test(after.norm) ||
          (!after.tags.has('Date') &&
            !after.tags.has('Pronoun') &&
            !after.tags.has('Value') &&
            contributionAfter(tokens, i + 2, 3)))));
  // "Priya in finance gave me the invoices": a person placed in a department, doing something.
  const department =
    next?.norm === 'in' &&
    after !== undefined &&
    DEPARTMENT_WORDS.has(after.norm) &&
    contributionAfter(tokens, i + 2, 3);
  // "Karen, our PM, negotiated the scope": a name with its role beside it; "Marek, a contractor
  // who was with us for load testing, wrote a k6 script": a longer one, closed by the verb.
  const appositive =
    /,/.test(t.post) &&
    !t.tags.has('Adverb') &&
    !OPENERS.has(t.norm) &&
    next !== undefined &&
    (/^(our|my|the|their)$/.test(next.norm)
      ? [1, 2, 3].some(
          (d) => tokens[i + 1 + d]?.sent === t.sent && /,/.test(tokens[i + 1 + d].post),
        )
      : /^(a|an)$/.test(next.norm) && appositionThenActs(tokens, i + 1));
  if (isCapitalised(t) || NAME_TAGS.some((tag) => t.tags.has(tag))) {
    if (NAME_TAGS.some((tag) => t.tags.has(tag)) && (isCapitalised(t) || !firstOfSentence))
      return true;
    if (!isCapitalised(t)) return false;
    // "with Karpenter" is a tool; "sat with Kemal", "paired with Felix" is a person.
    const met = prev?.norm === 'with' && MEETING_VERBS.has(tokens[i - 2]?.norm ?? '');
    const role = prev !== undefined && PARTNER_BEFORE.has(prev.norm) && prev.norm !== 'with';
    const acts = !firstOfSentence && contributionAfter(tokens, i, 2);
    // "Leila and I wrote the query", "which Elena and I agreed": the name acts with the speaker.
    const withMe = next?.norm === 'and' && after?.norm === 'i';
    // "... two analysts, Maya and Joel. Maya tuned the thresholds with me": a name introduced
    // mid-sentence opens a later one with a verb of help.
    const introduced =
      firstOfSentence &&
      next?.sent === t.sent &&
      TEAM_CONTRIBUTION_VERBS.has(next.norm) &&
      !STOP_WORDS.has(t.norm) &&
      tokens.some(
        (u, k) => k < i && u.norm === t.norm && isCapitalised(u) && tokens[k - 1]?.sent === u.sent,
      );
    return (
      placed ||
      department ||
      appositive ||
      withMe ||
      introduced ||
      (!firstOfSentence && (role || met || acts))
    );
  }
  // Lower case: someone the speaker reached ("paged", "asked") who sits in a team, or a name that
  // opens a clause placed in a team or a department and doing part of the work ("maya from
  // support tested each build", "priyanka from finance helped me break the bill down").
  if (!t.tags.has('Noun') || next?.norm !== 'from') return false;
  // In a run-on with no stops the name opens a clause after a verb or a plural noun ("... used
  // priyanka from finance helped me", "... exact fragments maya from support tested"), never
  // after a determiner, an adjective, a preposition or a singular noun ("the data from finance").
  const opens =
    firstOfSentence ||
    /[,;:]/.test(prev.post) ||
    OPENERS.has(prev.norm) ||
    (!DETERMINERS.has(prev.norm) &&
      !prev.tags.has('Adjective') &&
      !prev.tags.has('Preposition') &&
      !prev.tags.has('Pronoun') &&
      !(prev.tags.has('Noun') && !prev.tags.has('Plural')) &&
      !STOP_WORDS.has(t.norm) &&
      !DEPARTMENT_WORDS.has(t.norm));
  return (
    (!firstOfSentence && REACHED_VERBS.has(prev.norm) && teamWithin(tokens, i + 2, 4)) ||
    (opens &&
      !TECH_WORD_SET.has(t.norm) &&
      (DEPARTMENT_WORDS.has(after?.norm ?? '') || teamWithin(tokens, i + 2, 4)) &&
      contributionAfter(tokens, i + 2, 4))
  );
}

/** A contribution verb within `span` tokens after i, in the same sentence: one of the list, or
 * any past verb of doing that is not a fault ("Dana rewrote the client", not "Dana broke it"). */
function contributionAfter(tokens: readonly Token[], i: number, span: number): boolean {
  for (
    let j = i + 1;
    j <= i + span && j < tokens.length && tokens[j].sent === tokens[i].sent;
    j++
  ) {
    const w = tokens[j].norm;
    const prev = tokens[j - 1]?.norm ?? '';
    // "on an old Samsung, I wrote a fallback": the verb after another subject is not theirs
    // ("my manager, Ravi, and we decided" is theirs too).
    if (w === 'i' || (w === 'we' && prev !== 'and')) return false;
    // "Tomasz broke the build": the person's verb is a fault, whatever follows it; "found out"
    // learns of the work.
    if (PARTNER_FAULT_VERBS.has(w) || learnedOf(tokens, j)) return false;
    if (DETERMINERS.has(prev) || prev === 'to') continue;
    if (CONTRIBUTION_VERBS.has(w) || ACTION_PAST.has(w)) return true;
  }
  return false;
}

/** How long an apposition after a name may run ("Marek, a contractor who was with us, wrote"). */
const APPOSITION_SPAN = 12;

/** An apposition from `from` closed by a comma and followed by a verb of doing. */
function appositionThenActs(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + APPOSITION_SPAN && tokens[k]?.sent === tokens[from].sent; k++) {
    if (!/,/.test(tokens[k].post)) continue;
    const v = tokens[k + 1];
    return (
      v !== undefined &&
      v.sent === tokens[k].sent &&
      !PARTNER_FAULT_VERBS.has(v.norm) &&
      (CONTRIBUTION_VERBS.has(v.norm) || ACTION_PAST.has(v.norm))
    );
  }
  return false;
}

/** "found out", "heard about": the verb at j learns of the work instead of doing part of it. */
function learnedOf(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.norm;
  return LEARNED_OF.some(([a, b]) => a === tokens[j].norm && b === next);
}

/** A group word ("team", "squad") within `span` tokens from i, in the same sentence. */
function teamWithin(tokens: readonly Token[], i: number, span: number): boolean {
  for (let j = i; j < i + span && j < tokens.length && tokens[j].sent === tokens[i - 1]?.sent; j++)
    if (GROUP_WORDS.has(tokens[j].norm)) return true;
  return false;
}

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
  // "Leila and I wrote the query": the partner acted with the speaker.
  if (next?.norm === 'and' && tokens[i + 2]?.norm === 'i') return true;
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
  while (tokens[j]?.sent === t.sent && /^(also|then|quickly|even)$/.test(tokens[j].norm)) j++;
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

/** How far back the person a pronoun stands for is looked for. */
const ANTECEDENT_SPAN = 15;

/** The last person named before a pronoun is a customer's ("sent the spec to the customer
 * contact, she confirmed it"): the customer answers, they take no part in the work. */
function customerBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ANTECEDENT_SPAN); k--) {
    const w = tokens[k].norm;
    if (CUSTOMER_WORDS.has(w)) return true;
    if (
      OTHERS_WORDS.has(w) ||
      PARTY_HEADS.has(w) ||
      NAME_TAGS.some((tag) => tokens[k].tags.has(tag))
    )
      return false;
  }
  return false;
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
    if (!between || /[,;:]/.test(w.post)) return false;
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

/** A process the work went through with other people: a review, an approval or sign-off, pairing,
 * a change board, a postmortem held together; not one denied ("pushed it without review"). */
function processAppears(doc: Doc): boolean {
  const { tokens } = doc;
  const denied = (i: number) => {
    for (
      let k = i - 1;
      k >= Math.max(0, i - NEGATOR_WINDOW) && tokens[k].sent === tokens[i].sent;
      k--
    )
      if (PROCESS_NEGATORS.has(tokens[k].norm)) return true;
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.sent === tokens[i].sent ? tokens[i + 1].norm : '';
    const phrase = PROCESS_PHRASES.some(([a, b]) => a === w && b === next);
    let held = false;
    if (POSTMORTEM_WORDS.has(w)) {
      // Held together: "we", "with", "blameless" in the same sentence.
      const sent = tokens[i].sent;
      for (let k = i - 1; k >= 0 && tokens[k].sent === sent && !held; k--)
        held = POSTMORTEM_WITH.has(tokens[k].norm);
      for (let k = i + 1; k < tokens.length && tokens[k].sent === sent && !held; k++)
        held = POSTMORTEM_WITH.has(tokens[k].norm);
    }
    // "angry reviews" from customers are no process.
    const customers = /^review/.test(w) && NOT_PROCESS_BEFORE_REVIEW.has(tokens[i - 1]?.norm ?? '');
    if (((PROCESS_WORDS.has(w) && !customers) || phrase || held) && !denied(i)) return true;
  }
  // "the DBA on call double-checked the build", "Sam looked over the PR": another party checks
  // the work (the subject, looked for a few words back, is a person or a role, not I or we).
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.sent === tokens[i].sent ? tokens[i + 1].norm : '';
    if (!REVIEW_VERBS.has(w) && !REVIEW_PHRASAL.some(([a, b]) => a === w && b === next)) continue;
    // "the sales guy checked in on me" asks after the work; it does not check it.
    if (denied(i) || (REVIEW_VERBS.has(w) && NOT_REVIEW_PARTICLES.has(next))) continue;
    for (
      let k = i - 1;
      k >= Math.max(0, i - REVIEWER_SPAN) && tokens[k].sent === tokens[i].sent;
      k--
    ) {
      const t = tokens[k];
      if (/^(i|we|it|this|that|which)$/.test(t.norm)) break;
      if (
        OTHERS_WORDS.has(t.norm) ||
        OTHER_PARTY_WORDS.has(t.norm) ||
        PARTY_HEADS.has(t.norm) ||
        NAME_TAGS.some((tag) => t.tags.has(tag))
      )
        return true;
    }
  }
  // "He agreed", "my manager said okay": another party's go-ahead.
  return doc.statements.some((s) => {
    if (s.actor !== 'other' || s.relative) return false;
    const v = tokens[s.verb].norm;
    const after = tokens[s.verb + 1];
    return (
      APPROVAL_VERBS.has(v) ||
      (v === 'said' && after?.sent === tokens[s.verb].sent && APPROVAL_WORDS.has(after.norm))
    );
  });
}

/** Another party does part of the work: a past verb of doing that is not watching, waiting,
 * asking or a fault ("she disabled the retry", "support emailed each customer"; not "support
 * asked me twice", "the platform folks pushed a config"). */
function othersContribute(doc: Doc, blame: readonly { start: number; end: number }[]): boolean {
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
    if (learnedOf(tokens, s.verb)) return false;
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
  return (
    party ||
    tokens.some((t, i) => {
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
        TEAM_CONTRIBUTION_VERBS.has(v.norm) &&
        !blamed(i + 1)
      );
    })
  );
}

/** Subjectless steps told after a softener ("Sort of pitched it as ...", "Then quickly rolled it
 * back"): the head after the openers and these words is a past verb of doing. */
function softenedHeads(doc: Doc, counted: ReadonlySet<number>): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  for (const u of doc.units) {
    let h = u.first;
    while (h < u.last && OPENERS.has(tokens[h].norm)) h++;
    const start = h;
    while (h < u.last && STEP_SOFTENERS.has(tokens[h].norm)) h++;
    const t = tokens[h];
    if (
      h > start &&
      h < u.last &&
      !counted.has(h) &&
      (t.tags.has('PastTense') || ACTION_PAST.has(t.norm)) &&
      !t.tags.has('Noun') &&
      !COPULAS.has(t.norm)
    )
      out.push(h);
  }
  return out;
}

/** In speech-to-text without punctuation a new clause can read as a relative one ("... watched
 * the channel i pulled the traces"): an "I" verb of doing taken for a relative clause that has an
 * object of its own right after it is a step. */
function isRunOnStep(tokens: readonly Token[], s: Statement): boolean {
  if (s.actor !== 'i' || !s.relative || s.sense !== 'action') return false;
  const o = tokens[s.end];
  return (
    o !== undefined &&
    o.sent === tokens[s.verb].sent &&
    !/[,;:.]/.test(tokens[s.end - 1].post) &&
    RUN_ON_OBJECT_STARTS.has(o.norm)
  );
}

/** A party word that modifies the noun after it names a thing, not people: "the client
 * library", "a security fix", "support tickets" (but "the security team", "the sales guy"). */
function namesAThing(tokens: readonly Token[], i: number): boolean {
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
function stepWithOthers(doc: Doc): boolean {
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

/** How far after the speaker's verb a verb joined by "and" still shares its subject. */
const COORDINATED_SPAN = 12;

/** Steps joined to the speaker's own with "and" or "then" and no subject of their own: "I killed
 * the query and restarted the job", "i pulled the traces and then pinged their channel". */
function coordinatedSteps(doc: Doc, subjects: ReadonlySet<number>): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  const byVerb = new Map(
    doc.statements.filter((s) => !s.relative || isRunOnStep(tokens, s)).map((s) => [s.verb, s]),
  );
  // The speaker's latest verb in this sentence: a step joined to it shares its subject.
  let anchor = -1;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    const s = byVerb.get(j);
    if (s) {
      anchor = s.actor === 'i' && s.sense === 'action' ? j : -1;
      continue;
    }
    if (anchor < 0 || tokens[anchor].sent !== t.sent || j - anchor > COORDINATED_SPAN) continue;
    if (!/^(and|then)$/.test(tokens[j - 1].norm) || subjects.has(j)) continue;
    // "and reran the settlements": a verb of doing, even where the tagger took it for a noun.
    if (!ACTION_PAST.has(t.norm) && (!t.tags.has('PastTense') || t.tags.has('Noun'))) continue;
    if (COPULAS.has(t.norm)) continue;
    out.push(j);
    anchor = j;
  }
  return out;
}

/** Partners named with what they contributed, and the "hero" signal: only "I" acts in a story
 * that clearly involved other people. */
export function collaborationSignal(
  doc: Doc,
  tangents: readonly { start: number; end: number }[] = [],
  blame: readonly { start: number; end: number }[] = [],
): ContentSignals['collaboration'] {
  const { tokens } = doc;
  const partners: ContentSignals['collaboration']['partners'] = [];
  const seen = new Set<number>();
  // What left the story credits nobody: a name inside a tangent, a sentence that is mostly one.
  const inTangent = (at: number) => tangents.some((t) => t.start <= at && at < t.end);
  const aside = new Set<number>();
  doc.sentences.forEach((s, k) => {
    const covered = tangents.reduce(
      (n, t) => n + Math.max(0, Math.min(t.end, s.end) - Math.max(t.start, s.start)),
      0,
    );
    if (covered > (s.end - s.start) / 2) aside.add(k);
  });
  tokens.forEach((t, i) => {
    if (seen.has(t.sent) || inTangent(t.start)) return;
    const named = isPartnerName(tokens, i) && contributes(tokens, i);
    if (!named && !teamContributes(tokens, i) && !pronounContributes(tokens, i)) return;
    seen.add(t.sent);
    const s = doc.sentences[t.sent];
    partners.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  });
  for (const [k, s] of doc.sentences.entries()) {
    const text = doc.text.slice(s.start, s.end);
    if (
      !seen.has(k) &&
      !aside.has(k) &&
      (/\bpaired with\b/i.test(text) || ROLE_PARTNER.test(text.toLowerCase()))
    )
      partners.push({ start: s.start, end: s.end, text });
  }
  partners.sort((a, b) => a.start - b.start);
  const { iActions } = ownershipSignal(doc);
  // The speaker's steps: "I" actions and the steps told with the subject left out ("Checked the
  // logs. Deployed that."), which are the speaker's in a story with no "we" action.
  const subjects = new Set(doc.statements.map((s) => s.verb));
  const heads = stepHeads(doc).filter((h) => !subjects.has(h));
  const steps = heads.length;
  const othersMentioned = tokens.filter((t) => OTHERS_WORDS.has(t.norm)).length;
  // Said as a claim, not asked ("was I supposed to rewrite the rest by myself?").
  const claimsAlone = doc.sentences.some((s) => {
    const text = doc.text.slice(s.start, s.end);
    return !/\?\s*$/.test(doc.text.slice(s.start, s.end + 2)) && HERO_CUES.test(text.toLowerCase());
  });
  // "I decided we had to shard": a "we" the speaker reports deciding is not the team acting, nor
  // is the company in the opening that sets the scene ("we signed a big customer").
  const weActs = doc.statements.filter(
    (s) =>
      s.actor === 'we' &&
      !s.relative &&
      s.sense === 'action' &&
      !(tokens[s.subject].sent === 0 && s.subject < OPENING_TOKENS) &&
      !REPORTING_VERBS.has(tokens[s.subject - 1]?.norm ?? ''),
  );
  const teamActs = weActs.length;
  const speakerSteps = iActions + steps;
  // One "we" after the speaker's last step tells the outcome ("... and we cleared the backlog
  // before the cutoff"); one among the steps, or a run of them, is work shared ("We migrated 70
  // services", "we added an alert and we staggered the restarts").
  const lastStep = Math.max(
    -1,
    ...heads,
    ...doc.statements
      .filter((s) => s.actor === 'i' && !s.relative && s.sense === 'action')
      .map((s) => s.verb),
  );
  const sharedSteps = weActs.filter((s) => s.subject < lastStep).length;
  // (Nobody else does part of the work either: "they fixed the docs" is a partner's step.)
  const onlyI =
    speakerSteps >= HERO_MIN_I_ACTIONS && teamActs === 0 && !othersContribute(doc, blame);
  // People named as such ("support", "my manager", "the platform folks"), not "they" or "them",
  // which are as often the tickets or the pods.
  const peopleMentioned = tokens.filter(
    (t, i) =>
      (OTHERS_WORDS.has(t.norm) || OTHER_PARTY_WORDS.has(t.norm) || PEOPLE_HEADS.has(t.norm)) &&
      !/^(they|them|he|she|nobody)$/.test(t.norm) &&
      !namesAThing(tokens, i),
  ).length;
  // Fewer steps still make the story the speaker's alone when the others in it only watch, ask or
  // get in the way, none of them does part of the work and no review or approval appears. Here the
  // steps joined to the speaker's with "and" count too ("I killed the query and restarted it").
  const solo =
    speakerSteps +
      coordinatedSteps(doc, subjects).length +
      softenedHeads(doc, new Set([...subjects, ...heads])).length +
      doc.statements.filter((st) => isRunOnStep(tokens, st)).length >=
      (peopleMentioned > SOLO_MIN_OTHERS ? SOLO_MIN_STEPS - 1 : SOLO_MIN_STEPS) &&
    sharedSteps === 0 &&
    !stepWithOthers(doc) &&
    teamActs <= 1 &&
    peopleMentioned >= SOLO_MIN_OTHERS &&
    !processAppears(doc) &&
    !othersContribute(doc, blame);
  // Saying so outright ("I shipped it by myself") needs only one mention of others around.
  const hero =
    partners.length === 0 &&
    ((claimsAlone && othersMentioned >= 1) ||
      (onlyI && othersMentioned >= HERO_MIN_OTHERS) ||
      solo);
  return { creditsPartners: partners.length > 0, partners, hero, iActions, othersMentioned };
}
