import type { ScreenId } from '../app/routes';

/** What an empty screen says: its title, what will be there, and the first step to fill it. */
export type EmptyStateText = { title: string; lead: string; points: string[]; hint: string };

/** The empty state of every screen that has no content yet. */
export const emptyStates: Record<Exclude<ScreenId, 'settings'>, EmptyStateText> = {
  practice: {
    title: 'Practice',
    lead: 'Pick a behavioral question, answer it aloud, and hear how it came across.',
    points: [
      'A timer marks the 90 s and 120 s window while you speak.',
      'Your recording stays on this machine; transcription runs locally.',
    ],
    hint: 'No question picked yet. Choose one from Questions, or start from a story.',
  },
  review: {
    title: 'Review',
    lead: 'After a recording, this is where you see what to fix first.',
    points: [
      'Duration against the 90 to 120 s window, pace and a word budget.',
      'Vague, blame, hedging, filler, buzzword and team-only "we" phrases, each with a better way to say it.',
      'The STAR-L parts on the audio timeline, and the follow-ups an interviewer would ask.',
    ],
    hint: 'Nothing to review yet. Record an answer in Practice.',
  },
  questions: {
    title: 'Questions',
    lead: 'The behavioral question patterns backend interviews use, with what each one tests.',
    points: [
      'Production incidents, disagreements, scaling work, mistakes, ambiguous projects and more.',
      'A strong structure, themes to mention and likely follow-ups for each.',
    ],
    hint: 'The question bank will appear here.',
  },
  stories: {
    title: 'Stories',
    lead: 'About eight stories, five bullets each, that cover every question pattern.',
    points: [
      'Situation, Task, the Actions you took, Result and Learning.',
      'A coverage matrix shows which themes still need a story.',
    ],
    hint: 'No stories yet. Your story bank will appear here.',
  },
  history: {
    title: 'History',
    lead: 'Every attempt, grouped by question, with your progress over time.',
    points: ['Duration, flags per minute and metrics stated, take after take.'],
    hint: 'No takes yet. Your recordings will be listed here.',
  },
};
