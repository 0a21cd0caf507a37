#!/usr/bin/env node
/**
 * Builds whisper.cpp's `whisper-cli`, `whisper-server` (the resident engine of live
 * transcription) and `whisper-quantize` (makes q5_1/q8_0 models for docs/engine-settings.md) from
 * the source shipped in nodejs-whisper and installs them into vendor/whisper/.
 *
 *   node scripts/build-whisper.mjs [--portable] [--force] [--if-possible] [--jobs N]
 *
 * --portable     also build the CPU backend once per x86/ARM feature level (SSE4.2 ... AVX-512),
 *                picked at run time, so the binary runs on any CPU: use for packaging. Takes ~6x
 *                longer. An installed portable build also satisfies a plain run.
 * --force        clean rebuild even when the installed binary and its stamp match.
 * --if-possible  on failure print the reason and exit 0 (npm postinstall).
 *
 * Paths (mirror these in the app):
 *   source  <root>/node_modules/nodejs-whisper/cpp/whisper.cpp
 *   build   <root>/.cache/whisper-build/<dev|portable>
 *   install <root>/vendor/whisper: bin/whisper-cli (bin\whisper-cli.exe on Windows), the
 *           libggml-cpu-<variant> backends of a portable build next to it in bin/, shared
 *           libraries in lib/ (found through the RPATH $ORIGIN/../lib), build-stamp.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, 'node_modules', 'nodejs-whisper', 'cpp', 'whisper.cpp');
const INSTALL_DIR = path.join(ROOT, 'vendor', 'whisper');
const SUFFIX = process.platform === 'win32' ? '.exe' : '';
const EXE = `whisper-cli${SUFFIX}`;
/** The cmake targets built, each installed under its own name into bin/. */
const TARGETS = ['whisper-cli', 'whisper-server', 'whisper-quantize'].map((t) => ({
  target: t,
  built: `${t}${SUFFIX}`,
  installed: `${t}${SUFFIX}`,
}));
const BINARY = path.join(INSTALL_DIR, 'bin', EXE);
const BINARIES = TARGETS.map((t) => path.join(INSTALL_DIR, 'bin', t.installed));
const STAMP = path.join(INSTALL_DIR, 'build-stamp.json');
const WANTED_SERIES = '1.9.';

const args = process.argv.slice(2);
const portable = args.includes('--portable');
const force = args.includes('--force');
const ifPossible = args.includes('--if-possible');
const jobsArg = Number(args[args.indexOf('--jobs') + 1]);
const jobs = args.includes('--jobs') && jobsArg > 0 ? jobsArg : os.availableParallelism();
const variant = portable ? 'portable' : 'dev';
const BUILD_DIR = path.join(ROOT, '.cache', 'whisper-build', variant);

const TOOLCHAIN_HINT = [
  'Install CMake (3.14 or newer) and a C++ compiler, then run `node scripts/build-whisper.mjs`:',
  '  Debian/Ubuntu: sudo apt-get install cmake g++',
  '  macOS:         xcode-select --install   and   brew install cmake',
  '  Windows:       Visual Studio Build Tools ("Desktop development with C++") and CMake',
].join('\n');

class BuildError extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
}

const log = (msg) => console.log(`[build-whisper] ${msg}`);

