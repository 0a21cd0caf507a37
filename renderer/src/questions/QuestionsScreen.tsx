import { useState, type RefObject } from 'react';
import {
  COMPANY_FOCUS_IDS,
  companyFocus,
  type CompanyFocusId,
} from '../../../shared/questions/company-focus';
import { QUESTION_PATTERNS, patternLabels } from '../../../shared/questions/patterns';
import type { Question } from '../../../shared/questions/question';
import { api } from '../api';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CustomQuestionForm } from './CustomQuestionForm';
import { QuestionCard } from './QuestionCard';
import { useQuestions } from './use-questions';

/** The question bank: the seven deep-dive questions first, then every pattern, each question with
 * its guidance; the company focus; and the user's own questions. */
export function QuestionsScreen(props: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { questions, focus, error } = useQuestions();
  const { navigate } = useNavigation();
  const [toDelete, setToDelete] = useState<Question | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const card = (q: Question) => (
    <QuestionCard
      key={q.id}
      question={q}
      onPractice={() => navigate({ screen: 'practice', questionId: q.id })}
      onDelete={q.source === 'custom' ? () => setToDelete(q) : undefined}
    />
  );
  const setFocus = (value: string) =>
    api
      .call('questions/set-focus', { focus: value ? (value as CompanyFocusId) : null })
      .catch((e: Error) => setActionError(e.message));

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        Questions
      </h1>
      <p className="lead">
        The behavioral questions backend interviews ask, what each one tests, and how a strong
        answer runs.
      </p>
      {(error || actionError) && <p className="notice notice-error">{error ?? actionError}</p>}
      <div className="focus-picker field">
        <label htmlFor="company-focus">Preparing for</label>
        <select
          id="company-focus"
          value={focus ?? ''}
          onChange={(e) => void setFocus(e.target.value)}
        >
          <option value="">Any company</option>
          {COMPANY_FOCUS_IDS.map((id) => (
            <option key={id} value={id}>
              {companyFocus[id].label}: {companyFocus[id].emphasis}
            </option>
          ))}
        </select>
        {focus && (
          <p className="field-help">
            {companyFocus[focus].description} The review puts these signals first.
          </p>
        )}
      </div>
      {!questions ? (
        <p className="muted">Loading the question bank…</p>
      ) : (
        <>
          <h2>The seven deep-dive questions</h2>
          <ul className="question-list">{questions.filter((q) => q.deepDive).map(card)}</ul>
          {QUESTION_PATTERNS.map((pattern) => {
            const inPattern = questions.filter((q) => q.pattern === pattern && !q.deepDive);
            if (inPattern.length === 0) return null;
            return (
              <section key={pattern} aria-label={patternLabels[pattern]}>
                <h2>{patternLabels[pattern]}</h2>
                <ul className="question-list">{inPattern.map(card)}</ul>
              </section>
            );
          })}
        </>
      )}
      <CustomQuestionForm />
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this question?"
        body="Your recorded answers to it are kept; they remember the question's wording."
        confirmLabel="Delete"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target)
            api
              .call('questions/delete', { id: target.id })
              .catch((e: Error) => setActionError(e.message));
        }}
      />
    </section>
  );
}
