import type { Question } from '../questions/question';
import type { Story } from './story';
import { STORY_THEMES, themeLabels, type StoryTheme } from './themes';

/** A story planned for more questions than this gets a reuse hint. */
export const REUSE_LIMIT = 3;

/** How a story covers a question: linked by the user, matched by a shared theme, or not at all. */
export type CoverageCell = 'linked' | 'theme' | null;

/** One row of the matrix: a story and what it covers. */
type StoryCoverageRow = {
  storyId: string;
  title: string;
  /** One entry per theme, in STORY_THEMES order. */
  themeCells: boolean[];
  /** One entry per question, in the order the questions were given. */
  questionCells: CoverageCell[];
  /** Questions the user linked to this story. */
  linkedCount: number;
  /** Set when the story is planned for more than REUSE_LIMIT questions. */
  reuseHint: string | null;
  /** Linked question ids that no longer exist (a deleted custom question). */
  unknownQuestionIds: string[];
};

/** Which stories cover each theme and each question, and what is left uncovered. */
export type CoverageMatrix = {
  themes: { theme: StoryTheme; label: string; storyIds: string[] }[];
  questions: { questionId: string; text: string; storyIds: string[]; linked: boolean }[];
  rows: StoryCoverageRow[];
  uncoveredThemes: StoryTheme[];
  uncoveredQuestionIds: string[];
};

/** The cell of one story and one question: an explicit link wins over a shared theme. */
export function coverageCell(story: Story, question: Question): CoverageCell {
  if (story.questionIds.includes(question.id)) return 'linked';
  return question.themes.some((t) => story.themes.includes(t)) ? 'theme' : null;
}

/** Builds the coverage matrix of a story bank against a list of questions. */
export function buildCoverage(
  stories: readonly Story[],
  questions: readonly Question[],
): CoverageMatrix {
  const known = new Set(questions.map((q) => q.id));
  const rows: StoryCoverageRow[] = stories.map((story) => {
    const linkedCount = story.questionIds.filter((id) => known.has(id)).length;
    return {
      storyId: story.id,
      title: story.title,
      themeCells: STORY_THEMES.map((t) => story.themes.includes(t)),
      questionCells: questions.map((q) => coverageCell(story, q)),
      linkedCount,
      reuseHint: linkedCount > REUSE_LIMIT ? reuseHint(story.title, linkedCount) : null,
      unknownQuestionIds: story.questionIds.filter((id) => !known.has(id)),
    };
  });
  const themes = STORY_THEMES.map((theme) => ({
    theme,
    label: themeLabels[theme],
    storyIds: stories.filter((s) => s.themes.includes(theme)).map((s) => s.id),
  }));
  const questionColumns = questions.map((q, i) => ({
    questionId: q.id,
    text: q.text,
    storyIds: rows.filter((r) => r.questionCells[i] !== null).map((r) => r.storyId),
    linked: rows.some((r) => r.questionCells[i] === 'linked'),
  }));
  return {
    themes,
    questions: questionColumns,
    rows,
    uncoveredThemes: themes.filter((t) => t.storyIds.length === 0).map((t) => t.theme),
    uncoveredQuestionIds: questionColumns
      .filter((q) => q.storyIds.length === 0)
      .map((q) => q.questionId),
  };
}

/** The hint shown on a story planned for too many questions. */
function reuseHint(title: string, count: number): string {
  return `"${title}" is planned for ${count} questions. One interview loop can ask several of them, and the same story twice sounds thin: give some of these questions another story.`;
}
