import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * Enforces the layer rules of docs/architecture.md, the way VS Code's code-layering rule
 * does: each folder may import only from the layers below it. Relative imports are resolved to
 * the folder they land in, so `../../electron/x` is caught however many `..` it takes.
 */
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Which layer a repository-relative path belongs to. */
function layerOf(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/services/')) return 'services';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('electron/preview/')) return 'preview';
  if (p.startsWith('electron/')) return 'electron';
  if (p.startsWith('cli/')) return 'cli';
  if (p.startsWith('bench/')) return 'bench';
  if (p.startsWith('scripts/')) return 'scripts';
  if (p.startsWith('test/')) return 'test';
  return 'other';
}

/** Layers each layer may import from (besides itself). */
const allowedLayers = {
  shared: [],
  renderer: ['shared'],
  services: ['shared'],
  preload: ['shared'],
  electron: ['shared', 'services'],
  // The preview is the browser's transport of the same services: no Electron anywhere in it.
  preview: ['shared', 'services'],
  cli: ['shared', 'services'],
  // Benchmarks drive the app the way the tests do, so they may reuse the tests' helpers.
  bench: ['shared', 'services', 'cli', 'test'],
  scripts: ['shared', 'services', 'preview'],
};

/** Layers that run in plain Node, outside Electron: the `electron` package is not theirs. */
const plainNodeLayers = new Set(['services', 'preview', 'cli', 'bench', 'scripts']);

/** Packages a layer must never import, by layer. */
function forbiddenPackage(layer, source) {
  const isNode = builtins.has(source) || source.startsWith('node:');
  if (layer === 'shared' && (isNode || source === 'electron' || source.startsWith('react'))) {
    return 'shared/ is pure TypeScript: no Node, no Electron, no React';
  }
  if (layer === 'renderer' && (isNode || source === 'electron')) {
    return 'the renderer reaches Node only through renderer/src/api (the bridge)';
  }
  if (plainNodeLayers.has(layer) && source === 'electron') {
    return `${layer} runs in plain Node (the preview, CLI and tests reuse it); keep Electron in electron/main`;
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the architecture layers.' },
    schema: [],
    messages: { crossing: 'Layer rule: {{from}} may not import "{{source}}" ({{why}}).' },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const layer = layerOf(path.relative(root, file));
    if (layer === 'other' || layer === 'test') return {};

    function check(node, source) {
      if (typeof source !== 'string') return;
      let why = null;
      if (source.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(file), source));
        const targetLayer = layerOf(target);
        if (targetLayer !== layer && !allowedLayers[layer].includes(targetLayer)) {
          why = `${targetLayer === 'other' ? target : targetLayer} is outside what ${layer} may use`;
        }
      } else {
        why = forbiddenPackage(layer, source);
      }
      if (why) context.report({ node, messageId: 'crossing', data: { from: layer, source, why } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
