import path from 'node:path';
import type { z } from 'zod';
import {
  customQuestionSchema,
  questionKey,
  questionsDocSpec,
  type CustomQuestion,
} from '../../../shared/questions/custom';
import { storiesDocSpec } from '../../../shared/stories/stories-doc';
import { storySchema, type Story } from '../../../shared/stories/story';
import { readDocumentText, type DocumentSpec } from '../../../shared/stories/versioned-document';
import { newCustomQuestionId, type CustomQuestionStore } from '../questions/custom-question-store';
import { newStoryId, type StoryStore } from '../stories/story-store';
import { canonicalJson } from './transfer-files';
import { readTextFile } from '../storage/read-json';

/** Per-kind counts of an import (see importReportSchema). */
export type Counts = { imported: number; renamed: number; skipped: number; invalid: number };

/** A fresh zeroed count. */
export const zeroCounts = (): Counts => ({ imported: 0, renamed: 0, skipped: 0, invalid: 0 });

/** Items of a document file, each validated: the whole document when it reads (migrated if
 * older); otherwise, for a current-version file, item by item so one bad entry does not sink the
 * rest. A missing file is empty. */
async function readItems<D, T>(
  file: string,
  spec: DocumentSpec<D>,
  key: string,
  pick: (doc: D) => T[],
  itemSchema: z.ZodType<T>,
  problems: string[],
  counts: Counts,
): Promise<T[]> {
  const loaded = await readTextFile(file);
  if (!loaded.ok && loaded.reason === 'missing') return [];
  if (!loaded.ok) {
    problems.push(`${path.basename(file)} was not imported: ${loaded.why}.`);
    counts.invalid++;
    return [];
  }
  const text = loaded.text;
  const read = readDocumentText(spec, text);
  if (read.kind === 'ok') return pick(read.doc);
  const raw = safeJson(text) as Record<string, unknown> | null;
  const list = raw?.version === spec.version ? raw[key] : undefined;
  if (!Array.isArray(list)) {
    const why =
      read.kind === 'newer'
        ? `it comes from a newer Rehearse (format ${read.version})`
        : read.problem;
    problems.push(`${path.basename(file)} was not imported: ${why}.`);
    counts.invalid++;
    return [];
  }
  return list.flatMap((item: unknown, index) => {
    const parsed = itemSchema.safeParse(item);
    if (parsed.success) return [parsed.data];
    counts.invalid++;
    problems.push(`Entry ${index + 1} of ${path.basename(file)} is damaged and was not imported.`);
    return [];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Imports custom questions. Same id and content: skipped; same wording as a question already in
 * the bank: merged into it (skipped); same id, other content: added under a new id. Returns how
 * source ids map to ids in this bank, for stories and attempts that refer to them. */
export async function importQuestions(
  source: string,
  store: CustomQuestionStore,
  problems: string[],
): Promise<{ counts: Counts; ids: Map<string, string> }> {
  const counts = zeroCounts();
  const ids = new Map<string, string>();
  const incoming = await readItems(
    path.join(source, 'questions.json'),
    questionsDocSpec,
    'questions',
    (doc) => doc.questions,
    customQuestionSchema,
    problems,
    counts,
  );
  const added: CustomQuestion[] = [];
  for (const question of incoming) {
    const known = [...store.all(), ...added];
    const sameId =
      store.custom().find((q) => q.id === question.id) ?? added.find((q) => q.id === question.id);
    if (sameId && canonicalJson(sameId) === canonicalJson(question)) {
      counts.skipped++;
      ids.set(question.id, question.id);
      continue;
    }
    const twin = known.find((q) => questionKey(q.text) === questionKey(question.text));
    if (twin) {
      counts.skipped++;
      ids.set(question.id, twin.id);
      continue;
    }
    const id = sameId ? newCustomQuestionId() : question.id;
    counts[sameId ? 'renamed' : 'imported']++;
    ids.set(question.id, id);
    added.push({ ...question, id });
  }
  store.addAll(added);
  return { counts, ids };
}

/** Imports stories; question links follow renamed questions. Same id and content: skipped; same
 * id, other content: added under a new id. */
export async function importStories(
  source: string,
  store: StoryStore,
  questionIds: ReadonlyMap<string, string>,
  problems: string[],
): Promise<Counts> {
  const counts = zeroCounts();
  const incoming = await readItems(
    path.join(source, 'stories.json'),
    storiesDocSpec,
    'stories',
    (doc) => doc.stories,
    storySchema,
    problems,
    counts,
  );
  const existing = store.list();
  const added: Story[] = [];
  for (const original of incoming) {
    const links = [...new Set(original.questionIds.map((id) => questionIds.get(id) ?? id))];
    const story = { ...original, questionIds: links };
    const sameId = [...existing, ...added].find((s) => s.id === story.id);
    if (sameId && canonicalJson(sameId) === canonicalJson(story)) {
      counts.skipped++;
      continue;
    }
    counts[sameId ? 'renamed' : 'imported']++;
    added.push(sameId ? { ...story, id: newStoryId() } : story);
  }
  store.addAll(added);
  return counts;
}
