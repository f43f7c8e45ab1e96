// Chromium with the built extension, driven over the DevTools protocol on a pipe and nothing
// else: no test framework attaches to the service worker, so it stops when idle and starts
// again on each event, exactly as for someone using the extension.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

export async function launchChromium(extensionDir) {
  // The same browser and switches as the end-to-end tests.
  const { module: harness } = await runnerImport(join(import.meta.dirname, '../tests/e2e/harness.ts'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'on-the-ball-bench-'));
  const child = spawn(
    harness.CHROMIUM,
    [
      '--headless=new',
      ...harness.CHROMIUM_FLAGS,
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
        else call?.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise((done) => child.once('exit', done));

  /** Sends one protocol command, to the browser or to an attached target's session. */
  function send(method, params = {}, sessionId = undefined) {
    const id = nextId++;
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => pending.set(id, { method, resolve, reject }));
  }

  /** Calls `listener` with every protocol event; returns a function that stops it. */
  function onEvent(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Resolves with the first event `test` accepts. */
  function waitFor(test, what, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Timed out waiting for ${what}.`));
      }, timeoutMs);
      const stop = onEvent((event) => {
        if (!test(event)) return;
        clearTimeout(timer);
        stop();
        resolve(event);
      });
    });
  }

  /** Evaluates an expression in an attached session and returns its value. */
  async function evaluate(sessionId, expression) {
    const { result, exceptionDetails } = await send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  async function close() {
    await send('Browser.close').catch(() => undefined);
    await exited;
    rmSync(userDataDir, { recursive: true, force: true });
  }

  return { send, onEvent, waitFor, evaluate, close };
}
