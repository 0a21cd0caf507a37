import { z } from 'zod';

/** Colour theme: follow the operating system, or force one. */
const themeSchema = z.enum(['system', 'light', 'dark']);

/** Every user setting, with its default, as the settings store (settings.json) validates it. */
export const settingsSchema = z.object({
  theme: themeSchema.default('system'),
  /** deviceId of the chosen microphone; '' means the system default. */
  microphoneDeviceId: z.string().default(''),
  /** A recording stops by itself after this many seconds. */
  maxRecordingSec: z.number().int().min(30).max(3600).default(600),
  /** Target answer window, in seconds (the article: aim for 90 seconds to 2 minutes). */
  targetMinSec: z.number().int().min(10).max(600).default(90),
  targetMaxSec: z.number().int().min(10).max(900).default(120),
  /** Show the running transcript, pace and filler/hedge counts while recording. */
  liveTranscript: z.boolean().default(true),
  /** Id of the whisper model to transcribe with; '' until one is chosen on first run. */
  modelId: z.string().default(''),
  /** The question Practice shows: the last one picked, kept across screens and restarts. */
  practiceQuestionId: z.string().max(200).default(''),
});

/** The user's settings. */
export type Settings = z.infer<typeof settingsSchema>;

type SettingsShape = typeof settingsSchema.shape;
type PatchShape = {
  [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>>;
};

/** A partial update of the settings, as sent by the renderer: only the keys it names. Built from
 * the fields without their defaults, because zod 4 fills defaults inside `.partial()`, and a patch
 * of one setting would then reset all the others. */
export const settingsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
    ) as PatchShape,
  )
  .strict();

/** Settings with every default filled in. */
export const defaultSettings: Settings = settingsSchema.parse({});
