import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Runs the project's real ESLint config on in-memory files placed at real paths, proving the
// import-boundary rule fires where the architecture forbids an import and stays quiet elsewhere.
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'rehearse/layer-boundaries')
    .map((m) => m.message);
}

describe('layer-boundaries ESLint rule', () => {
  it.each([
    [
      'renderer/src/x.ts',
      "import { dispatchCall } from '../../electron/services/bridge/dispatch';",
    ],
    ['renderer/src/screens/x.ts', "import { x } from '../../../electron/main/index';"],
    ['renderer/src/x.ts', "import fs from 'node:fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['shared/x.ts', "import fs from 'fs';"],
    ['shared/x.ts', "import { api } from '../renderer/src/api';"],
    ['shared/analysis/x.ts', "export * from '../../electron/services/data-dir';"],
    ['electron/services/x.ts', "import { app } from 'electron';"],
    ['electron/services/x.ts', "import { App } from '../../renderer/src/app/App';"],
    ['electron/preview/x.ts', "import { app } from 'electron';"],
    ['electron/preview/x.ts', "import { x } from '../main/window';"],
    ['cli/x.ts', "import { ipcMain } from 'electron';"],
    ['cli/x.ts', "import { App } from '../renderer/src/app/App';"],
    ['cli/x.ts', "import { startPreviewServer } from '../electron/preview/server';"],
    ['bench/x.ts', "import { BrowserWindow } from 'electron';"],
    ['bench/x.ts', "import { x } from '../electron/main/window';"],
    ['scripts/x.mjs', "import { app } from 'electron';"],
    ['scripts/x.mjs', "import { x } from '../renderer/src/main';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport const y = 1;\n`)).toHaveLength(1);
  });

  it.each([
    ['renderer/src/x.ts', "import { calls } from '../../shared/contract';"],
    ['shared/analysis/x.ts', "import { z } from 'zod';"],
    ['electron/services/x.ts', "import fs from 'node:fs';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/main/x.ts', "import { dispatchCall } from '../services/bridge/dispatch';"],
    ['electron/preview/x.ts', "import { createAppServices } from '../services/app-services';"],
    ['cli/x.ts', "import { analyzeAnswer } from '../shared/analysis';"],
    ['bench/x.ts', "import { WHISPER_CLI } from '../test/integration/helpers/engine';"],
    ['scripts/x.mjs', "const m = await import('../electron/preview/cli.ts');"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\nexport const y = 1;\n`)).toEqual([]);
  });
});
