import type { Question } from '../questions/question';
import { buildCoverage } from '../stories/coverage';
import type { Story } from '../stories/story';
import { themeLabels, type StoryTheme } from '../stories/themes';
import type { HistoryRow } from './history-row';
import { seededRng, shuffled, type Rng } from './rng';

/** A drill is this many questions in a row. */
export const DRILL_LENGTH = 3;

/** One question of a drill and why it was picked. */
export type DrillPick = { questionId: string; theme: StoryTheme | null; reason: string };

/** The user's three questions, or a random draw that favours themes no story covers yet. */
export type DrillRequest =
  { mode: 'chosen'; questionIds: readonly string[] } | { mode: 'uncovered'; seed: number };

/** What the draw looks at: the questions, the story bank, and past attempts (to favour the least
 * practised). */
export type DrillContext = {
  questions: readonly Question[];
  stories: readonly Story[];
  rows?: readonly HistoryRow[];
};

/** The drill's questions in order, or why there is none. */
export type DrillPlan = { ok: true; picks: DrillPick[] } | { ok: false; message: string };

/** Picks the questions of a drill. The same seed, bank and history always give the same draw. */
export function planDrill(request: DrillRequest, context: DrillContext): DrillPlan {
  if (request.mode === 'chosen') return chosen(request.questionIds, context.questions);
  if (context.questions.length === 0) {
    return { ok: false, message: 'There are no questions to drill. Add a question first.' };
  }
  const rng = seededRng(request.seed);
  const takes = new Map<string, number>();
  for (const row of context.rows ?? [])
    takes.set(row.questionId, (takes.get(row.questionId) ?? 0) + 1);
  const uncovered = shuffled(
    buildCoverage(context.stories, context.questions).uncoveredThemes,
    rng,
  );
  // A random tiebreak per question, drawn once so sorting stays consistent.
  const tiebreak = new Map(context.questions.map((q) => [q.id, rng()]));
  const picks: DrillPick[] = [];
  const taken = (q: Question) => picks.some((p) => p.questionId === q.id);
  const want = Math.min(DRILL_LENGTH, context.questions.length);
  // Round-robin over uncovered themes: one question per theme first, then a second round.
  for (let round = 0; picks.length < want && round < want; round++) {
    for (const theme of uncovered) {
      if (picks.length >= want) break;
      const best = context.questions
        .filter((q) => q.themes.includes(theme) && !taken(q))
        .sort(
          (a, b) =>
            a.themes.length - b.themes.length ||
            (takes.get(a.id) ?? 0) - (takes.get(b.id) ?? 0) ||
            tiebreak.get(a.id)! - tiebreak.get(b.id)!,
        )[0];
      if (best) {
        picks.push({
          questionId: best.id,
          theme,
          reason: `No story in your bank covers "${themeLabels[theme]}" yet: rehearsing it helps you find one.`,
        });
      }
    }
  }
  fillLeastPractised(picks, want, context.questions, takes, tiebreak, uncovered.length === 0);
  return { ok: true, picks };
}

function chosen(ids: readonly string[], questions: readonly Question[]): DrillPlan {
  if (ids.length !== DRILL_LENGTH || new Set(ids).size !== ids.length) {
    return { ok: false, message: `Choose ${DRILL_LENGTH} different questions for the drill.` };
  }
  const unknown = ids.filter((id) => !questions.some((q) => q.id === id));
  if (unknown.length) {
    return {
      ok: false,
      message: `The question "${unknown[0]}" is not in the bank any more; choose another one.`,
    };
  }
  return {
    ok: true,
    picks: ids.map((id) => ({ questionId: id, theme: null, reason: 'You chose this question.' })),
  };
}

/** Tops the drill up with the least practised questions, new patterns first. */
function fillLeastPractised(
  picks: DrillPick[],
  want: number,
  questions: readonly Question[],
  takes: ReadonlyMap<string, number>,
  tiebreak: ReadonlyMap<string, number>,
  allCovered: boolean,
): void {
  const lead = allCovered ? 'Every theme has a story; ' : '';
  while (picks.length < want) {
    const patterns = new Set(
      picks.map((p) => questions.find((q) => q.id === p.questionId)?.pattern),
    );
    const next = questions
      .filter((q) => !picks.some((p) => p.questionId === q.id))
      .sort(
        (a, b) =>
          (takes.get(a.id) ?? 0) - (takes.get(b.id) ?? 0) ||
          Number(patterns.has(a.pattern)) - Number(patterns.has(b.pattern)) ||
          tiebreak.get(a.id)! - tiebreak.get(b.id)!,
      )[0];
    if (!next) return;
    const n = takes.get(next.id) ?? 0;
    picks.push({
      questionId: next.id,
      theme: null,
      reason:
        n === 0
          ? `${lead}you have not practised this question yet.`
          : `${lead}this is among your least practised questions (${n} ${n === 1 ? 'take' : 'takes'}).`,
    });
  }
}

/** A fresh random seed for a drill, from Math.random (tests pass their own). */
export function randomSeed(rng: Rng = Math.random): number {
  return Math.floor(rng() * 2 ** 31);
}
