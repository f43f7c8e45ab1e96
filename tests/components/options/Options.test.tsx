import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDateTime } from '@/components/dates';
import { Options } from '@/entrypoints/options/Options';
import { handleMessage } from '@/utils/background/handlers';
import { BACKUP_FORMAT, makeBackup } from '@/utils/domain/backup';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { dayKey, emptyDay, type History } from '@/utils/domain/history';
import type { Reply } from '@/utils/domain/protocol';
import { withCustomAdded } from '@/utils/domain/routine';
import { OFF, type Session } from '@/utils/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { isolate } from '@/utils/i18n/isolate';
import { historyItem } from '@/utils/storage/items';
import { catalogueMessages, messageReader } from '../../helpers/catalogue';
import { storeDays } from '../../helpers/stored-days';
import { showCatalogue, useLocale } from '../../helpers/use-locale';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('@/components/download', () => ({
  downloadFile: (name: string, text: string) => downloads.push({ name, text }),
}));

const BLOCK = 'Sitting block (minutes)';
const POSTURE = 'Posture check every (minutes)';
const REST = 'Rest between sets (seconds)';
const AWAY = 'A break away from the desk ends the block after (minutes)';

async function stored(): Promise<Settings> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
}

async function storedHistory(): Promise<History> {
  return historyItem.getValue();
}

async function open(settings?: unknown): Promise<void> {
  if (settings !== undefined) await fakeBrowser.storage.sync.set({ settings });
  render(<Options />);
  await screen.findByLabelText(BLOCK);
  // The routine list follows once the person's own exercises are read.
  await screen.findByRole('list', { name: /^Exercises in the/ });
}

function onIds(entries: Settings['routines']['full']): string[] {
  return entries.filter((e) => e.on).map((e) => e.id);
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
}

/** The text of whatever a control points to as its description. */
function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The "Saved" or error line that belongs to a control's field. */
function messageOf(control: HTMLElement): string {
  return control.closest('.field')?.querySelector('.field-message')?.textContent ?? '';
}

function type(label: string, text: string): HTMLInputElement {
  const input = field(label);
  fireEvent.input(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
  return input;
}

/** Makes the page's messages reach a background that handles them as the real one does. */
function answerLikeTheBackground(refuse?: string) {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown): Promise<Reply> => {
    received.push(message);
    if (refuse && (message as { type?: unknown }).type === 'importBackup') return { ok: false, error: refuse };
    return handleMessage(message, undefined);
  });
  return received;
}

