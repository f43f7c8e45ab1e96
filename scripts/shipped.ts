/**
 * What each page of a build loads for its first frame, and what the service worker loads:
 * the scripts a page names in its HTML and every script those import statically. Scripts
 * reached only through `import()` load after the first frame and are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface Shipped {
  /** The HTML file, or `worker (<file>)` for the service worker. */
  name: string;
  kind: 'popup' | 'page' | 'worker';
  /** Paths from the build's root, with a leading slash. */
  scripts: string[];
  js: Weight;
  css: Weight | null;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"']+\.js)["']/g;

/** Paths inside the build, from the root, with a leading slash: "/chunks/popup-x.js". */
function fromRoot(path: string, importer = '/'): string {
  return path.startsWith('/') ? path : posix.join(posix.dirname(importer), path);
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function createBuildReader(dir: string) {
  const read = (path: string) => readFileSync(join(dir, path));

  /** A script and every script it statically imports, each once. */
  function withImports(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry) || !existsSync(join(dir, entry))) return seen;
    seen.add(entry);
    for (const [, specifier] of read(entry).toString('utf8').matchAll(STATIC_IMPORT)) {
      if (specifier?.startsWith('.') || specifier?.startsWith('/')) withImports(fromRoot(specifier, entry), seen);
    }
    return seen;
  }

  function weigh(files: string[]): Weight {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = read(file);
      raw += bytes.length;
      gzip += gzipSize(bytes);
    }
    return { files: files.length, raw, gzip };
  }

  function pageFiles(html: string): { scripts: string[]; styles: string[] } {
    const source = read(html).toString('utf8');
    const attr = (pattern: RegExp) => [...source.matchAll(pattern)].map(([, path]) => fromRoot(path ?? '', html));
    const entries = [
      ...attr(/<script\b[^>]*\bsrc="([^"]+)"/g),
      ...attr(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ];
    const scripts = new Set<string>();
    for (const entry of entries) withImports(entry, scripts);
    return { scripts: [...scripts], styles: attr(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g) };
  }

  /** Every page and the worker, with what each loads. */
  function shipped(): Shipped[] {
    const manifest = JSON.parse(read('/manifest.json').toString('utf8'));
    const rows: Shipped[] = readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => {
        const { scripts, styles } = pageFiles(`/${name}`);
        const kind = `/${name}` === `/${manifest.action?.default_popup ?? 'popup.html'}` ? 'popup' : 'page';
        return { name, kind, scripts, js: weigh(scripts), css: weigh(styles) };
      });
    const worker: string | undefined = manifest.background?.service_worker;
    if (worker) {
      const scripts = [...withImports(fromRoot(worker))];
      rows.push({ name: `worker (${worker})`, kind: 'worker', scripts, js: weigh(scripts), css: null });
    }
    return rows;
  }

  return { read, shipped };
}
