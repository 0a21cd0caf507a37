import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../../shared/analysis/actions';
import { tokenize } from '../../../../shared/analysis/tokens';

/** The speaker's and the team's statements as "actor verb sense". */
function statements(text: string): string[] {
  const { tokens } = tokenize(text);
  return findStatements(tokens)
    .filter((s) => s.actor !== 'other')
    .map((s) => `${s.actor} ${tokens[s.verb].norm} ${s.sense}`);
}

describe('findStatements: compound verbs', () => {
  it('reads a two-word verb as one step with its tense on the second word', () => {
    expect(statements('I stress tested the new queue before launch.')).toEqual(['i tested action']);
    expect(statements('We smoke tested every endpoint on Friday.')).toEqual(['we tested action']);
    expect(statements('Then I double checked the retry settings.')).toEqual(['i checked action']);
    expect(statements('I dry ran the migration against a snapshot.')).toEqual(['i ran action']);
  });

  it('keeps a known verb followed by a past participle as that verb', () => {
    // "cut" is the step; "saved" describes the object.
    expect(statements('We cut saved searches from the first release.')).toEqual(['we cut action']);
  });

  it('does not build a compound from a state, a copula or a modal', () => {
    expect(statements('I think changed requirements hurt us.')).toEqual(['i think stative']);
    expect(statements('I get paged too often.')[0]).toBe('i get stative');
    expect(statements('I would rewrite it.')[0]).toBe('i would modal');
  });
});

describe('findStatements: verbs the tagger reads as nouns or adjectives', () => {
  it('treats a past form with an object after it as a step', () => {
    expect(statements('I pinged the vendor and I hotfixed the parser.')).toContain(
      'i hotfixed action',
    );
  });

  it('needs an object: a bare noun after "I" is not a step', () => {
    expect(statements('Honestly I alone knew it.')).not.toContain('i alone action');
  });
});

describe('findStatements: words between subject and verb', () => {
  it('skips -ly adverbs', () => {
    expect(statements('I manually replayed the dead letters.')).toEqual(['i replayed action']);
    expect(statements('We deliberately throttled the importer.')).toEqual(['we throttled action']);
  });

  it('keeps a negation as a negation', () => {
    expect(statements('I never restarted the workers.')).toEqual(['i never negated']);
  });
});

describe('findStatements: irregular forms', () => {
  it('knows "reran" as a past step', () => {
    expect(statements('After the fix I reran the nightly backfill.')).toEqual(['i reran action']);
  });

  it('leaves states and feelings as states', () => {
    expect(statements('I felt terrible about it.')).toEqual(['i felt stative']);
    expect(statements('I was on call that week.')).toEqual(['i was stative']);
    expect(statements('I believe the cache was cold.')[0]).toBe('i believe stative');
  });

  it('reads "got a ticket" as something that arrived, "got a quote" as an action', () => {
    expect(statements('I got a ticket about stale prices.')).toEqual(['i got stative']);
    expect(statements('We got an alert at midnight.')).toEqual(['we got stative']);
    expect(statements('I got a quote from two vendors.')).toEqual(['i got action']);
  });
});

describe('findStatements: "went ahead with"', () => {
  it('reads "went ahead with" as the choice itself, and "went ahead and" as the verb after it', () => {
    expect(statements('so we went ahead with the split anyway')).toEqual(['we went action']);
    expect(statements('We went ahead and moved billing out.')).toEqual(['we moved action']);
  });
});