function chooseFile(text: string, name = 'backup.json') {
  const input = field('Import from a file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

beforeEach(() => {
  downloads.length = 0;
});

afterEach(cleanup);

describe('options page: sitting', () => {
  it('shows the stored values under their visible labels', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45, postureMinutes: 15 });
    expect(field(BLOCK).value).toBe('45');
    expect(field(POSTURE).value).toBe('15');
    expect(screen.getByRole('heading', { name: 'Sitting' })).toBeTruthy();
    expect(screen.getByText(/Start with blocks of about 30 minutes/)).toBeTruthy();
    expect(screen.getByText(/slightly softer ball is easier/)).toBeTruthy();
  });

  it('saves a valid block length at once and says "Saved" next to it', async () => {
    await open();
    const input = type(BLOCK, '45');
    await waitFor(async () => expect((await stored()).blockMinutes).toBe(45));
    await waitFor(() => expect(messageOf(input)).toBe('Saved'));
    expect(messageOf(field(POSTURE))).toBe('');
  });

  it.each([
    ['-5', '-5 is out of range'],
    ['0', '0 is out of range'],
    ['', 'Enter a whole number from 1 to 240.'],
    ['abc', '"abc" is not a number'],
    ['4.5', 'Use a whole number without decimals'],
    ['99999999999', '99999999999 is out of range'],
  ])('refuses a block of %j next to the field and keeps the stored 45', async (typed, message) => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    const input = type(BLOCK, typed);
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain(message);
    expect(messageOf(input)).toContain(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await stored()).blockMinutes).toBe(45);
  });

  it('refuses a posture interval over 120 and saves one within range', async () => {
    await open();
    const input = type(POSTURE, '121');
    expect(description(input)).toContain('121 is out of range. Enter a whole number from 1 to 120.');
    type(POSTURE, '15');
    await waitFor(async () => expect((await stored()).postureMinutes).toBe(15));
    await waitFor(() => expect(messageOf(input)).toBe('Saved'));
  });

  it('switches posture checks off, and the interval field with them', async () => {
    await open();
    const toggle = field('Posture checks while I sit');
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await stored()).postureEnabled).toBe(false));
    await waitFor(() => expect(field(POSTURE).disabled).toBe(true));
    await waitFor(() => expect(messageOf(toggle)).toBe('Saved'));
  });

  it('says that a running block keeps its length when the length changes', async () => {
    const now = Date.now();
    const session: Session = {
      ...OFF,
      phase: 'sitting',
      block: { startedAt: now, endsAt: now + 30 * 60_000, lengthMinutes: 30, pausedMs: 0, nextPostureAt: null },
    };
    await fakeBrowser.storage.local.set({ session });
    await open();
    const input = field(BLOCK);
    expect(screen.queryByText(/The block running now/)).toBeNull();
    expect(description(input)).toContain('A new length applies from the next block.');
    type(BLOCK, '45');
    expect(await screen.findByText('The block running now keeps its 30 minutes.')).toBeTruthy();
    expect(description(input)).toContain('keeps its 30 minutes');
    expect((await fakeBrowser.storage.local.get('session')).session).toEqual(session);
  });

  it('follows settings and a block stored elsewhere while it is open', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    expect(field(BLOCK).value).toBe('45');
    // Another browser syncs a new length, then a block starts from the popup.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, blockMinutes: 50 } });
    await waitFor(() => expect(field(BLOCK).value).toBe('50'));
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      session: {
        ...OFF,
        phase: 'sitting',
        block: { startedAt: now, endsAt: now + 20 * 60_000, lengthMinutes: 20, pausedMs: 0, nextPostureAt: null },
      } satisfies Session,
    });
    expect(await screen.findByText('The block running now keeps its 20 minutes.')).toBeTruthy();
  });

  it('does not mention a running block when none runs', async () => {
    await open();
    type(BLOCK, '45');
    await waitFor(async () => expect((await stored()).blockMinutes).toBe(45));
    expect(screen.queryByText(/The block running now/)).toBeNull();
  });
});

describe('options page: stretch breaks', () => {
  it('lists every exercise of the full break in order, with a preview, the wall squat advanced and off', async () => {
    await open();
    const list = screen.getByRole('list', { name: 'Exercises in the Full break' });
    const names = within(list)
      .getAllByRole('checkbox')
      .map((box) => [box.closest('label')?.textContent, (box as HTMLInputElement).checked]);
    expect(names).toEqual([
      ['Ball plank', true],
      ['Ball spinal rotation', true],
      ["Modified child's pose", true],
      ['Wall squat with ballAdvanced', false],
    ]);
    const preview = within(list).getByText('Preview', { selector: '[aria-label="Preview Ball plank"]' });
    expect(preview.closest('details')?.textContent).toContain('3 sets of 25\u00a0s');
    expect(screen.getByText(/stop any stretch that hurts/)).toBeTruthy();
  });

  it('refuses to switch every exercise of a break off and keeps the last one stored', async () => {
    await open();
    fireEvent.click(field('Ball plank'));
    await waitFor(async () => expect(onIds((await stored()).routines.full)).toEqual(['rotation', 'child-pose']));
    fireEvent.click(field('Ball spinal rotation'));
    await waitFor(async () => expect(onIds((await stored()).routines.full)).toEqual(['child-pose']));
    fireEvent.click(field("Modified child's pose"));
    await screen.findByText('Switch on at least one exercise for this break.');
    expect(onIds((await stored()).routines.full)).toEqual(['child-pose']);
  });

  it('saves a change to the quick break while a change to the full one stands refused', async () => {
    await open();
    fireEvent.click(field('Ball plank'));
    fireEvent.click(field('Ball spinal rotation'));
    fireEvent.click(field("Modified child's pose"));
    await screen.findByText('Switch on at least one exercise for this break.');
    await waitFor(async () => expect(onIds((await stored()).routines.full)).toEqual(['child-pose']));
    fireEvent.click(screen.getByRole('radio', { name: /Quick break/ }));
    const quick = screen.getByRole('list', { name: 'Exercises in the Quick break' });
    fireEvent.click(within(quick).getByRole('checkbox', { name: /^Ball plank/ }));
    await waitFor(async () =>
      expect(onIds((await stored()).routines.quick)).toEqual(['rotation', 'child-pose', 'plank']),
    );
    expect(onIds((await stored()).routines.full)).toEqual(['child-pose']);
  });

  it('saves the rest between sets, where 0 is allowed and 121 is not', async () => {
    await open();
    type(REST, '121');
    expect(field(REST).getAttribute('aria-invalid')).toBe('true');
    type(REST, '0');
    await waitFor(async () => expect((await stored()).restSeconds).toBe(0));
  });

  it('saves the sound cues switch', async () => {
    await open();
    fireEvent.click(field('Sound cues during a break'));
    await waitFor(async () => expect((await stored()).soundCues).toBe(true));
  });
});

