import type { CallName } from '../../../shared/contract';
import type { HandlerTable } from '../bridge/handler-table';
import type { CustomQuestionStore } from './custom-question-store';

type QuestionCallName = Extract<CallName, `questions/${string}`>;

/** The bridge handlers of the questions namespace, over the custom-questions store. */
export function createQuestionHandlers(
  questions: CustomQuestionStore,
): Pick<HandlerTable, QuestionCallName> {
  return {
    'questions/list': () => ({ questions: questions.all(), focus: questions.focus() }),
    'questions/add': (input) => questions.add(input),
    'questions/update': ({ id, question }) => questions.update(id, question),
    'questions/delete': ({ id }) => questions.delete(id),
    'questions/set-focus': ({ focus }) => questions.setFocus(focus),
  };
}
