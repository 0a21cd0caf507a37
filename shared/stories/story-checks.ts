import { BULLET_KEYS, bulletLabels, type Story } from './story';

/** A bullet longer than this many words is a paragraph, not something to glance at before answering. */
const BULLET_WORD_LIMIT = 30;

/** Something to improve in a story before rehearsing it. */
export type StoryCheck = {
  field: (typeof BULLET_KEYS)[number] | 'themes' | 'followUp';
  message: string;
};

/** What a story still needs: empty or overlong bullets, no theme, no follow-up prepared. */
export function checkStory(story: Pick<Story, 'bullets' | 'themes' | 'followUp'>): StoryCheck[] {
  const checks: StoryCheck[] = [];
  for (const key of BULLET_KEYS) {
    const words = story.bullets[key].split(/\s+/).filter(Boolean).length;
    if (words === 0) {
      checks.push({ field: key, message: `${bulletLabels[key]} is empty.` });
    } else if (words > BULLET_WORD_LIMIT) {
      checks.push({
        field: key,
        message: `${bulletLabels[key]} has ${words} words; cut it to ${BULLET_WORD_LIMIT} or fewer so it stays a bullet you can glance at.`,
      });
    }
  }
  if (story.themes.length === 0) {
    checks.push({
      field: 'themes',
      message: 'Tag at least one theme so the coverage matrix can place this story.',
    });
  }
  if (!story.followUp.question.trim()) {
    checks.push({
      field: 'followUp',
      message: 'Write the one follow-up you expect for this story, and practise answering it.',
    });
  }
  return checks;
}