/** The cmake flags of one variant; they also go into the stamp. */
function cmakeFlags(isPortable) {
  const rpath =
    process.platform === 'darwin' ? '@loader_path/../lib;@loader_path' : '$ORIGIN/../lib;$ORIGIN';
  return [
    '-DCMAKE_BUILD_TYPE=Release',
    '-DBUILD_SHARED_LIBS=ON',
    // Never tune for the build machine: the binary must run on the user's CPU.
    '-DGGML_NATIVE=OFF',
    `-DGGML_BACKEND_DL=${isPortable ? 'ON' : 'OFF'}`,
    `-DGGML_CPU_ALL_VARIANTS=${isPortable ? 'ON' : 'OFF'}`,
    // libgomp/vcomp would be one more runtime library to ship; ggml's own thread pool suffices.
    '-DGGML_OPENMP=OFF',
    '-DWHISPER_ALL_WARNINGS=OFF', // upstream's warnings are noise for someone installing the app
    '-DWHISPER_BUILD_TESTS=OFF',
    '-DWHISPER_BUILD_EXAMPLES=ON', // whisper-cli and quantize are examples; only TARGETS are built
    '-DWHISPER_BUILD_SERVER=ON', // whisper-server: the resident engine (no curl, no SSL needed)
    '-DWHISPER_CURL=OFF',
    '-DWHISPER_SDL2=OFF',
    // The binaries are copied to vendor/, so they carry their final, relative RPATH from the start.
    '-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON',
    `-DCMAKE_INSTALL_RPATH=${rpath}`,
  ];
}

const stampFor = (version, isPortable) => ({
  whisperCpp: version,
  variant: isPortable ? 'portable' : 'dev',
  platform: `${process.platform}-${process.arch}`,
  flags: cmakeFlags(isPortable),
});

function sourceVersion() {
  const lists = path.join(SOURCE_DIR, 'CMakeLists.txt');
  if (!fs.existsSync(lists)) {
    throw new BuildError(
      `whisper.cpp source not found at ${SOURCE_DIR}.`,
      'Run `npm install` first: the source ships in the nodejs-whisper package.',
    );
  }
  const version = /project\("whisper\.cpp"\s+VERSION\s+([\d.]+)\)/.exec(
    fs.readFileSync(lists, 'utf8'),
  )?.[1];
  if (!version?.startsWith(WANTED_SERIES)) {
    throw new BuildError(
      `the whisper.cpp source in nodejs-whisper is version ${version ?? 'unknown'}; Rehearse needs ${WANTED_SERIES}x.`,
      'Install the pinned dependencies (nodejs-whisper 0.3.1) with `npm ci`.',
    );
  }
  return version;
}

function isInstalled(version) {
  if (force || !BINARIES.every((b) => fs.existsSync(b)) || !fs.existsSync(STAMP)) return false;
  const saved = fs.readFileSync(STAMP, 'utf8').trim();
  const accepted = portable ? [true] : [false, true]; // a portable build can do what a dev one does
  return accepted.some((p) => saved === JSON.stringify(stampFor(version, p), null, 2));
}

/** A build tree configured for another source or location (say, a moved checkout) cannot be reused. */
function isForeignBuildTree() {
  const cache = path.join(BUILD_DIR, 'CMakeCache.txt');
  if (!fs.existsSync(cache)) return false;
  const text = fs.readFileSync(cache, 'utf8');
  const entry = (key) => new RegExp(`^${key}:INTERNAL=(.*)$`, 'm').exec(text)?.[1] ?? '';
  return (
    path.resolve(entry('CMAKE_HOME_DIRECTORY')) !== path.resolve(SOURCE_DIR) ||
    path.resolve(entry('CMAKE_CACHEFILE_DIR')) !== path.resolve(BUILD_DIR)
  );
}

