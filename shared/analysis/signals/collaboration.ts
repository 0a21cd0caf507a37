// The collaboration signal: composes the partners found (partners.ts) with the hero test, which
// weighs the speaker's steps (hero-steps.ts) against what the others do (hero-others.ts) and any
// shared process (hero-process.ts).
import type { Doc } from '../doc';
import { HERO_CUES, OTHERS_WORDS, REPORTING_VERBS } from '../lists/content-cues';
import { OTHER_PARTY_WORDS } from '../lists/blame';
import { COMPARATIVE_BEFORE_WE, PEOPLE_HEADS, UNDERGOING_VERBS } from '../lists/hero';
import type { ContentSignals } from '../schema-content';
import { namesAThing, othersContribute, stepWithOthers } from './hero-others';
import { processAppears } from './hero-process';
import { coordinatedSteps, isRunOnStep, softenedHeads } from './hero-steps';
import { ownershipSignal } from './ownership';
import { findPartners } from './partners';
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

/** A denial just before a claim of working alone: "it's not like it was all me", "not that I did
 * it all myself". */
const DENIED_CLAIM =
  /(\bnot|n't|\bnever)\b( (really|exactly|just))?(( like| that| as if)\b[^,.;]{0,16})?\s*$/;
/** How far before the claim its denial is looked for. */
const DENIAL_CHARS = 24;

/** Partners named with what they contributed, and the "hero" signal: only "I" acts in a story
 * that clearly involved other people. */
export function collaborationSignal(
  doc: Doc,
  tangents: readonly { start: number; end: number }[] = [],
  blame: readonly { start: number; end: number }[] = [],
): ContentSignals['collaboration'] {
  const { tokens } = doc;
  const partners = findPartners(doc, tangents, blame);
  const { iActions } = ownershipSignal(doc);
  // The speaker's steps: "I" actions and the steps told with the subject left out ("Checked the
  // logs. Deployed that."), which are the speaker's in a story with no "we" action.
  const subjects = new Set(doc.statements.map((s) => s.verb));
  const heads = stepHeads(doc).filter((h) => !subjects.has(h));
  const steps = heads.length;
  const othersMentioned = tokens.filter((t) => OTHERS_WORDS.has(t.norm)).length;
  // Said as a claim, not asked ("was I supposed to rewrite the rest by myself?") nor denied
  // ("it's not like it was all me").
  const claimsAlone = doc.sentences.some((s) => {
    const text = doc.text.slice(s.start, s.end).toLowerCase();
    const m = HERO_CUES.exec(text);
    return (
      !/\?\s*$/.test(doc.text.slice(s.start, s.end + 2)) &&
      m !== null &&
      !DENIED_CLAIM.test(text.slice(Math.max(0, m.index - DENIAL_CHARS), m.index))
    );
  });
  // "I decided we had to shard": a "we" the speaker reports deciding is not the team acting, nor
  // is the company in the opening that sets the scene ("we signed a big customer").
  const weActs = doc.statements.filter(
    (s) =>
      s.actor === 'we' &&
      !s.relative &&
      s.sense === 'action' &&
      !(tokens[s.subject].sent === 0 && s.subject < OPENING_TOKENS) &&
      !REPORTING_VERBS.has(tokens[s.subject - 1]?.norm ?? '') &&
      // "we lost 4,000 checkouts" undergoes the outcome; "the finance people noticed before we
      // did" compares: neither is a step shared.
      !UNDERGOING_VERBS.has(tokens[s.verb].norm) &&
      !COMPARATIVE_BEFORE_WE.has(tokens[s.subject - 1]?.norm ?? ''),
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
  return {
    creditsPartners: partners.length > 0,
    partners,
    hero,
    iActions,
    othersMentioned,
  };
}
