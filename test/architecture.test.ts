import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The layering of src/, checked from the source text of every import (static, dynamic and type-only):
// imports flow one way, down; pipeline stages never import each other; there is no cycle.

const SRC = resolve(import.meta.dirname, '../src');

/** From the top down. A module may import its own folder and any layer below its own. */
const LAYERS: readonly (readonly string[])[] = [
  ['boot.ts', 'cli.ts', 'completion', 'action'],
  ['main.ts'],
  ['run.ts'],
  ['help.ts', 'version.ts'],
  ['program.ts'],
  ['input', 'request', 'settings', 'aws', 'output', 'wait', 'dry-run', 'labels'],
  ['model', 'io.ts', 'read-file.ts', 'code-cache.ts', 'cache-folder.ts', 'stdio.ts'],
  ['python', 'errors.ts', 'redact.ts', 'checksum.ts'],
];
/** Layers whose members may import each other (the others' members are siblings that must not). */
const OPEN_LAYERS = new Set([6]);
/** The emulator is its own program: it imports only Python's rules and the labels file rules; nothing imports it. */
const EMULATOR = 'emulator';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The room a file lives in: its top folder under src/, or the file itself at the top. */
const room = (file: string): string => relative(SRC, file).split('/')[0] as string;
const layerOf = (file: string): number => LAYERS.findIndex((layer) => layer.includes(room(file)));

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\(['"]([^'"]+)['"]\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec?.startsWith('.')) found.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return found;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string): string => relative(SRC, file);

describe('src/ layering', () => {
  test('every file is in a known room', () => {
    const unplaced = files
      .filter((file) => layerOf(file) < 0 && room(file) !== EMULATOR && room(file) !== 'types')
      .map(name);
    expect(unplaced).toEqual([]);
  });

  test('imports flow down, and stages do not import each other', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (room(file) === room(target)) continue;
        if (room(file) === EMULATOR) {
          if (room(target) !== 'python' && name(target) !== 'labels/check.ts')
            wrong.push(`${name(file)} → ${name(target)} (the emulator imports only python/ and the labels rules)`);
          continue;
        }
        if (room(target) === EMULATOR) {
          wrong.push(`${name(file)} → ${name(target)} (nothing imports the emulator)`);
          continue;
        }
        const from = layerOf(file);
        const to = layerOf(target);
        if (to < from || (to === from && !OPEN_LAYERS.has(from))) wrong.push(`${name(file)} → ${name(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('there is no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === 'open')
          cycles.push([...stack.slice(stack.indexOf(target)), target].map(name).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  test('the checker sees imports: it finds the edges main.ts is known to have', () => {
    const main = graph.get(join(SRC, 'main.ts')) ?? [];
    expect(main).toContain(join(SRC, 'run.ts'));
    expect(main).toContain(join(SRC, 'output/writer.ts'));
  });
});
