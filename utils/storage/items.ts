/**
 * Every stored item, each with who writes and reads it. All but the settings (whose definition
 * runs their migration) are marked pure, so a page bundles only the items it uses.
 */
import { storage } from '#imports';
import { type BlockRun, NO_RUN } from '@/utils/domain/buildup';
import { type Checked, isBoolean, isInteger, isString, oneOf, record } from '@/utils/domain/checks';
import type { Glance } from '@/utils/domain/glance';
import { type History, isBreakResult } from '@/utils/domain/history';
import type { Progression } from '@/utils/domain/progression';
import { OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/utils/domain/settings';
import { keptDays, readDays, watchHistory } from './history-days';
import { LOCAL_KEYS, SETTINGS_KEY, STRETCH_KEYS } from './local-keys';

/** Written by the options and progress pages (through `updateSettings`); read by every page and the worker. */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** Written only by the worker's single writer; read by the popup, the options page and the stretch page. */
export const sessionItem = /* @__PURE__ */ storage.defineItem<Session>(`local:${LOCAL_KEYS.session}`, {
  fallback: OFF,
});

/**
 * Where the whole history was kept before each day had an item of its own; now where the days
 * begin, written by the worker's history writer, whose definition of it moves an older history.
 */
export const HISTORY_KEY = 'local:history';

/**
 * The daily history, every day kept, one item per day (`history-days.ts`): written only by the
 * worker (with the glance); read by the progress and options pages, only when asked for.
 */
export const historyItem = {
  /** As stored: typed as the history it should be, checked by `checkHistory` before use. */
  getValue: () => readDays(keptDays(Date.now())) as Promise<History>,
  watch: watchHistory,
};

/** Written only by the worker, with every history write; read by the popup. */
export const glanceItem = /* @__PURE__ */ storage.defineItem<Glance | null>(`local:${LOCAL_KEYS.glance}`, {
  fallback: null,
});

/** Written by the worker's build-up recorder as blocks end; read by the progress page. */
export const blockRunItem = /* @__PURE__ */ storage.defineItem<BlockRun>('local:blockRun', { fallback: NO_RUN });

export const isTrackedBreak = /* @__PURE__ */ record({
  breakId: isString,
  tabId: isInteger,
  /** What the page last reported as done. */
  result: isBreakResult,
  /** The page finished the break and recorded it itself. */
  recorded: isBoolean,
});
export type TrackedBreak = Checked<typeof isTrackedBreak>;

/** Written by the worker's break tracker; the stretch page follows it to tell its own break from another. */
export const trackedBreakItem = /* @__PURE__ */ storage.defineItem<TrackedBreak | null>(
  `local:${STRETCH_KEYS.trackedBreak}`,
  {
    fallback: null,
  },
);

/** Written by the stretch page after each break; read by the stretch page. */
export const progressionItem = /* @__PURE__ */ storage.defineItem<Progression>(`local:${STRETCH_KEYS.progression}`, {
  fallback: {},
});

/** When the person acknowledged the safety notes, `null` until they have; written and read by the stretch page. */
export const safetyAcknowledgedItem = /* @__PURE__ */ storage.defineItem<number | null>(
  `local:${STRETCH_KEYS.safetyAcknowledged}`,
  {
    fallback: null,
  },
);

/** The tab the worker opened for the break that began at `since`; written and read only by the worker. */
export const breakTabItem = /* @__PURE__ */ storage.defineItem<{ since: number; tabId: number } | null>(
  'local:breakTab',
  { fallback: null },
);

export const isToolbarFace = /* @__PURE__ */ record({
  badge: isString,
  color: isString,
  title: isString,
  iconOn: isBoolean,
});
/** What the toolbar button shows: its badge text and colour, its tooltip and which icon. */
export type ToolbarFace = Checked<typeof isToolbarFace>;

/**
 * The toolbar button as the worker last set it; written and read only by the worker's plan.
 * Session storage is forgotten whenever the browser forgets the button's state: a browser
 * restart, an update or a reload of the extension.
 */
export const toolbarFaceItem = /* @__PURE__ */ storage.defineItem<ToolbarFace | null>('session:toolbarFace', {
  fallback: null,
});

export const isImportRun = /* @__PURE__ */ record({
  /** The page's name for the import, so it can ask what became of it. */
  id: isString,
  /** `applying` from before the first write until the history write; done or undone once settled. */
  state: oneOf(['applying', 'done', 'undone'] as const),
});
export type ImportRun = Checked<typeof isImportRun> & {
  /** The stored settings before the import, put back should it stop halfway. */
  previousSettings?: unknown;
  /** The stored own exercises before the import, by id; absent from records older than their import. */
  previousCustomExercises?: Record<string, unknown>;
};

/** The last import of a backup; written and read only by the worker, with the history it wrote. */
export const IMPORT_RUN_KEY = 'local:importRun';
export const importRunItem = /* @__PURE__ */ storage.defineItem<ImportRun | null>(IMPORT_RUN_KEY, {
  fallback: null,
});
