/**
 * Which source modules the bytes of a built script come from, read from its source map: each
 * generated character counts for the source its mapping points at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** One line of a source map's `mappings`: each segment's fields, relative as stored. */
function segments(line: string): number[][] {
  return line
    .split(',')
    .filter(Boolean)
    .map((segment) => {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT.get(char) ?? 0;
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      return fields;
    });
}

const GENERATED = '(bundler code)';

/** Bytes of `code` by source module, read from its source map. */
export function bytesBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const bytes = new Map<string, number>();
  const add = (source: string, count: number) => bytes.set(source, (bytes.get(source) ?? 0) + count);
  const mapLines = map.mappings.split(';');
  let source = 0;
  code.split('\n').forEach((line, index) => {
    let column = 0;
    let from = 0;
    let current = GENERATED;
    for (const fields of segments(mapLines[index] ?? '')) {
      column += fields[0] ?? 0;
      add(current, column - from);
      from = column;
      if (fields.length > 1) {
        source += fields[1] ?? 0;
        current = map.sources[source] ?? GENERATED;
      } else current = GENERATED;
    }
    add(current, line.length - from);
  });
  return bytes;
}

/** "node_modules/preact/dist/preact.mjs" becomes "preact/dist/preact.mjs"; own files lose their "../". */
function shortName(source: string): string {
  const inPackage = source.lastIndexOf('node_modules/');
  if (inPackage !== -1) return source.slice(inPackage + 'node_modules/'.length);
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * The modules a set of built scripts carry, biggest first, with their raw bytes; a script
 * without a source map (a bundler helper, or a build made without maps) counts as one.
 */
export function modulesOf(dir: string, scripts: string[]): { module: string; bytes: number }[] {
  const total = new Map<string, number>();
  for (const script of scripts) {
    const mapFile = join(dir, `${script}.map`);
    const code = readFileSync(join(dir, script), 'utf8');
    if (!existsSync(mapFile)) {
      total.set(`${script} (no source map)`, code.length);
      continue;
    }
    const found = bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')));
    for (const [source, bytes] of found) total.set(shortName(source), (total.get(shortName(source)) ?? 0) + bytes);
  }
  return [...total]
    .filter(([, bytes]) => bytes > 0)
    .map(([module, bytes]) => ({ module, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
