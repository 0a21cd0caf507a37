import type { FlagKind, StarPart } from '../analysis/types';

/** How the UI and reports name a flag kind: a short tag shown beside every highlight (so colour is
 * never the only cue), a plural name for the legend, and what it means in one line. */
export type FlagKindMeta = { tag: string; name: string; meaning: string };

/** Flag kinds in the order the legend lists them: what interviewers weigh most first. */
export const FLAG_KIND_ORDER: readonly FlagKind[] = [
  'we-ownership',
  'blame',
  'vague',
  'hedge',
  'buzzword',
  'filler',
];

/** Names of every flag kind. */
export const FLAG_KIND_META: Record<FlagKind, FlagKindMeta> = {
  'we-ownership': {
    tag: 'we',
    name: 'Team "we"',
    meaning: '"We" for a key action: the listener cannot tell what you did.',
  },
  blame: { tag: 'blame', name: 'Blame', meaning: 'A failure pinned on someone else.' },
  vague: { tag: 'vague', name: 'Vague', meaning: 'An action or outcome with no specifics.' },
  hedge: { tag: 'hedge', name: 'Hedge', meaning: 'Words that weaken a claim you should own.' },
  buzzword: { tag: 'buzz', name: 'Buzzword', meaning: 'A stock phrase that says nothing.' },
  filler: { tag: 'filler', name: 'Filler', meaning: 'Sounds and words that carry no meaning.' },
};

/** Display names of the STAR-L parts. */
export const STAR_PART_LABEL: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
};
