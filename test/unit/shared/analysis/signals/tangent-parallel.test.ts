import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const content = (text: string, question = 'Tell me about a time you improved performance.') =>
  analyzeAnswer({ text, context: { question } }).signals.content!;

const story =
  'Our search API slowed down every Monday once the product index passed two million documents. I traced it to a wildcard query and replaced it with a prefix field. ';
const end = ' After the change the p95 went from 900 ms to 140 ms.';

describe("tangents: the speaker's own life beside the story, tied to its time", () => {
  it('hears "I was also ... around then" and "I also remember ... that same week" with no cue word', () => {
    for (const aside of [
      'Around that time I was also teaching myself the cello, badly, on weekday nights.',
      'I also remember my upstairs neighbours had a newborn that same month, so I barely slept.',
      "I'd also just adopted a rescue greyhound back then, and he ate two of my shoes.",
      'I got really, really good at darts that winter, there was a board in the pub downstairs.',
      'I used to work as a lifeguard before I got into software, so I know what a long shift feels like.',
    ]) {
      const t = content(story + aside + end).tangents.tangents;
      expect(t, aside).toHaveLength(1);
      expect(t[0].text, aside).toContain(aside.slice(0, 20));
    }
  });

  it("keeps the speaker's other work at the time in the story", () => {
    for (const line of [
      'Around that time I was also rolling out the new prefix field to the admin search.',
      'I also remember the index had been rebuilt that same week by the platform team.',
      'At the time I was also on call for the checkout API.',
      'I used to work on the search team, so I knew the index from before.',
    ])
      expect(content(story + line + end).tangents.tangents, line).toHaveLength(0);
  });
});

describe('tangents: a word of life before a noun', () => {
  it('hears the coffee machine or the football table of the office as life', () => {
    for (const aside of [
      'The football table on our floor lost a leg that week and nobody fixed it for a month.',
      'Half the floor spent that sprint fighting over the new coffee grinder.',
    ]) {
      const t = content(story + aside + end).tangents.tangents;
      expect(t, aside).toHaveLength(1);
    }
  });

  it('keeps a word of life that names a market, a time or a team of the work', () => {
    for (const line of [
      'Our biggest client was a coffee chain with four hundred shops.',
      'We had to finish before festival season.',
      'I ran office hours for the other teams every Thursday.',
    ])
      expect(content(story + line + end).tangents.tangents, line).toHaveLength(0);
  });
});

describe("tangents: the speaker's life before the work, and people of their own life", () => {
  it('hears a former trade, a season of life and a relation of the speaker with no cue word', () => {
    for (const aside of [
      'Before software I was a bartender for three years, so late nights never bothered me.',
      'In a past life I taught primary school, which is honestly good practice for standups.',
      'I spent four years as a postman before any of this, so I walk everywhere.',
      'That was the summer I started rowing on the canal at six in the morning.',
      'My partner jokes that I alphabetise the spice rack, so a checklist came naturally.',
      'Her best friend ran a bakery downstairs and she brought us croissants most Fridays.',
    ]) {
      const t = content(story + aside + end).tangents.tangents;
      expect(t, aside).toHaveLength(1);
      expect(t[0].text, aside).toContain(aside.slice(0, 20));
    }
  });

  it('hears the same life opening in the middle of a run-on with no full stops', () => {
    const runOn =
      'so the search api slowed down every monday and i traced it to a wildcard query and replaced it with a prefix field before software i was a bartender for three years so late nights never bothered me and after the change the p95 went from 900 ms to 140 ms';
    const t = content(runOn).tangents.tangents;
    expect(t).toHaveLength(1);
    expect(t[0].text).toContain('bartender');
  });

  it("keeps a former job told with the story's words, partners of the work and the work's own start", () => {
    const warehouse =
      'Our pickers scanned the wrong shelf labels in the warehouse and mis-picks reached four percent. I rebuilt the scanner validation so a label must match the pick list. ';
    for (const [text, question] of [
      [
        warehouse +
          'Before software I worked two years as a picker in a warehouse, scanning shelf labels all day.' +
          ' Mis-picks dropped from four percent to half a percent.',
        'Tell me about a time you improved a process.',
      ],
      [
        story +
          'Our partner team owned the index schema, and I agreed the field names with them.' +
          end,
        'Tell me about a time you improved performance.',
      ],
      [
        story + 'Before engineering signed off I replayed a week of queries against it.' + end,
        'Tell me about a time you improved performance.',
      ],
    ])
      expect(content(text, question).tangents.tangents, text).toHaveLength(0);
  });
});

describe('tangents: the workplace and the clock of the work are not life', () => {
  it('keeps a startup as the workplace, a service desk and weekends counted as the time of a bug', () => {
    for (const line of [
      'Back then I was one of two developers at a travel startup in Lisbon.',
      "The customer's help desk heard about it hours before our alerts did.",
      'It was hard to catch, since it only happened over those three weekends.',
    ])
      expect(content(story + line + end).tangents.tangents, line).toHaveLength(0);
  });

  it("still hears someone's own startup as life", () => {
    const aside =
      'His startup on the side sold handmade leather wallets, and he never stopped talking about it.';
    expect(content(story + aside + end).tangents.tangents).toHaveLength(1);
  });
});
