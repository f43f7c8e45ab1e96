import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import type { Settings } from '@/utils/domain/settings';

async function open(): Promise<void> {
  render(<Options />);
  await screen.findByRole('list', { name: 'Exercises in the Full break' });
}

async function storedOwn(): Promise<CustomExercise[]> {
  const all = await fakeBrowser.storage.sync.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('custom-'))
    .map(([, value]) => value as CustomExercise);
}

async function storedRoutines(): Promise<Settings['routines']> {
  return ((await fakeBrowser.storage.sync.get('settings')).settings as Settings).routines;
}

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
}

function type(label: string, text: string): void {
  fireEvent.input(input(label), { target: { value: text } });
}

/** The text of whatever a control points to as its description. */
function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openForm(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Add exercise' }));
  await screen.findByRole('heading', { name: 'New exercise' });
}

function save(): void {
  fireEvent.submit(screen.getByRole('button', { name: 'Save exercise' }).closest('form') as HTMLFormElement);
}

afterEach(cleanup);

describe('adding your own exercise', () => {
  it('offers a growing hold only for holds, and says how it grows', async () => {
    await open();
    await openForm();
    const grows = input('Let the hold grow as tolerated');
    expect(description(grows)).toBe(
      'After each break you say how it felt. Easy adds a step, too hard takes one away, never past the most you set.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Repetitions' }));
    expect(screen.queryByLabelText('Let the hold grow as tolerated')).toBeNull();
  });

  it('refuses every invalid field next to it, focuses the first, and stores nothing', async () => {
    await open();
    await openForm();
    type('Name', 'x'.repeat(61));
    type('Hold (seconds)', '30s');
    type('Number of sets', '11');
    fireEvent.click(input('Let the hold grow as tolerated'));
    type('Step (seconds)', '12');
    type('Longest hold (seconds)', '20');
    save();
    await screen.findByText('Please fix the fields marked below; nothing was saved.');
    expect(description(input('Name'))).toContain('Too long: please keep to 60 characters (now 61).');
    expect(description(input('Hold (seconds)'))).toContain('Please type a whole number from 5 to 300.');
    expect(description(input('Number of sets'))).toContain('Please type a whole number from 1 to 10.');
    expect(description(input('Step (seconds)'))).toContain('Please type a whole number from 1 to 10.');
    expect(input('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('Name'));
    expect(await storedOwn()).toEqual([]);

    type('Name', 'Pelvic tilt');
    type('Hold (seconds)', '30');
    type('Number of sets', '2');
    type('Step (seconds)', '5');
    save();
    await screen.findByText('The longest hold must be more than the hold you start with.');
    expect(await storedOwn()).toEqual([]);
  });

  it('stores a valid one, shows its name as typed, and adds it to both routines', async () => {
    await open();
    await openForm();
    const name = '<img src=x onerror=alert(1)> 🧘 تمرين';
    type('Name', name);
    type('How to do it (one step a line, optional)', 'Lie on your back\nTilt the pelvis');
    fireEvent.click(screen.getByLabelText('Repetitions'));
    type('Repetitions per set', '12');
    fireEvent.click(input('Do each set on the left side and then on the right'));
    save();
    await screen.findByText(`"${name}" is saved.`);
    const [stored] = await storedOwn();
    expect(stored).toMatchObject({ name, kind: 'reps', amount: 12, sets: 3, perSide: true, progression: null });
    const routines = await storedRoutines();
    expect(routines.full.at(-1)).toEqual({ id: stored?.id, on: true, sets: 3 });
    expect(routines.quick.at(-1)).toEqual({ id: stored?.id, on: false, sets: 1 });

    const list = screen.getByRole('list', { name: 'Exercises in the Full break' });
    await within(list).findByRole('checkbox', { name: `${name} Your own` });
    expect(document.querySelector('.routine-list img')).toBeNull();
    fireEvent.click(within(list).getByText('Preview', { selector: `[aria-label="Preview ${name}"]` }));
    expect(within(list).getByText('3 sets of 12 repetitions on each side')).toBeTruthy();
    expect(within(list).getByText(/come from you, not from On the Ball/)).toBeTruthy();
  });

  it('changes one without losing it, and deletes one only after asking', async () => {
    await open();
    await openForm();
    type('Name', 'Bird dog');
    save();
    await screen.findByText('"Bird dog" is saved.');

    fireEvent.click(screen.getByRole('button', { name: 'Change Bird dog' }));
    await screen.findByRole('heading', { name: 'Change Bird dog' });
    expect(input('Name').value).toBe('Bird dog');
    type('Hold (seconds)', '500');
    save();
    await screen.findByText('Please type a whole number from 5 to 300.');
    expect((await storedOwn())[0]?.amount).toBe(30);
    type('Hold (seconds)', '45');
    save();
    await waitFor(async () => expect((await storedOwn())[0]?.amount).toBe(45));

    fireEvent.click(screen.getByRole('button', { name: 'Delete Bird dog' }));
    await screen.findByText('Delete "Bird dog"? Its days stay in your progress.');
    expect(await storedOwn()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await storedOwn()).toEqual([]));
    expect((await storedRoutines()).full.map((e) => e.id)).toEqual(['plank', 'rotation', 'child-pose', 'wall-squat']);
  });

  it('offers no more than twenty', async () => {
    const own = (n: number): CustomExercise => ({
      id: `custom-${n}`,
      name: `Exercise ${n}`,
      steps: '',
      kind: 'hold',
      amount: 30,
      sets: 1,
      perSide: false,
      progression: null,
    });
    await fakeBrowser.storage.sync.set(
      Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`custom-${n}`, own(n)])),
    );
    await open();
    await screen.findByText('Your exercises: 20 of at most 20');
    expect((screen.getByRole('button', { name: 'Add exercise' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/You have as many exercises as there can be \(20\)/)).toBeTruthy();
  });
});
