import { describe, expect, it } from 'vitest';
import { questions } from '../../../../shared/questions/bank';
import { buildCoverage, coverageCell, REUSE_LIMIT } from '../../../../shared/stories/coverage';
import { checkStory } from '../../../../shared/stories/story-checks';
import { STORY_THEMES } from '../../../../shared/stories/themes';
import { story } from './story-fixtures';

const q = (id: string) => questions.find((x) => x.id === id)!;

describe('coverage matrix', () => {
  it('shows which themes and questions each story covers, and what is uncovered', () => {
    const stories = [
      story('story-inc1', ['production-incident'], ['pi-incident']),
      story('story-perf', ['scaling-performance', 'proud-project']),
    ];
    const m = buildCoverage(stories, questions);
    expect(m.rows[0]!.themeCells).toEqual(STORY_THEMES.map((t) => t === 'production-incident'));
    expect(m.uncoveredThemes).toEqual([
      'technical-disagreement',
      'mistake-failure',
      'ambiguous-project',
      'cross-team-influence',
      'tough-prioritization',
    ]);
    const column = (id: string) => m.questions.find((c) => c.questionId === id)!;
    expect(column('pi-incident')).toMatchObject({ storyIds: ['story-inc1'], linked: true });
    expect(column('pi-outage-lead')).toMatchObject({ storyIds: ['story-inc1'], linked: false });
    // A hard technical problem can be told through an incident or a performance story.
    expect(column('tp-hardest-bug').storyIds).toEqual(['story-inc1', 'story-perf']);
    expect(column('pp-proud').storyIds).toEqual(['story-perf']);
    expect(m.uncoveredQuestionIds).toEqual([
      'dis-technical',
      'dis-senior',
      'amb-requirements',
      'mis-mistake',
      'mis-failed-project',
      'inf-no-authority',
      'pri-competing',
      'pri-deadline',
    ]);
    const i = questions.findIndex((x) => x.id === 'pi-incident');
    expect(m.rows[0]!.questionCells[i]).toBe('linked');
    expect(m.rows[1]!.questionCells[i]).toBeNull();
  });

  it('prefers an explicit link over a theme match', () => {
    const s = story('story-x', ['mistake-failure'], ['dis-technical']);
    expect(coverageCell(s, q('dis-technical'))).toBe('linked');
    expect(coverageCell(s, q('mis-mistake'))).toBe('theme');
    expect(coverageCell(s, q('perf-scale'))).toBeNull();
  });

  it('gives a reuse hint to a story planned for more than three questions, and only then', () => {
    const four = ['pi-incident', 'pi-outage-lead', 'tp-hardest-bug', 'mis-mistake'];
    const m = buildCoverage(
      [
        story('story-many', ['production-incident'], four),
        story('story-three', ['mistake-failure'], four.slice(0, REUSE_LIMIT)),
      ],
      questions,
    );
    expect(m.rows[0]!.linkedCount).toBe(4);
    expect(m.rows[0]!.reuseHint).toMatch(/planned for 4 questions/);
    expect(m.rows[1]!.reuseHint).toBeNull();
  });

  it('lists links to questions that no longer exist without counting them', () => {
    const m = buildCoverage([story('story-old', [], ['custom-gone1', 'pi-incident'])], questions);
    expect(m.rows[0]!.unknownQuestionIds).toEqual(['custom-gone1']);
    expect(m.rows[0]!.linkedCount).toBe(1);
  });

  it('has every theme uncovered for an empty bank', () => {
    const m = buildCoverage([], questions);
    expect(m.uncoveredThemes).toEqual([...STORY_THEMES]);
    expect(m.uncoveredQuestionIds).toHaveLength(questions.length);
  });
});

describe('story checks', () => {
  it('passes a complete story and flags empty or paragraph-long bullets, no theme, no follow-up', () => {
    expect(checkStory(story('story-ok', ['proud-project']))).toEqual([]);
    const s = story('story-bad', []);
    s.bullets.learning = '';
    s.bullets.actions = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    s.followUp = { question: ' ', answer: '' };
    expect(checkStory(s).map((c) => c.field)).toEqual([
      'actions',
      'learning',
      'themes',
      'followUp',
    ]);
    expect(checkStory(s)[0]!.message).toMatch(/45 words/);
  });
});
