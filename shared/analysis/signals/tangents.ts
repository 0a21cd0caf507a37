import type { Doc } from '../doc';
import {
  ASIDE_CUES,
  ASIDE_OPENERS,
  GENERIC_WORDS,
  LIFE_OPENERS,
  OFF_TOPIC_WORDS,
  OWNED_RELATIONS,
  OPENING_ASIDE,
  PARALLEL_SPEAKER,
  PAST_LIFE,
  PARALLEL_TIME,
  STOP_WORDS,
  FREQUENCY_UNITS,
  TIME_LIFE_WORDS,
  TIME_PREPOSITIONS,
  WORK_COMPOUND_BEFORE,
  WORK_EVENTS,
  WORK_HEADS,
} from '../lists/content-cues';
import { DETERMINERS } from '../lists/grammar';
import { phraseAt, phraseSet } from '../phrase-match';
import type { ContentSignals } from '../schema-content';
import { findTechTerms } from '../tech';
import { stem, topicWords } from './topic-words';

/** A sentence sharing at most this share of its topic words with the question, the bullets and
 * the rest of the answer shares (almost) nothing with them. */
const MAX_SHARED = 0.3;

/** An announced aside that names a technical term leaves the story only below this overlap. */
const MAX_SHARED_TECHNICAL_ASIDE = 0.15;

/** The speaker's life before the work ("before tech I was a line cook") leaves the story only
 * below this overlap: a past job told with the story's words is its background. */
const MAX_SHARED_PAST_LIFE = 0.15;

/** A sentence longer than this is a run-on (speech-to-text often leaves out full stops): it is
 * judged clause by clause instead. */
const RUN_ON_WORDS = 35;

type Piece = { first: number; last: number; start: number; end: number };

/** Sentences, with run-on sentences split into the clause units the engine already found, and
 * split again where an aside opens inside them ("... best practices funny enough i had just ..."). */
function piecesOf(doc: Doc): Piece[] {
  const out: Piece[] = [];
  doc.sentences.forEach((s, i) => {
    const units = doc.units.filter((u) => doc.tokens[u.first]?.sent === i);
    if (s.last - s.first <= RUN_ON_WORDS || units.length < 2) out.push(s);
    else out.push(...units);
  });
  return out.flatMap((p) => splitAtAside(doc, p));
}

const ASIDES = phraseSet([...ASIDE_OPENERS, ...LIFE_OPENERS]);
const WORK_EVENT_PHRASES = phraseSet(WORK_EVENTS);

function splitAtAside(doc: Doc, p: Piece): Piece[] {
  const { tokens } = doc;
  for (let k = p.first + 2; k < p.last - 2; k++) {
    if (!phraseAt(tokens, k, ASIDES)) continue;
    const head = { first: p.first, last: k, start: p.start, end: tokens[k - 1].end };
    const rest = { first: k, last: p.last, start: tokens[k].start, end: p.end };
    return [head, ...splitAtAside(doc, rest)];
  }
  return [p];
}

/** Quantities that measure something: a sentence with one is about the work. */
export const MEASURES: ReadonlySet<string> = new Set([
  'percent',
  'latency',
  'size',
  'money',
  'rate',
  'multiplier',
]);

/** Words about life outside the work, as the topic of the piece: not a time ("over the weekend",
 * "by lunch") and not a modifier of a work noun ("school districts", "a coffee chain"). */