describe('options page: away and schedule', () => {
  it('saves pausing when away and how long away ends a block', async () => {
    await open();
    fireEvent.click(field('Pause the block when I step away'));
    await waitFor(async () => expect((await stored()).pauseWhenAway).toBe(false));
    await waitFor(() => expect(field(AWAY).disabled).toBe(true));
    fireEvent.click(field('Pause the block when I step away'));
    await waitFor(() => expect(field(AWAY).disabled).toBe(false));
    type(AWAY, '0');
    expect(description(field(AWAY))).toContain('0 is out of range');
    type(AWAY, '20');
    await waitFor(async () => expect((await stored()).awayEndsBlockMinutes).toBe(20));
  });

  it('switches working hours on and saves a new end of day', async () => {
    await open();
    fireEvent.click(field('Remind me only during working days and hours'));
    await waitFor(async () => expect((await stored()).schedule.enabled).toBe(true));
    const end = field('Working day ends');
    fireEvent.input(end, { target: { value: '18:30' } });
    await waitFor(async () => expect((await stored()).schedule.end).toBe('18:30'));
    await waitFor(() => expect(messageOf(end)).toBe('Saved'));
    fireEvent.click(field('Switch "On ball" off when the working day ends'));
    await waitFor(async () => expect((await stored()).schedule.offAtEnd).toBe(true));
  });

  it('refuses a working day that ends before it starts, next to the end', async () => {
    await open();
    const end = field('Working day ends');
    fireEvent.input(end, { target: { value: '08:00' } });
    await screen.findByText('The working day must end after it starts.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(description(end)).toBe('The working day must end after it starts.');
    expect((await stored())?.schedule.end ?? DEFAULT_SETTINGS.schedule.end).toBe('17:00');
    const start = field('Working day starts');
    fireEvent.input(start, { target: { value: '07:00' } });
    await waitFor(async () => expect((await stored()).schedule).toMatchObject({ start: '07:00', end: '08:00' }));
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBeNull());
    expect(messageOf(start)).toBe('Saved');
  });

  it('refuses a cleared time', async () => {
    await open();
    const start = field('Working day starts');
    fireEvent.input(start, { target: { value: '' } });
    // The example is written as the reader's time field shows it: 12-hour in English.
    expect(description(start)).toMatch(/^Enter a time, for example 9:00\sAM\.$/);
  });

  it('refuses to leave no working day and keeps the stored days', async () => {
    await open({ ...DEFAULT_SETTINGS, schedule: { ...DEFAULT_SETTINGS.schedule, days: [5] } });
    const friday = field('Friday');
    fireEvent.click(friday);
    await screen.findByText('Choose at least one working day.');
    expect(friday.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).schedule.days).toEqual([5]);

    // The schedule cannot be switched on while it has no day.
    const enabled = field('Remind me only during working days and hours');
    fireEvent.click(enabled);
    await waitFor(() => expect(messageOf(enabled)).toBe('Choose at least one working day.'));
    expect(enabled.checked).toBe(false);
    expect((await stored()).schedule.enabled).toBe(false);

    fireEvent.click(field('Saturday'));
    await waitFor(async () => expect((await stored()).schedule.days).toEqual([6]));
    await waitFor(() => expect(friday.getAttribute('aria-invalid')).toBeNull());
  });
});

