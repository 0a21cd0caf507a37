import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const balance = (text: string) => analyzeAnswer({ text }).signals.content!.balance.verdict;

/** A scope story told in its own domain's words, with few technical terms and no number. */
const SCOPE =
  'We were rebuilding the gift card flow for a florist chain, and the old payment SDK was being retired in June. ' +
  'Five weeks out I listed every piece with an estimate and sat down with our PM to sort them. ' +
  'Split payments, reloading a card and the balance history page went to the later pile. ' +
  'We kept buying and redeeming a card, because that was what every shop needed on day one. ' +
  'I kept the redeem endpoint idempotent even though it cost us three days, since a double redeem was the one failure we could not afford. ' +
  'We launched two days early and split payments followed a month later.';

describe('balance: too-thin is few terms with the claims left vague', () => {
  it('does not call a specific scope story thin for having few technical terms', () => {
    expect(balance(SCOPE)).toBe('balanced');
  });

  it('calls the same few terms thin once the claims go vague', () => {
    const text =
      'We were rebuilding the gift card flow and the old payment SDK was being retired. ' +
      'There was a lot of stuff to do and some problems with the endpoint, so we cut some things. ' +
      'We handled it and it went pretty well in the end, and everyone was happy with how it turned out.';
    expect(balance(text)).toBe('too-thin');
  });

  it('counts store and tool names as a transcriber spells them', () => {
    const text =
      'so we moved the nightly export off post grass into s three as parquet files, ran it from air flow, ' +
      'and put the new path behind a flag for the first three customers';
    expect(analyzeAnswer({ text }).signals.specificity.distinctTerms).toBeGreaterThanOrEqual(5);
  });
});