function lifeWords(doc: Doc, first: number, last: number, story: StoryWords): boolean {
  const { tokens } = doc;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    const norm = t.norm.replace(/'s$/, '');
    // "my partner says ...": a person of the speaker's own life, not "my partner team".
    if (
      OWNED_RELATIONS.has(norm) &&
      OWNERS.has(tokens[k - 1]?.norm) &&
      !(tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1].tags.has('Pronoun')) &&
      !story(t.norm)
    )
      return true;
    if (!OFF_TOPIC_WORDS.has(norm) && !OFF_TOPIC_WORDS.has(singular(norm))) continue;
    if (story(t.norm)) continue;
    // "a second round trip": the word before makes it a term of the work.
    if (WORK_COMPOUND_BEFORE.get(t.norm)?.has(tokens[k - 1]?.norm ?? '')) continue;
    // "a lunch and learn": an event of the work.
    if (phraseAt(tokens, k, WORK_EVENT_PHRASES)) continue;
    // "saw evictions climbing": a verb said of a thing of the work, not a pastime.
    const before1 = tokens[k - 1];
    if (
      (t.tags.has('Verb') || /ing$/.test(t.norm)) &&
      before1?.tags.has('Plural') &&
      before1.tags.has('Noun') &&
      !before1.tags.has('Pronoun') &&
      !OFF_TOPIC_WORDS.has(before1.norm)
    )
      continue;
    // A time: "over the weekend", "on the biggest weekend of the year", "on those two weekends".
    let p = k - 1;
    while (
      p > k - 4 &&
      p >= first &&
      (tokens[p].tags.has('Adjective') || tokens[p].tags.has('Value'))
    )
      p--;
    const prev = tokens[p]?.norm ?? '';
    const before = tokens[p - 1]?.norm ?? '';
    const time =
      TIME_PREPOSITIONS.has(prev) || (DETERMINERS.has(prev) && TIME_PREPOSITIONS.has(before));
    const next = tokens[k + 1];
    // "drive it yourself", "train the model": a verb with its object, not a part of life.
    if (
      next &&
      k + 1 < last &&
      (next.tags.has('Pronoun') || DETERMINERS.has(next.norm)) &&
      !/[,.;:]/.test(t.post) &&
      t.tags.has('Verb')
    )
      continue;
    // "my first espresso machine", "my kitchen table": the speaker's own things are life even
    // before a noun. Before a noun, a word of life names a thing of the work only when that noun
    // is one ("a coffee chain", "school districts", or a word of the story); "the coffee machine on
    // our floor" is still the office, not the work.
    const owned = OWNERS.has(prev) || OWNERS.has(before);
    const modifier =
      !owned &&
      next !== undefined &&
      k + 1 < last &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !/[,.;:]/.test(t.post) &&
      // "a founder's mind": a person of the work owns the noun.
      (/'s$/.test(t.norm) || workHead(next.norm, story));
    if (!(time && TIME_LIFE_WORDS.has(t.norm)) && !modifier) return true;
  }
  return false;
}

const singular = (w: string) => w.replace(/s$/, '');

/** A noun that makes the word of life before it a thing of the work: a head of the work or a word
 * of the story. A technical word is not enough: "the football table", like "my kitchen table", is
 * furniture (the technical check drops a term after a word of life the same way). */
const workHead = (w: string, story: StoryWords) =>
  STOP_WORDS.has(w) || GENERIC_WORDS.has(w) || WORK_HEADS.has(w) || story(w);

/** A rate of days or evenings ("three days a week", "two nights a month"): a frequency of life or
 * of the story's clock. */
function lifeFrequency(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (FREQUENCY_UNITS.has(doc.tokens[k].norm)) return true;
  return false;
}

/** Story words: stems said in more than one piece of the answer or in the question. A word of
 * life that is one of them is the story's topic ("the landlord export ... ten landlords first"). */
type StoryWords = (word: string) => boolean;

/** Possessives of a person: "my memory", "her career". */
const OWNERS: ReadonlySet<string | undefined> = new Set(['my', 'his', 'her']);

/** Sentences that leave the story: no engineering (no technical term), little in common
 * with the question, the bullets or the rest of the answer, and about life outside the work ("our
 * office moved floors", "my commute") or announced as an aside ("funny enough", "by the way").
 * Lexical overlap alone is not enough: spoken answers are short and varied, so most sentences
 * share few words with the others. Adjacent tangent sentences are reported as one stretch. */
