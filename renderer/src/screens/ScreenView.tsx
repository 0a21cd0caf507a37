import type { RefObject } from 'react';
import type { ScreenId } from '../app/routes';
import type { AppState } from '../app/use-app-state';
import { EmptyState } from './EmptyState';
import { emptyStates } from './empty-states';
import { SettingsScreen } from './SettingsScreen';

/** Renders the screen with the given id inside the content area. */
export function ScreenView(props: {
  screen: ScreenId;
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  if (props.screen === 'settings') {
    return <SettingsScreen state={props.state} headingRef={props.headingRef} />;
  }
  return <EmptyState {...emptyStates[props.screen]} headingRef={props.headingRef} />;
}
