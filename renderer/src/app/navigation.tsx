import { createContext, useContext } from 'react';
import type { ScreenId } from './routes';

/** Where the app is: a screen, and the attempt or question it shows. */
export type Route = {
  screen: ScreenId;
  attemptId?: string;
  questionId?: string;
  /** A message to show on arrival, e.g. why a recording stopped by itself. */
  note?: string;
  /** Practice: the attempt a follow-up answer is linked to. */
  parentId?: string;
  /** Practice: the follow-up question to answer (asked about the attempt `parentId`). */
  followUp?: string;
  /** Practice: the story whose bullets are shown as cues while recording. */
  storyId?: string;
  /** Practice: a drill of several questions in a row. */
  drill?: boolean;
  /** History: two attempts to compare. */
  compare?: [string, string];
};

/** The current route and how to move to another. */
export type Navigation = { route: Route; navigate: (route: Route) => void };

/** Navigation for any component under App. */
export const NavigationContext = createContext<Navigation>({
  route: { screen: 'practice' },
  navigate: () => undefined,
});

/** The current route and `navigate`. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