export function tangentSignal(
  doc: Doc,
  context: { question?: string; bullets?: readonly string[] },
  allTerms: ReturnType<typeof findTechTerms> = findTechTerms(doc.tokens),
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
  const terms = allTerms.filter((h) => h.phrase !== 'rest' || doc.tokens[h.first].text === 'REST');
  const measured = new Set<number>();
  // ("back to the office three days a week" is how often life happens, not a result.)
  for (const q of doc.quantities)
    if (MEASURES.has(q.kind) && !lifeFrequency(doc, q.first, q.last)) measured.add(q.first);
  const storyWord = (w: string) => asked.has(stem(w)) || (counts.get(stem(w)) ?? 0) > 1;
  const tangents: ContentSignals['tangents']['tangents'] = [];
  pieces.forEach((p, i) => {
    const text = doc.text.slice(p.start, p.end);
    const lower = text.toLowerCase();
    const words = [...new Set(wordsOf[i])];
    const stems = [...new Set(words.map(stem))];
    const shared = stems.filter((w) => asked.has(w) || (counts.get(w) ?? 0) > 1).length;
    const overlap = stems.length ? shared / stems.length : 1;
    // An aside announced as one ("side note, ...", "funny enough, ...") has left the story even
    // when it names a tool ("we named the pigeon Kafka").
    const announced = OPENING_ASIDE.test(lower) && overlap <= MAX_SHARED;
    // "half my memory of it" is the speaker's memory: a term owned by a person is not engineering.
    // "my kitchen table" is furniture, not a database table.
    const technical = terms.some(
      (h) =>
        h.first >= p.first &&
        h.first < p.last &&
        !OWNERS.has(doc.tokens[h.first - 1]?.norm) &&
        !OFF_TOPIC_WORDS.has(doc.tokens[h.first - 1]?.norm ?? ''),
    );
    // "side note, the prod console sat next to staging" explains the story; an aside that names
    // a tool and shares almost nothing else with it does not.
    // "by the way, my cat learned to open the fridge, which was its own incident": the same holds
    // for an aside announced mid-sentence ("by the way") when it shares almost nothing.
    const asideCue = announced || ASIDE_CUES.test(lower);
    if (technical && !(asideCue && overlap <= MAX_SHARED_TECHNICAL_ASIDE)) return;
    // A measured result ("the bill dropped by $18k once we shut the boxes down") is the story,
    // unless the piece is an aside announced as one that shares almost nothing with it ("by the
    // way, I'd put twenty bucks on the favourite").
    const asideAlone = asideCue && overlap <= MAX_SHARED_TECHNICAL_ASIDE;
    if (!asideAlone) for (let k = p.first; k < p.last; k++) if (measured.has(k)) return;
    // The answer's opening sets the scene, where "a freight startup" or "from another office" is
    // the workplace, not life outside it.
    const opening = i === 0;
    // "In that time I was also learning Japanese", "I also remember ... that same week": the
    // speaker's own life beside the story, tied to its time.
    // "I used to work at a call center before I got into engineering": the speaker's life before.
    const parallel =
      (PARALLEL_SPEAKER.test(lower) && PARALLEL_TIME.test(lower)) ||
      (PAST_LIFE.test(lower) && overlap <= MAX_SHARED_PAST_LIFE);
    const offTopic = !opening && (parallel || lifeWords(doc, p.first, p.last, storyWord));
    if (!asideCue && !(offTopic && overlap <= MAX_SHARED)) return;
    const prev = tangents[tangents.length - 1];
    const rounded = Math.round(overlap * 100) / 100;
    // Two parts of one run-on sentence around a short clause ("..., because the elevator was
    // broken, and ...") are one stretch.
    const sent = doc.tokens[p.first]?.sent;
    const bridged =
      prev &&
      pieces[i - 2]?.end === prev.end &&
      doc.tokens[pieces[i - 1].first]?.sent === sent &&
      doc.tokens[pieces[i - 2].first]?.sent === sent;
    if (prev && (pieces[i - 1]?.end === prev.end || bridged)) {
      prev.end = p.end;
      prev.text = doc.text.slice(prev.start, p.end);
      prev.overlap = Math.max(prev.overlap, rounded);
    } else tangents.push({ start: p.start, end: p.end, text, overlap: rounded });
  });
  return { tangents };
}
