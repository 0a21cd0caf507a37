/** Disclaimers of blame: "I don't want to blame anyone", "I don't want to say it is their fault",
 * "not trying to throw anybody under the bus". The disclaimer itself pins nothing on anyone; the
 * clause after it is judged on its own (and a disclaimer joined to its blame, "I'm not going to name
 * names, but somebody over there ...", stays one flag). */
import type { Finding } from '../types';

/** A negation and at most three words just before the finding: "don't want to", "not trying to",
 * "dont wanna throw anybody". */
const NEGATED_LEAD = /(?:\bnot|n['’]?t|\bnever)\s+((?:[\p{L}'’]+\s+){0,3})$/iu;
/** Words of intention or saying in that lead, which make it a disclaimer and not a denial ("it's
 * not my fault" denies; "I'm not saying it's their fault" disclaims). */
const INTENT = /\b(?:want|wanting|wanna|mean|trying|try|going|gonna|here|saying|say)\b/i;
/** The finding is only the disclaimer: a word of blame in its first words and little after it. */
const DISCLAIMER_ONLY =
  /^(?:to\s+)?(?:[\p{L}'’]+\s+){0,4}?(?:blame|fault|fingers|under\s+the\s+bus)\b[\p{L}'’\s]{0,20}$/iu;

/** Whether a blame finding is only a disclaimer of blame. */
export function isDisclaimer(text: string, f: Finding): boolean {
  if (!DISCLAIMER_ONLY.test(f.text.trim())) return false;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const lead = NEGATED_LEAD.exec(before);
  return !!lead && (INTENT.test(lead[1]) || /^(?:to\s+)?blame\b/i.test(f.text.trim()));
}
