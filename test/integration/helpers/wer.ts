/** Word error rate with the normalisation speech-to-text scoring uses (case, punctuation, numbers). */

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'zero ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
  [100, 'hundred'],
];

/** An integer in words: 47 -> "forty seven", 12000 -> "twelve thousand". */
export function integerToWords(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${ONES[n % 10]}` : '');
  for (const [value, name] of SCALES) {
    if (n >= value) {
      const rest = n % value;
      return `${integerToWords(Math.floor(n / value))} ${name}${rest ? ` ${integerToWords(rest)}` : ''}`;
    }
  }
  return String(n);
}

function numberToWords(token: string): string {
  const [whole, fraction] = token.replace(/,/g, '').split('.');
  const words = integerToWords(Number(whole));
  if (!fraction) return words;
  return `${words} point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')}`;
}

/** Lower-cased words with punctuation removed and numbers spelled out. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\$(\d[\d,]*(?:\.\d+)?)/g, '$1 dollars')
    .replace(/(\d)%/g, '$1 percent')
    .replace(/\d[\d,]*(?:\.\d+)?/g, (m) => ` ${numberToWords(m)} `)
    .replace(/[-–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '')
    .map((w) => (w === 'ok' ? 'okay' : w));
}

/** One step of the alignment of a reference with a hypothesis. */
export type AlignStep =
  | { op: 'match' | 'sub'; ref: string; hyp: string }
  | { op: 'del'; ref: string }
  | { op: 'ins'; hyp: string };

/** Minimum-edit alignment of two word lists (Levenshtein with a backtrace). */
export function align(ref: string[], hyp: string[]): AlignStep[] {
  const cols = hyp.length + 1;
  const cost = new Uint32Array((ref.length + 1) * cols);
  for (let i = 0; i <= ref.length; i++) cost[i * cols] = i;
  for (let j = 0; j <= hyp.length; j++) cost[j] = j;
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= hyp.length; j++) {
      const diagonal = cost[(i - 1) * cols + j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      cost[i * cols + j] = Math.min(
        diagonal,
        cost[(i - 1) * cols + j]! + 1,
        cost[i * cols + j - 1]! + 1,
      );
    }
  }
  const steps: AlignStep[] = [];
  let i = ref.length;
  let j = hyp.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j]!;
    if (
      i > 0 &&
      j > 0 &&
      here === cost[(i - 1) * cols + j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1)
    ) {
      steps.push({
        op: ref[i - 1] === hyp[j - 1] ? 'match' : 'sub',
        ref: ref[i - 1]!,
        hyp: hyp[j - 1]!,
      });
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * cols + j]! + 1) {
      steps.push({ op: 'del', ref: ref[--i]! });
    } else {
      steps.push({ op: 'ins', hyp: hyp[--j]! });
    }
  }
  return steps.reverse();
}

/** Word error rate of a hypothesis against a reference text, after normalisation. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const ref = normaliseWords(reference);
  const steps = align(ref, normaliseWords(hypothesis));
  const errors = steps.filter((s) => s.op !== 'match').length;
  return ref.length === 0 ? (errors === 0 ? 0 : 1) : errors / ref.length;
}
