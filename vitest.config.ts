import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Electron binary cannot run on the machines that run these tests: unit tests see a named
// test double in its place (test/doubles/electron.ts).
const electronDouble = fileURLToPath(new URL('./test/doubles/electron.ts', import.meta.url));

/** Test tiers (see docs/architecture.md): unit, integration (real whisper-cli), e2e (Chromium). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Files in one worker share loaded modules: importing the engine (compromise and the
          // models' JSON) once per worker instead of once per file takes the tier from about 8.5
          // to 3.5 minutes on two cores. Tests restore what they change (env, spies, timers).
          isolate: false,
        },
        resolve: { alias: { electron: electronDouble } },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          environment: 'node',
          // Real-time recordings plus real transcription: a ceiling for a slow machine, not a target.
          testTimeout: 400_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Only on machines with the Electron binary: `npm run test:electron` (not part of npm test).
        test: {
          name: 'electron',
          include: ['test/electron/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