describe('options page: notifications', () => {
  it.each([
    ['Keep reminders on screen until I dismiss them', 'keepOnScreen', true],
    ['Silent reminders', 'silent', true],
    ['Show the minutes left on the toolbar icon', 'badge', false],
    ['Hold reminders while a window is full screen', 'holdInFullScreen', false],
    ['A quiet heads-up a minute before the block ends', 'headsUp', true],
    ['Space out posture checks when they look good', 'adaptPosture', false],
  ] as const)('saves "%s"', async (label, key, expected) => {
    await open();
    const box = field(label);
    fireEvent.click(box);
    await waitFor(async () => expect((await stored())[key]).toBe(expected));
    await waitFor(() => expect(messageOf(box)).toBe('Saved'));
  });
});

describe('options page: stored values that were tampered with', () => {
  it('shows the defaults in their place, says so, and repairs the store', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: -3, breaks: 'all of them', postureMinutes: 15 });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Some stored settings could not be used and were reset to their defaults: Sitting block (minutes) and Stretches in a break.',
    );
    expect(field(BLOCK).value).toBe('30');
    expect(field(POSTURE).value).toBe('15');
    await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, postureMinutes: 15 }));
  });

  it('says so when what is stored is no settings at all, and stores the defaults', async () => {
    await open('garbage');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your stored settings could not be read and were reset to their defaults.');
    expect(field(BLOCK).value).toBe('30');
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
  });

  it('shows no such notice when the store is sound', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('options page: reset to defaults', () => {
  it('asks first; Escape cancels and changes nothing', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    const reset = screen.getByRole('button', { name: 'Reset settings to defaults' });
    fireEvent.click(reset);
    const question = screen.getByText('Reset every setting to its default? Your history is kept.');
    await waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.keyDown(question, { key: 'Escape' });
    expect(screen.queryByText(/Reset every setting/)).toBeNull();
    expect(document.activeElement).toBe(reset);
    expect((await stored()).blockMinutes).toBe(45);
  });

  it('Cancel changes nothing', async () => {
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await stored()).blockMinutes).toBe(45);
  });

  it('resets every setting after confirmation, keeps the history and drops typed errors', async () => {
    const history = { [dayKey(Date.now())]: { ...emptyDay(), blocksCompleted: 2 } };
    await storeDays(history);
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45, silent: true, breaks: ['plank'] });
    type(POSTURE, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    await screen.findByText('Your settings are back to their defaults.');
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect(await storedHistory()).toEqual(history);
    await waitFor(() => expect(field(BLOCK).value).toBe('30'));
    expect(field(POSTURE).getAttribute('aria-invalid')).toBeNull();
    expect(field('Silent reminders').checked).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset settings to defaults' }));
  });
});

