import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { defineCall, defineEvent } from './define';

/** Calls of the settings namespace. */
export const settingsCalls = {
  'settings/get': defineCall(z.object({}).strict(), settingsSchema),
  /** Applies a partial update and returns the settings as stored. */
  'settings/set': defineCall(settingsPatchSchema, settingsSchema),
};

/** Events of the settings namespace. */
export const settingsEvents = {
  'settings/changed': defineEvent(settingsSchema),
};
