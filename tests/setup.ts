/**
 * The fake browser has no `i18n` or `idle`: give it an `i18n` that reads the real English
 * strings, so tests assert on what a person reads, and an `idle` that tests can drive.
 */
import { configure } from '@testing-library/preact';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueMessages, messageReader } from './helpers/catalogue';

const getMessage = messageReader(await catalogueMessages('en'));

type Listener = (state: string) => void;
const idleListeners = new Set<Listener>();

export const fakeIdle = {
  setDetectionInterval: vi.fn(),
  queryState: vi.fn(async () => 'active'),
  onStateChanged: {
    addListener: (l: Listener) => idleListeners.add(l),
    removeListener: (l: Listener) => idleListeners.delete(l),
    hasListener: (l: Listener) => idleListeners.has(l),
  },
  /** Fires the state change as the browser would. */
  trigger: (state: 'active' | 'idle' | 'locked') => {
    for (const l of idleListeners) l(state);
  },
};

type CommandListener = (name: string) => void;
const commandListeners = new Set<CommandListener>();

/** Keyboard commands, which the fake browser lacks; `trigger` presses one. */
export const fakeCommands = {
  getAll: vi.fn(async () => [{ name: 'toggle-on-ball', shortcut: 'Alt+Shift+B' }]),
  onCommand: {
    addListener: (l: CommandListener) => commandListeners.add(l),
    removeListener: (l: CommandListener) => commandListeners.delete(l),
    hasListener: (l: CommandListener) => commandListeners.has(l),
  },
  trigger: (name: string) => {
    for (const l of commandListeners) l(name);
  },
};

/**
 * How long a test waits for what follows asynchronously. Pages and the worker load some modules
 * on demand; on a busy machine the first load in a test file can take over a second, so waiting
 * for what a page shows is not raced against it.
 */
export const WAIT_MS = 5000;
configure({ asyncUtilTimeout: WAIT_MS });

Object.assign(fakeBrowser, {
  i18n: { getMessage, getUILanguage: () => 'en' },
  idle: fakeIdle,
  commands: fakeCommands,
});

beforeEach(() => {
  fakeBrowser.reset();
  // The fake action has no icons; the icon is covered end to end.
  fakeBrowser.action.setIcon = vi.fn(async () => undefined);
  idleListeners.clear();
  commandListeners.clear();
});
