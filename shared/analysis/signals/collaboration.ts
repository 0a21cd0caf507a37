import type { Doc } from '../doc';
import {
  CONTRIBUTION_VERBS,
  CREDIT_BEFORE,
  HERO_CUES,
  OTHERS_WORDS,
  PARTNER_AFTER,
  PARTNER_BEFORE,
  ROLE_PARTNER,
} from '../lists/content-cues';
import type { ContentSignals } from '../schema-content';
import { TECH_WORD_SET } from '../tech';
import type { Token } from '../tokens';
import { ownershipSignal } from './ownership';

/** Hero needs this many "I" actions with no "we" action and no partner credited. */
const HERO_MIN_I_ACTIONS = 8;
/** ... in a story that mentions other people at least this often. */
const HERO_MIN_OTHERS = 3;

const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName'];
const isCapitalised = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** A person's name: tagged as one by compromise, or a capitalised word (not the sentence's first)
 * in a partner's place ("paired with Felix", "Priya from the data team"). */
function isPartnerName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Kafka, Jaeger and friends are tools here, whatever compromise's name list says.
  if (t.tags.has('Acronym') || t.tags.has('Pronoun') || TECH_WORD_SET.has(t.norm)) return false;
  if (OTHERS_WORDS.has(t.norm) || /^(no|some|any|every)(one|body)$/.test(t.norm)) return false;
  if (NAME_TAGS.some((tag) => t.tags.has(tag))) return true;
  if (!isCapitalised(t)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // "Priya from the platform team", "Asha on my team": a person placed in a team.
  const placed =
    next !== undefined &&
    PARTNER_AFTER.has(next.norm) &&
    (next.norm === 'who' ||
      next.norm === 'helped' ||
      (after !== undefined && /^(the|my|our|their)$/.test(after.norm)));
  const firstOfSentence = !prev || prev.sent !== t.sent;
  // "with Karpenter" is a tool; "with" counts only before a name compromise knows (above).
  const role = prev !== undefined && PARTNER_BEFORE.has(prev.norm) && prev.norm !== 'with';
  return placed || (!firstOfSentence && role);
}

/** The name does something: a contribution verb just after it, or a partner's place around it. */
function contributes(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 6) && tokens[j].sent === tokens[i].sent; j++)
    if (CONTRIBUTION_VERBS.has(tokens[j].norm)) return true;
  // "... their tech lead, Oksana. She explained ...": the next sentence goes on about them.
  const nextStart = tokens.findIndex((t, j) => j > i && t.sent === tokens[i].sent + 1);
  if (nextStart > 0 && /^(she|he)$/.test(tokens[nextStart].norm))
    for (let j = nextStart + 1; j < Math.min(tokens.length, nextStart + 4); j++)
      if (CONTRIBUTION_VERBS.has(tokens[j].norm)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev !== undefined && CREDIT_BEFORE.has(prev.norm)) ||
    (next !== undefined && PARTNER_AFTER.has(next.norm))
  );
}

/** Partners named with what they contributed, and the "hero" signal: only "I" acts in a story
 * that clearly involved other people. */
export function collaborationSignal(doc: Doc): ContentSignals['collaboration'] {
  const { tokens } = doc;
  const partners: ContentSignals['collaboration']['partners'] = [];
  const seen = new Set<number>();
  tokens.forEach((t, i) => {
    if (seen.has(t.sent) || !isPartnerName(tokens, i) || !contributes(tokens, i)) return;
    seen.add(t.sent);
    const s = doc.sentences[t.sent];
    partners.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  });
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (
      !seen.has(doc.sentences.indexOf(s)) &&
      (/\bpaired with\b/i.test(text) || ROLE_PARTNER.test(text.toLowerCase()))
    )
      partners.push({ start: s.start, end: s.end, text });
  }
  partners.sort((a, b) => a.start - b.start);
  const { iActions, weActions } = ownershipSignal(doc);
  const othersMentioned = tokens.filter((t) => OTHERS_WORDS.has(t.norm)).length;
  const claimsAlone = HERO_CUES.test(doc.text.toLowerCase());
  const onlyI = iActions >= HERO_MIN_I_ACTIONS && weActions === 0;
  // Saying so outright ("I shipped it by myself") needs only one mention of others around.
  const hero =
    partners.length === 0 &&
    ((claimsAlone && othersMentioned >= 1) || (onlyI && othersMentioned >= HERO_MIN_OTHERS));
  return { creditsPartners: partners.length > 0, partners, hero, iActions, othersMentioned };
}
