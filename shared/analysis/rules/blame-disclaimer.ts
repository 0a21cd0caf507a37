/** Disclaimers of blame: "I don't want to blame anyone", "I don't want to say it is their fault",
 * "not trying to throw anybody under the bus". The disclaimer itself pins nothing on anyone; the
 * clause after it is judged on its own (and a disclaimer joined to its blame, "I'm not going to name
 * names, but somebody over there ...", stays one flag). */
import type { Finding } from '../types';

/** A negation and at most seven words just before the finding: "don't want to", "not trying to",
 * "dont wanna throw anybody", "do not want to throw the payments team", "don't want this to sound
 * like". The words of intention below keep a long lead a disclaimer and not a denial. */
const NEGATED_LEAD = /(?:\bnot|n['’]?t|\bnever)\s+((?:[\p{L}'’]+\s+){0,7})$/iu;
/** Words of intention or saying in that lead, which make it a disclaimer and not a denial ("it's
 * not my fault" denies; "I'm not saying it's their fault" disclaims). */
const INTENT = /\b(?:want|wanting|wanna|mean|trying|try|going|gonna|here|saying|say|sound)\b/i;
/** The finding is only the disclaimer: a word of blame in its first words and little after it;
 * "it's on Greg" pins a fault as "fault" does. */
const DISCLAIMER_ONLY =
  /^(?:to\s+)?(?:[\p{L}'’]+\s+){0,4}?(?:blame|fault|fingers|under\s+the\s+bus|(?:it['’]?s|was)\s+on\s+(?:them|him|her|\p{Lu}\p{L}+))\b[\p{L}'’\s]{0,20}$/iu;

/** Whether a blame finding is only a disclaimer of blame. */
export function isDisclaimer(text: string, f: Finding): boolean {
  if (!DISCLAIMER_ONLY.test(f.text.trim())) return false;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const lead = NEGATED_LEAD.exec(before);
  return !!lead && (INTENT.test(lead[1]) || /^(?:to\s+)?blame\b/i.test(f.text.trim()));
}
