import { describe, expect, it } from 'vitest';
import { groupByQuestion, nestFollowUps } from '../../../../shared/progress/history-group';
import type { HistoryRow } from '../../../../shared/progress/history-row';
import { row, view } from './view-fixture';

/** A follow-up answer: same question id as its take, the follow-up's text, linked by parentId. */
function followUp(id: string, createdAt: string, parent: HistoryRow): HistoryRow {
  return {
    ...row(id, createdAt, parent.questionId, view({ seconds: 40 })),
    questionText: 'What did you personally do?',
    parentId: parent.attemptId,
  };
}

describe('follow-up answers in the history', () => {
  const take1 = row(
    '20260301-100000-000-aaaaaaaa',
    '2026-03-01T10:00:00.000Z',
    'pi-incident',
    view(),
  );
  const take2 = row(
    '20260302-100000-000-bbbbbbbb',
    '2026-03-02T10:00:00.000Z',
    'pi-incident',
    view(),
  );
  const child = followUp('20260303-100000-000-cccccccc', '2026-03-03T10:00:00.000Z', take1);

  it('keeps the group named after the question, even when a follow-up is the newest take', () => {
    const [group] = groupByQuestion([take1, take2, child]);
    expect(group!.questionText).toBe(take1.questionText);
    expect(group!.questionText).not.toBe(child.questionText);
  });

  it('names a group holding only follow-ups after the question in the bank', () => {
    const orphan = { ...child, parentId: 'deleted' };
    const [group] = groupByQuestion([orphan], () => 'Tell me about an incident');
    expect(group!.questionText).toBe('Tell me about an incident');
  });

  it('nests each follow-up under the take it follows up, takes newest first', () => {
    const nested = nestFollowUps([take1, child, take2]);
    expect(nested.map((n) => n.row.attemptId)).toEqual([take2.attemptId, take1.attemptId]);
    expect(nested[1]!.followUps.map((r) => r.attemptId)).toEqual([child.attemptId]);
    expect(nested[0]!.followUps).toEqual([]);
  });

  it('puts a follow-up to a follow-up under the same take', () => {
    const grandchild = followUp('20260304-100000-000-dddddddd', '2026-03-04T10:00:00.000Z', child);
    const nested = nestFollowUps([take1, child, grandchild]);
    expect(nested).toHaveLength(1);
    expect(nested[0]!.followUps.map((r) => r.attemptId)).toEqual([
      child.attemptId,
      grandchild.attemptId,
    ]);
  });

  it('lets a follow-up whose take is gone stand on its own', () => {
    const nested = nestFollowUps([take2, child]);
    expect(nested.map((n) => n.row.attemptId)).toEqual([child.attemptId, take2.attemptId]);
  });
});
