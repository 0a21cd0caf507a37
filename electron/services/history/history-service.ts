import type { Attempt } from '../../../shared/contract/attempts';
import type { Question } from '../../../shared/questions/question';
import { compareTakes, type Comparison } from '../../../shared/progress/compare';
import { combineDrill, type DrillSummary } from '../../../shared/progress/drill-summary';
import {
  buildHistoryRow,
  type AttemptRecord,
  type HistoryRow,
} from '../../../shared/progress/history-row';
import { attemptFolder } from '../attempts/attempt-ids';
import type { AttemptStore } from '../attempts/attempt-store';
import { ServiceError } from '../storage/service-error';
import { mapLimited, readAnalysisView, readTranscriptText } from './attempt-extras';

/** What history reads: the attempts, and the question list (built-in and custom) for patterns. */
export type HistoryServiceOptions = { attempts: AttemptStore; questions: () => Question[] };

/** Builds history rows, comparisons and drill summaries from the attempt folders on disk. */
export class HistoryService {
  constructor(private readonly options: HistoryServiceOptions) {}

  /** Every attempt with its key figures, newest first; damaged folders are only counted. */
  async list(): Promise<{ rows: HistoryRow[]; damaged: number }> {
    const items = await this.options.attempts.list();
    const ok = items.flatMap((i) => (i.state === 'ok' ? [i] : []));
    const questions = this.options.questions();
    const rows = await mapLimited(ok, 16, async (item) =>
      buildHistoryRow(await this.record(item.attempt, item.hasTranscript), questions),
    );
    return { rows, damaged: items.length - ok.length };
  }

  /** Word diff and signal deltas of two takes of the same question. */
  async compare(a: string, b: string): Promise<Comparison> {
    if (a === b) {
      throw new ServiceError('invalid', 'Pick two different takes to compare.');
    }
    const [first, second] = await Promise.all([this.attempt(a), this.attempt(b)]);
    if (first.questionId !== second.questionId) {
      throw new ServiceError(
        'different-questions',
        `These takes answer different questions ("${first.questionText}" and "${second.questionText}"). Pick two takes of the same question.`,
      );
    }
    const questions = this.options.questions();
    const side = async (attempt: Attempt) => {
      const folder = attemptFolder(this.options.attempts.root, attempt.id);
      const [analysis, text] = await Promise.all([
        readAnalysisView(folder),
        readTranscriptText(folder),
      ]);
      const row = buildHistoryRow(
        {
          attempt,
          hasTranscript: text.value !== null,
          analysis: analysis.value,
          analysisProblem: analysis.problem,
        },
        questions,
      );
      return { row, text: text.value, analysis: analysis.value };
    };
    return compareTakes(await side(first), await side(second));
  }

  /** The combined summary of a drill's answers, in the order given. */
  async drillSummary(attemptIds: readonly string[]): Promise<DrillSummary> {
    const questions = this.options.questions();
    const answers = await mapLimited(attemptIds, 8, async (id) => {
      const attempt = await this.attempt(id);
      const found = questions.find((q) => q.id === attempt.questionId);
      const analysis = await readAnalysisView(attemptFolder(this.options.attempts.root, id));
      return {
        question: found ?? {
          id: attempt.questionId,
          text: attempt.questionText,
          guidance: { tests: '', structure: [], mention: [], followUps: [] },
        },
        attemptId: id,
        analysis: analysis.value,
      };
    });
    return combineDrill(answers);
  }

  private async record(attempt: Attempt, hasTranscript: boolean): Promise<AttemptRecord> {
    const analysis = await readAnalysisView(attemptFolder(this.options.attempts.root, attempt.id));
    return { attempt, hasTranscript, analysis: analysis.value, analysisProblem: analysis.problem };
  }

  private attempt(id: string): Promise<Attempt> {
    return this.options.attempts.get(id);
  }
}