describe('options page: export and import', () => {
  const today = dayKey(Date.now());
  const history: History = { [today]: { ...emptyDay(), satSeconds: 1800, blocksCompleted: 1 } };
  const fileSettings: Settings = { ...DEFAULT_SETTINGS, blockMinutes: 50, breaks: ['plank', 'wall-squat'] };
  const backupFile = () => JSON.stringify(makeBackup(fileSettings, [], history, Date.now()));

  it('exports settings and history as a marked, versioned JSON file', async () => {
    await storeDays(history);
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings and history' }));
    await screen.findByText('Exported your settings and 1 day of history.');
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toMatch(/^On the Ball backup \d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(download?.text ?? '');
    expect(data).toMatchObject({ format: BACKUP_FORMAT, version: 1, history });
    expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
  });

  it('imports a backup after confirmation: settings replaced, history merged', async () => {
    const received = answerLikeTheBackground();
    const yesterday = dayKey(Date.now() - 86_400_000);
    const mine = { [yesterday]: { ...emptyDay(), breaksCompleted: 3 } };
    await storeDays(mine);
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    chooseFile(backupFile());
    const question = await screen.findByText(/This file holds settings and 1 day of history, exported on/);
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(received).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported the settings and 1 day of history.');
    expect(await stored()).toEqual(fileSettings);
    expect(await storedHistory()).toEqual({ ...mine, ...history });
    await waitFor(() => expect(field(BLOCK).value).toBe('50'));
    expect(field('Import from a file').getAttribute('aria-invalid')).toBeNull();
  });

  it('changes nothing when the import is cancelled', async () => {
    const received = answerLikeTheBackground();
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    chooseFile(backupFile());
    await screen.findByText(/This file holds settings/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/This file holds settings/)).toBeNull();
    expect(received).toEqual([]);
    expect((await stored()).blockMinutes).toBe(45);
    expect(document.activeElement).toBe(field('Import from a file'));
  });

  it.each([
    ['malformed JSON', '{"format": "on-the-ball-backup", "version": 1,', 'This file is not readable JSON'],
    ['a foreign file', JSON.stringify({ name: 'something else' }), 'This file is not an On the Ball backup.'],
    [
      'a newer version',
      JSON.stringify({ ...JSON.parse(JSON.stringify(makeBackup(DEFAULT_SETTINGS, [], {}, 0))), version: 2 }),
      'This backup comes from a newer version of On the Ball (format 2). Update the extension, then import it again.',
    ],
    [
      'unusable settings',
      JSON.stringify(makeBackup({ ...DEFAULT_SETTINGS, blockMinutes: -1 }, [], {}, Date.now())),
      'This backup holds unusable settings (Sitting block (minutes)).',
    ],
    [
      'unreadable history',
      JSON.stringify(
        makeBackup(
          DEFAULT_SETTINGS,
          [],
          { '2026-03-12': { ...emptyDay(), satSeconds: -5 }, yesterday: emptyDay() },
          Date.UTC(2026, 3, 1),
        ),
      ),
      'This backup holds unreadable history (Thu, Mar 12, 2026 and yesterday).',
    ],
    [
      'an incomplete backup',
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: new Date().toISOString() }),
      'This backup is damaged or incomplete.',
    ],
  ])('refuses %s with a message, and nothing changes', async (_, text, message) => {
    const received = answerLikeTheBackground();
    await storeDays(history);
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    chooseFile(text);
    const shown = await screen.findByText(new RegExp(message.replace(/[.()]/g, '\\$&')));
    expect(shown.textContent).toContain('Nothing was changed.');
    const input = field('Import from a file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain(message);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(received).toEqual([]);
    expect((await stored()).blockMinutes).toBe(45);
    expect(await storedHistory()).toEqual(history);
  });

  it('refuses a backup dated later than this computer allows, naming its date, and nothing changes', async () => {
    const received = answerLikeTheBackground();
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    const ahead = Date.now() + 3 * 86_400_000;
    chooseFile(JSON.stringify(makeBackup(DEFAULT_SETTINGS, [], {}, ahead)));
    const shown = await screen.findByText(/^This backup is dated/);
    expect(shown.textContent).toBe(
      `This backup is dated ${formatDateTime(ahead)}, which is later than the clock on this computer. ` +
        'Check the date and time here, then import it again. Nothing was changed.',
    );
    expect(field('Import from a file').getAttribute('aria-invalid')).toBe('true');
    expect(received).toEqual([]);
    expect((await stored()).blockMinutes).toBe(45);
  });

  describe('with own exercises', () => {
    const bird: CustomExercise = {
      id: 'custom-bird',
      name: 'Bird dog',
      steps: 'Kneel\nReach out',
      kind: 'hold',
      amount: 10,
      sets: 2,
      perSide: true,
      progression: null,
    };
    const withBird = { ...fileSettings, routines: withCustomAdded(fileSettings.routines, bird) };
    const ownBackupFile = () => JSON.stringify(makeBackup(withBird, [bird], history, Date.now()));
    const storedOwn = async () => (await fakeBrowser.storage.sync.get('custom-bird'))['custom-bird'];

    it('hands them to the background with the rest, which stores them, and lists them in the routine', async () => {
      const received = answerLikeTheBackground();
      await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
      chooseFile(ownBackupFile());
      fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
      await screen.findByText('Imported the settings and 1 day of history.');
      expect(received[0]).toMatchObject({ type: 'importBackup', customExercises: [bird], settings: withBird, history });
      expect(await storedOwn()).toEqual(bird);
      const list = await screen.findByRole('list', { name: 'Exercises in the Full break' });
      await within(list).findByRole('checkbox', { name: 'Bird dog Your own' });
    });

    it('keeps the ones stored when the file was made before own exercises existed', async () => {
      const received = answerLikeTheBackground();
      await fakeBrowser.storage.sync.set({ 'custom-bird': bird });
      await open({ ...withBird, blockMinutes: 45 });
      const { customExercises: _, ...older } = makeBackup(fileSettings, [], history, Date.now());
      chooseFile(JSON.stringify(older));
      fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
      await screen.findByText('Imported the settings and 1 day of history.');
      expect(received[0]).toMatchObject({ type: 'importBackup', customExercises: [bird] });
      expect(await storedOwn()).toEqual(bird);
      expect((await stored()).blockMinutes).toBe(fileSettings.blockMinutes);
    });

    it.each([
      ['adds the file’s to none', [], [bird], ' It also adds 1 own exercise.'],
      ['replaces the ones made here', [bird], [bird], ' Its 1 own exercise replaces the ones you made.'],
      ['deletes the ones made here', [bird], [], ' It holds no own exercises, so importing deletes the 1 you made.'],
      ['says nothing when neither has any', [], [], ''],
    ])('asks before an import that %s', async (_, here: CustomExercise[], inFile: CustomExercise[], sentence) => {
      answerLikeTheBackground();
      await fakeBrowser.storage.sync.set(Object.fromEntries(here.map((e) => [e.id, e])));
      await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
      const at = Date.now();
      chooseFile(JSON.stringify(makeBackup(fileSettings, inFile, history, at)));
      const question = await screen.findByText(/^This file holds settings/);
      expect(question.textContent).toBe(
        `This file holds settings and 1 day of history, exported on ${formatDateTime(at)}. ` +
          `Importing replaces your current settings and adds its history to yours.${sentence}`,
      );
    });

    it('names an unusable one in the file as the person named it, and imports nothing', async () => {
      const received = answerLikeTheBackground();
      await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
      chooseFile(JSON.stringify(makeBackup(withBird, [{ ...bird, amount: 0 }], history, Date.now())));
      const shown = await screen.findByText(/^This file has exercises that cannot be used/);
      expect(shown.textContent).toBe(
        `This file has exercises that cannot be used (${isolate('Bird dog')}), so nothing was imported.`,
      );
      expect(received).toEqual([]);
      expect(await storedOwn()).toBeUndefined();
    });

    it('stores none of them when the background refuses the import', async () => {
      answerLikeTheBackground('Own exercise "custom-bird" has unusable values: amount.');
      await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
      chooseFile(ownBackupFile());
      fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
      await screen.findByText(
        'The import failed: Own exercise "custom-bird" has unusable values: amount. Nothing was changed.',
      );
      expect(await storedOwn()).toBeUndefined();
      expect((await stored()).blockMinutes).toBe(45);
      expect(screen.queryByRole('checkbox', { name: 'Bird dog Your own' })).toBeNull();
    });
  });

  it('keeps the settings when the background refuses the history', async () => {
    answerLikeTheBackground('History has unreadable days: 2026-01-01.');
    await open({ ...DEFAULT_SETTINGS, blockMinutes: 45 });
    chooseFile(backupFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('The import failed: History has unreadable days: 2026-01-01. Nothing was changed.');
    expect((await stored()).blockMinutes).toBe(45);
  });
});

