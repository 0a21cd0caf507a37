import { z } from 'zod';
import { defineCall } from './define';

/** Something the user should know about at start-up (e.g. a corrupt file moved aside). */
const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});

/** A notice for the user. */
export type Notice = z.infer<typeof noticeSchema>;

/** What the renderer learns about the app and the side it talks to. */
const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' in the desktop app, 'preview' in the browser preview. */
  transport: z.enum(['electron', 'preview']),
  dataDir: z.string(),
  notices: z.array(noticeSchema),
});

/** App information. */
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Calls of the app namespace. */
export const appCalls = {
  'app/info': defineCall(z.object({}).strict(), appInfoSchema),
};
