/** The app's screens, in navigation order. */
export const screens = [
  { id: 'practice', label: 'Practice', icon: '●' },
  { id: 'review', label: 'Review', icon: '◆' },
  { id: 'questions', label: 'Questions', icon: '?' },
  { id: 'stories', label: 'Stories', icon: '✎' },
  { id: 'history', label: 'History', icon: '↺' },
  { id: 'settings', label: 'Settings', icon: '⚙' },
] as const;

/** Id of a screen. */
export type ScreenId = (typeof screens)[number]['id'];