function checkTools() {
  const found = (cmd, probeArgs) => spawnSync(cmd, probeArgs, { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!found('cmake', ['--version'])) missing.push('cmake');
  // On Windows cmake finds Visual Studio itself; a failed configure gets the same hint.
  const compilers = process.env.CXX ? [process.env.CXX] : ['c++', 'g++', 'clang++'];
  if (process.platform !== 'win32' && !compilers.some((c) => found(c, ['--version']))) {
    missing.push('a C++ compiler');
  }
  if (missing.length > 0) throw new BuildError(`missing ${missing.join(' and ')}.`, TOOLCHAIN_HINT);
}

function run(title, cmdArgs, logFile) {
  log(`${title}...`);
  const started = Date.now();
  const res = logFile
    ? spawnSync('cmake', cmdArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync('cmake', cmdArgs, { stdio: 'inherit' });
  const output = logFile ? `${res.stdout ?? ''}\n${res.stderr ?? ''}` : '';
  if (logFile) fs.writeFileSync(logFile, output);
  if (res.status !== 0) {
    if (output) console.error(output.split('\n').slice(-30).join('\n'));
    const compilerTrouble = /CMAKE_CXX_COMPILER|CMAKE_C_COMPILER|Visual Studio/.test(output);
    throw new BuildError(
      `${title} failed (${res.error?.message ?? `exit code ${res.status}`}).`,
      compilerTrouble ? TOOLCHAIN_HINT : `See the output above${logFile ? ` and ${logFile}` : ''}.`,
    );
  }
  log(`${title}: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Copies the built executable and libraries into a fresh tree, then swaps it in. */
function install(stamp) {
  const outDir = [path.join(BUILD_DIR, 'bin', 'Release'), path.join(BUILD_DIR, 'bin')].find((d) =>
    fs.existsSync(path.join(d, EXE)),
  );
  if (!outDir) throw new BuildError(`the build finished but ${EXE} is not in ${BUILD_DIR}/bin.`);
  const staging = `${INSTALL_DIR}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(staging, 'lib'));
  for (const name of fs.readdirSync(outDir)) {
    const exe = TARGETS.find((t) => t.built === name);
    if (exe) {
      fs.cpSync(path.join(outDir, name), path.join(staging, 'bin', exe.installed));
      continue;
    }
    // ggml loads backend modules from the executable's folder; Windows wants every DLL there.
    const toBin = name.endsWith('.dll') || /^(lib)?ggml-cpu-.+\.(so|dylib)$/.test(name);
    const toLib = !toBin && /\.(so(\.\d+)*|dylib)$/.test(name);
    if (!toBin && !toLib) continue;
    const to = path.join(staging, toBin ? 'bin' : 'lib', name);
    fs.cpSync(path.join(outDir, name), to, { verbatimSymlinks: true });
  }
  fs.writeFileSync(path.join(staging, 'build-stamp.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  const old = `${INSTALL_DIR}.old-${process.pid}`;
  if (fs.existsSync(INSTALL_DIR)) fs.renameSync(INSTALL_DIR, old);
  fs.renameSync(staging, INSTALL_DIR);
  fs.rmSync(old, { recursive: true, force: true });
}

function main() {
  const version = sourceVersion();
  if (isInstalled(version)) {
    log(`whisper.cpp ${version} is up to date in ${INSTALL_DIR} (--force rebuilds).`);
    return;
  }
  checkTools();
  log(`building whisper.cpp ${version} (${variant}) with ${jobs} jobs: this takes minutes.`);
  if (force || isForeignBuildTree()) fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const configureArgs = ['-S', SOURCE_DIR, '-B', BUILD_DIR, ...cmakeFlags(portable)];
  run('configure', configureArgs, path.join(BUILD_DIR, 'configure.log'));
  run('compile', [
    '--build',
    BUILD_DIR,
    '--config',
    'Release',
    '--target',
    ...TARGETS.map((t) => t.target),
    '-j',
    `${jobs}`,
  ]);
  install(stampFor(version, portable));
  const check = spawnSync(BINARY, ['--help'], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new BuildError(`${BINARY} does not start: ${check.stderr || check.error?.message}`);
  }
  log(`installed ${BINARIES.join(', ')}`);
}

try {
  main();
} catch (err) {
  console.error(`[build-whisper] Could not build whisper.cpp: ${err.message}`);
  if (err instanceof BuildError && err.hint) console.error(err.hint);
  if (ifPossible) {
    console.error('[build-whisper] Continuing without it: Rehearse builds it on first need.');
    process.exit(0);
  }
  process.exit(1);
}