describe('options page: keyboard and structure', () => {
  it('has the five sections as headed regions', async () => {
    await open();
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Sitting', 'Stretch breaks', 'Away and schedule', 'Notifications', 'Your data']);
  });

  it('uses only native, focusable controls in document order', async () => {
    await open();
    const controls = Array.from(document.querySelectorAll<HTMLElement>('input, button'));
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      expect(control.tabIndex).toBe(0);
      const name = control instanceof HTMLInputElement ? control.labels?.[0]?.textContent : control.textContent;
      expect(name?.trim()).toBeTruthy();
    }
  });

  it('saves with Enter and takes a typed value back with Escape', async () => {
    await open();
    const block = field(BLOCK);
    fireEvent.input(block, { target: { value: '7.5' } });
    fireEvent.keyDown(block, { key: 'Escape' });
    expect(block.value).toBe('30');
    expect(block.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(block, { target: { value: '40' } });
    fireEvent.keyDown(block, { key: 'Enter' });
    await waitFor(async () => expect((await stored()).blockMinutes).toBe(40));
  });

  it('names each routine by itself and reads what it is for as its description', async () => {
    await open();
    const group = screen.getByRole('group', { name: 'Routine to change' });
    const full = within(group).getByRole('radio', { name: 'Full break' }) as HTMLInputElement;
    const quick = within(group).getByRole('radio', { name: 'Quick break' }) as HTMLInputElement;
    expect([full.checked, quick.checked]).toEqual([true, false]);
    expect(description(full)).toBe('What "Start stretch break" runs.');
    expect(description(quick)).toBe('A short break for busy days.');
  });

  it('reorders the quick break with the move buttons alone, focus staying on the moved exercise', async () => {
    await open();
    fireEvent.click(screen.getByRole('radio', { name: /Quick break/ }));
    const list = screen.getByRole('list', { name: 'Exercises in the Quick break' });
    const down = within(list).getByRole('button', { name: 'Move Ball spinal rotation down' });
    down.focus();
    fireEvent.click(down);
    await waitFor(async () =>
      expect((await stored()).routines.quick.map((e) => e.id)).toEqual([
        'child-pose',
        'rotation',
        'plank',
        'wall-squat',
      ]),
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Ball spinal rotation down');
    fireEvent.click(within(list).getByRole('button', { name: 'Move Ball spinal rotation up' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Move Ball spinal rotation up' }) as HTMLElement);
    await waitFor(async () => expect((await stored()).routines.quick[0]?.id).toBe('rotation'));
    // At the top "up" is disabled, so focus moves to its other button rather than being lost.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Ball spinal rotation down');
    expect(screen.getByText('Ball spinal rotation moved to place 1 of 4.')).toBeTruthy();
    expect((await stored()).routines.full.map((e) => e.id)).toEqual(['plank', 'rotation', 'child-pose', 'wall-squat']);
  });

  it('keeps an exercise a newer version synced in, unlisted, through a reorder', async () => {
    const newer = { id: 'neck-roll', on: true, sets: 2 };
    const full = [...DEFAULT_SETTINGS.routines.full, newer];
    await open({ ...DEFAULT_SETTINGS, routines: { ...DEFAULT_SETTINGS.routines, full } });
    expect(screen.queryByRole('alert')).toBeNull();
    const list = screen.getByRole('list', { name: 'Exercises in the Full break' });
    expect(list.querySelectorAll(':scope > li')).toHaveLength(4);
    fireEvent.click(within(list).getByRole('button', { name: 'Move Ball plank down' }));
    await waitFor(async () =>
      expect((await stored()).routines.full.map((e) => e.id)).toEqual([
        'rotation',
        'plank',
        'child-pose',
        'wall-squat',
        'neck-roll',
      ]),
    );
    expect((await stored()).routines.full.at(-1)).toEqual(newer);
    expect((await stored()).routines.quick).toEqual(DEFAULT_SETTINGS.routines.quick);
  });

  it('never offers more sets of a built-in exercise than its dose from the source', async () => {
    await open();
    const sets = screen.getByRole('combobox', { name: 'Sets of Ball plank' }) as HTMLSelectElement;
    expect([...sets.options].map((o) => o.value)).toEqual(['1', '2', '3']);
    fireEvent.change(sets, { target: { value: '2' } });
    await waitFor(async () => expect((await stored()).routines.full[0]).toEqual({ id: 'plank', on: true, sets: 2 }));
  });

  it('reads the sets a reader picks in Arabic-Indic digits as the number shown', async () => {
    const messages = await catalogueMessages('ar');
    const say = messageReader(messages);
    showCatalogue(messages, 'ar-EG');
    try {
      render(<Options />);
      const sets = (await screen.findByRole('combobox', {
        name: say('routine_setsOf', [say('exercise_plank_name')]),
      })) as HTMLSelectElement;
      expect([...sets.options].map((o) => o.text)).toEqual(['١', '٢', '٣']);
      expect(sets.selectedOptions[0]?.text).toBe('٣');
      fireEvent.change(sets, { target: { value: sets.options[1]?.value } });
      await waitFor(async () => expect((await stored()).routines.full[0]).toEqual({ id: 'plank', on: true, sets: 2 }));
    } finally {
      await useLocale('en');
    }
  });
});
