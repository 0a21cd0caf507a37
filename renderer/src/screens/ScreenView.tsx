import type { RefObject } from 'react';
import type { ScreenId } from '../app/routes';
import type { AppState } from '../app/use-app-state';
import { PracticeScreen } from '../practice/PracticeScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { useNavigation } from '../app/navigation';
import { DrillScreen } from '../drill/DrillScreen';
import { HistoryScreen } from '../history/HistoryScreen';
import { QuestionsScreen } from '../questions/QuestionsScreen';
import { StoriesScreen } from '../stories/StoriesScreen';
import { SettingsScreen } from '../settings/SettingsScreen';

/** Renders the screen with the given id inside the content area. */
export function ScreenView(props: {
  screen: ScreenId;
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { screen, state, headingRef } = props;
  const { route } = useNavigation();
  switch (screen) {
    case 'practice':
      if (route.drill) return <DrillScreen state={state} headingRef={headingRef} />;
      return <PracticeScreen state={state} headingRef={headingRef} />;
    case 'review':
      return <ReviewScreen state={state} headingRef={headingRef} />;
    case 'history':
      return <HistoryScreen headingRef={headingRef} />;
    case 'questions':
      return <QuestionsScreen headingRef={headingRef} />;
    case 'stories':
      return <StoriesScreen headingRef={headingRef} />;
    case 'settings':
      return <SettingsScreen state={state} headingRef={headingRef} />;
  }
}
