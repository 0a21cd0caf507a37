import type { Doc } from '../doc';
import { ASIDE_CUES, OFF_TOPIC_WORDS, STOP_WORDS } from '../lists/content-cues';
import type { ContentSignals } from '../schema-content';
import { findTechTerms } from '../tech';

/** A sentence sharing at most this share of its topic words with the question, the bullets and
 * the rest of the answer shares (almost) nothing with them. */
const MAX_SHARED = 0.3;

/** A sentence longer than this is a run-on (speech-to-text often leaves out full stops): it is
 * judged clause by clause instead. */
const RUN_ON_WORDS = 35;

type Piece = { first: number; last: number; start: number; end: number };

/** Sentences, with run-on sentences split into the clause units the engine already found. */
function piecesOf(doc: Doc): Piece[] {
  const out: Piece[] = [];
  doc.sentences.forEach((s, i) => {
    const units = doc.units.filter((u) => doc.tokens[u.first]?.sent === i);
    if (s.last - s.first <= RUN_ON_WORDS || units.length < 2) out.push(s);
    else out.push(...units);
  });
  return out;
}

/** A crude stem, so "migrated" meets "migration" and "teams" meets "team". */
const stem = (w: string) => w.replace(/(ations?|ing|ed|es|s|ly)$/, '').slice(0, 6);

function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter(
    (w) => w.length > 2 && !STOP_WORDS.has(w),
  );
}

/** Sentences that leave the story: no engineering (no technical term), little in common
 * with the question, the bullets or the rest of the answer, and about life outside the work ("our
 * office moved floors", "my commute") or announced as an aside ("funny enough", "by the way").
 * Lexical overlap alone is not enough: spoken answers are short and varied, so most sentences
 * share few words with the others. Adjacent tangent sentences are reported as one stretch. */
export function tangentSignal(
  doc: Doc,
  context: { question?: string; bullets?: readonly string[] },
): ContentSignals['tangents'] {
  const pieces = piecesOf(doc);
  const wordsOf = pieces.map((p) => topicWords(doc.text.slice(p.start, p.end)));
  const asked = new Set(
    topicWords([context.question ?? '', ...(context.bullets ?? [])].join(' ')).map(stem),
  );
  const counts = new Map<string, number>();
  for (const words of wordsOf)
    for (const w of new Set(words.map(stem))) counts.set(w, (counts.get(w) ?? 0) + 1);
  // "the rest of the week" is not REST.
  const terms = findTechTerms(doc.tokens).filter(
    (h) => h.phrase !== 'rest' || doc.tokens[h.first].text === 'REST',
  );
  const tangents: ContentSignals['tangents']['tangents'] = [];
  pieces.forEach((p, i) => {
    if (terms.some((h) => h.first >= p.first && h.first < p.last)) return;
    const words = [...new Set(wordsOf[i])];
    const stems = [...new Set(words.map(stem))];
    const shared = stems.filter((w) => asked.has(w) || (counts.get(w) ?? 0) > 1).length;
    const overlap = stems.length ? shared / stems.length : 1;
    const text = doc.text.slice(p.start, p.end);
    const offTopic = words.some((w) => OFF_TOPIC_WORDS.has(w));
    if (!ASIDE_CUES.test(text.toLowerCase()) && !(offTopic && overlap <= MAX_SHARED)) return;
    const prev = tangents[tangents.length - 1];
    const rounded = Math.round(overlap * 100) / 100;
    if (prev && pieces[i - 1]?.end === prev.end) {
      prev.end = p.end;
      prev.text = doc.text.slice(prev.start, p.end);
      prev.overlap = Math.max(prev.overlap, rounded);
    } else tangents.push({ start: p.start, end: p.end, text, overlap: rounded });
  });
  return { tangents };
}
