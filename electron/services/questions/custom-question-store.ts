import { randomBytes } from 'node:crypto';
import type { Notice } from '../../../shared/contract';
import type { CompanyFocusId } from '../../../shared/questions/company-focus';
import {
  allQuestions,
  customQuestionInputSchema,
  questionKey,
  questionsDocSpec,
  toQuestion,
  type CustomQuestion,
  type CustomQuestionInput,
  type QuestionsDoc,
} from '../../../shared/questions/custom';
import type { Question } from '../../../shared/questions/question';
import { ServiceError } from '../storage/service-error';
import { VersionedStore } from '../storage/versioned-store';

/** Where the user's questions live and how the store reports changes. */
export type CustomQuestionStoreOptions = {
  dataDir: string;
  now?: () => Date;
  onChange?: () => void;
};

/** A new custom question id, e.g. custom-9b2e04c1d7aa. */
export function newCustomQuestionId(): string {
  return `custom-${randomBytes(6).toString('hex')}`;
}

/** The user's own questions and the company focus, in `<dataDir>/questions.json`. */
export class CustomQuestionStore {
  private readonly store: VersionedStore<QuestionsDoc>;

  constructor(private readonly options: CustomQuestionStoreOptions) {
    this.store = new VersionedStore(questionsDocSpec, options);
  }

  /** What the user should know about the file at start-up. */
  get notice(): Notice | null {
    return this.store.notice;
  }

  /** Built-in questions then the user's own, with guidance. */
  all(): Question[] {
    return allQuestions(this.custom());
  }

  /** The user's own questions as stored. */
  custom(): CustomQuestion[] {
    return this.store.get().questions;
  }

  /** The company focus, or null. */
  focus(): CompanyFocusId | null {
    return this.store.get().focus;
  }

  /** Adds a question; refused when the same wording is already in the bank. */
  add(input: CustomQuestionInput): Question {
    const fields = customQuestionInputSchema.parse(input);
    this.refuseDuplicate(fields.text, null);
    const now = this.now();
    const question: CustomQuestion = {
      ...fields,
      id: newCustomQuestionId(),
      createdAt: now,
      updatedAt: now,
    };
    this.store.update((doc) => ({ ...doc, questions: [...doc.questions, question] }));
    this.changed();
    return toQuestion(question);
  }

  /** Replaces the editable fields of one of the user's questions. */
  update(id: string, input: CustomQuestionInput): Question {
    const fields = customQuestionInputSchema.parse(input);
    const existing = this.find(id);
    this.refuseDuplicate(fields.text, id);
    const question: CustomQuestion = { ...existing, ...fields, updatedAt: this.now() };
    this.store.update((doc) => ({
      ...doc,
      questions: doc.questions.map((q) => (q.id === id ? question : q)),
    }));
    this.changed();
    return toQuestion(question);
  }

  /** Deletes one of the user's questions (its attempts stay; they keep the wording). */
  delete(id: string): { deleted: true } {
    this.find(id);
    this.store.update((doc) => ({ ...doc, questions: doc.questions.filter((q) => q.id !== id) }));
    this.changed();
    return { deleted: true };
  }

  /** Sets the company focus. */
  setFocus(focus: CompanyFocusId | null): { focus: CompanyFocusId | null } {
    this.store.update((doc) => ({ ...doc, focus }));
    this.changed();
    return { focus };
  }

  /** Appends already-validated questions (an import); ids must be free. */
  addAll(questions: readonly CustomQuestion[]): void {
    if (!questions.length) return;
    this.store.update((doc) => ({ ...doc, questions: [...doc.questions, ...questions] }));
    this.changed();
  }

  /** Deletes every custom question (the focus is kept); returns how many there were. */
  clear(): number {
    const doc = this.store.get();
    this.store.set({ ...doc, questions: [] });
    this.changed();
    return doc.questions.length;
  }

  /** The whole document as stored, for an export. */
  document(): QuestionsDoc {
    return this.store.get();
  }

  private refuseDuplicate(text: string, ownId: string | null): void {
    const key = questionKey(text);
    const twin = this.all().find((q) => q.id !== ownId && questionKey(q.text) === key);
    if (twin) {
      throw new ServiceError(
        'duplicate',
        `This question is already in the bank ("${twin.text}"). Practise that one, or change the wording.`,
      );
    }
  }

  private find(id: string): CustomQuestion {
    const question = this.custom().find((q) => q.id === id);
    if (!question) {
      throw new ServiceError(
        'not-found',
        `There is no question "${id}" of your own: it may have been deleted. Refresh the list.`,
      );
    }
    return question;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private changed(): void {
    try {
      this.options.onChange?.();
    } catch {
      // The change is saved; the next list call shows it.
    }
  }
}
