import { describe, expect, it } from 'vitest';
import { ruleImpact } from './helpers';

/** The impact quantities' texts (taxonomy: "What counts as an impact quantity"). */
const impact = (text: string) => ruleImpact(text).map((q) => q.text);

/** A short answer whose last sentence is the result. */
const story = (result: string) =>
  'Our warehouse team printed every packing label by hand. I led the rebuild of the label ' +
  `service and wrote the printer driver myself. We launched in May. ${result}`;

describe('counts of what the work handled once it was live, in the result', () => {
  it('counts things a past verb did over a period after launch', () => {
    expect(impact(story('In the first quarter the printers produced 96,000 labels.'))).toEqual([
      '96,000 labels',
    ]);
    expect(impact(story('Since then the service has archived 12,500 manifests.'))).toEqual([
      '12,500 manifests',
    ]);
    expect(impact(story('By the end of the month 3,400 parcels were routed through it.'))).toEqual([
      '3,400 parcels',
    ]);
    expect(impact(story('Since launch eight carrier integrations have shipped on it.'))).toEqual([
      'eight carrier integrations',
    ]);
  });

  it('does not count a step, things found, people or a count with no period', () => {
    // A count of the speaker's own steps.
    expect(impact(story('Over the summer I converted forty label templates.'))).toEqual([]);
    // A light verb of a step.
    expect(impact(story('In the first week we wrote three runbooks for it.'))).toEqual([]);
    // People and machines.
    expect(impact(story('Within a month twelve engineers had used it.'))).toEqual([]);
    // Things doing something, not counted as a result.
    expect(impact(story('In June all four printers were spooling jobs again.'))).toEqual([]);
    // No period of being live.
    expect(impact(story('The printers produced 96,000 labels.'))).toEqual([]);
  });
});

describe('what a check caught against what a person caught', () => {
  it('counts what a check put in place has caught, not what a named person caught', () => {
    expect(impact(story('Since then the label linter has caught eleven bad templates.'))).toEqual([
      'eleven bad templates',
    ]);
    expect(
      impact(story('It went smoothly, because Marta caught two edge cases in review.')),
    ).toEqual([]);
  });
});
