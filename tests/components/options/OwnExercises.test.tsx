import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import type { Settings } from '@/utils/domain/settings';
import { isolate } from '@/utils/i18n/isolate';

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

function own(n: number): CustomExercise {
  return {
    id: `custom-${n}`,
    name: `Exercise ${n}`,
    steps: '',
    kind: 'hold',
    amount: 30,
    sets: 1,
    perSide: false,
    progression: null,
  };
}

/** Stores "Exercise 0" to "Exercise n-1", as if added before the page opened. */
async function storeOwn(count: number): Promise<void> {
  await fakeBrowser.storage.sync.set(
    Object.fromEntries(Array.from({ length: count }, (_, n) => [`custom-${n}`, own(n)])),
  );
}

function button(name: string): HTMLElement {
  return screen.getByRole('button', { name });
}

function form(): HTMLFormElement | null {
  return document.querySelector('form.custom-form');
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
    await screen.findByText('Please fix the fields marked above; nothing was saved.');
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
    await screen.findByRole('heading', { name: `Change ${isolate('Bird dog')}` });
    expect(input('Name').value).toBe('Bird dog');
    type('Hold (seconds)', '500');
    save();
    await screen.findByText('Please type a whole number from 5 to 300.');
    expect((await storedOwn())[0]?.amount).toBe(30);
    type('Hold (seconds)', '45');
    save();
    await waitFor(async () => expect((await storedOwn())[0]?.amount).toBe(45));

    fireEvent.click(screen.getByRole('button', { name: 'Delete Bird dog' }));
    await screen.findByText(`Delete "${isolate('Bird dog')}"? Its days stay in your progress.`);
    expect(await storedOwn()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await storedOwn()).toEqual([]));
    expect((await storedRoutines()).full.map((e) => e.id)).toEqual(['plank', 'rotation', 'child-pose', 'wall-squat']);
  });

  it('closes the form of one deleted while it was open, so saving cannot bring it back', async () => {
    await storeOwn(2);
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Change Exercise 1' }));
    await screen.findByRole('heading', { name: `Change ${isolate('Exercise 1')}` });
    fireEvent.click(button('Delete Exercise 1'));
    fireEvent.click(button('Delete'));
    await waitFor(async () => expect((await storedOwn()).map((e) => e.id)).toEqual(['custom-0']));
    expect(form()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save exercise' })).toBeNull();
    expect((await storedRoutines()).full.map((e) => e.id)).not.toContain('custom-1');
  });

  it('switches the defaults back on in a break left with nothing on, says so, and leaves the other break', async () => {
    await storeOwn(1);
    const full = [
      { id: 'plank', on: false, sets: 3 },
      { id: 'rotation', on: false, sets: 3 },
      { id: 'child-pose', on: false, sets: 3 },
      { id: 'wall-squat', on: false, sets: 2 },
      { id: 'custom-0', on: true, sets: 1 },
    ];
    const quick = [
      { id: 'rotation', on: true, sets: 1 },
      { id: 'child-pose', on: true, sets: 1 },
      { id: 'plank', on: true, sets: 1 },
      { id: 'wall-squat', on: false, sets: 1 },
      { id: 'custom-0', on: false, sets: 1 },
    ];
    await fakeBrowser.storage.sync.set({ settings: { routines: { full, quick } } });
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Exercise 0' }));
    fireEvent.click(button('Delete'));
    await screen.findByText(
      '"Exercise 0" is deleted. It was the only exercise switched on in a break, so that break\'s default exercises are on again.',
    );
    const routines = await storedRoutines();
    expect(routines.full.filter((e) => e.on).map((e) => e.id)).toEqual(['plank', 'rotation', 'child-pose']);
    expect(routines.quick).toEqual(quick.slice(0, 4));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no more than twenty', async () => {
    await storeOwn(20);
    await open();
    await screen.findByText('Your exercises: 20 of at most 20');
    const add = screen.getByRole('button', { name: 'Add exercise' });
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(description(add)).toBe('You have as many exercises as there can be (20). Delete one to add another.');
    fireEvent.click(add);
    expect(form()).toBeNull();
  });
});

describe('keyboard focus in your own exercises', () => {
  it('moves into the form when it opens, and back to "Add exercise" on Cancel, Escape or Save', async () => {
    await open();
    await openForm();
    const heading = screen.getByRole('heading', { name: 'New exercise' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(button('Cancel'));
    expect(form()).toBeNull();
    expect(document.activeElement).toBe(button('Add exercise'));

    await openForm();
    fireEvent.keyDown(input('Name'), { key: 'Escape' });
    expect(form()).toBeNull();
    expect(document.activeElement).toBe(button('Add exercise'));

    await openForm();
    type('Name', 'Bird dog');
    save();
    await screen.findByText('"Bird dog" is saved.');
    expect(form()).toBeNull();
    expect(document.activeElement).toBe(button('Add exercise'));
  });

  it('keeps focus on "Add exercise" once the twentieth is saved', async () => {
    await storeOwn(19);
    await open();
    await openForm();
    type('Name', 'Bird dog');
    save();
    await screen.findByText('"Bird dog" is saved.');
    await screen.findByText('Your exercises: 20 of at most 20');
    const add = button('Add exercise');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(add);
  });

  it('leaves the form open for an Escape a field keeps for itself', async () => {
    await open();
    await openForm();
    // An input method ends its composition with Escape.
    fireEvent.keyDown(input('Name'), { key: 'Escape', isComposing: true });
    expect(form()).not.toBeNull();
    const steps = input('How to do it (one step a line, optional)');
    steps.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(steps, { key: 'Escape' });
    expect(form()).not.toBeNull();
  });

  it('goes back to the "Change" button of the exercise changed', async () => {
    await storeOwn(2);
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Change Exercise 1' }));
    const heading = await screen.findByRole('heading', { name: `Change ${isolate('Exercise 1')}` });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.keyDown(input('Name'), { key: 'Escape' });
    expect(form()).toBeNull();
    expect(document.activeElement).toBe(button('Change Exercise 1'));

    fireEvent.click(button('Change Exercise 1'));
    await screen.findByRole('heading', { name: `Change ${isolate('Exercise 1')}` });
    type('Hold (seconds)', '45');
    save();
    await screen.findByText('"Exercise 1" is saved.');
    expect(form()).toBeNull();
    expect(document.activeElement).toBe(button('Change Exercise 1'));
  });

  it('goes back to "Delete" when deleting is called off, and to a neighbour once it is done', async () => {
    await storeOwn(3);
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Exercise 1' }));
    fireEvent.click(button('Cancel'));
    expect(document.activeElement).toBe(button('Delete Exercise 1'));
    fireEvent.click(button('Delete Exercise 1'));
    fireEvent.keyDown(screen.getByText(`Delete "${isolate('Exercise 1')}"? Its days stay in your progress.`), {
      key: 'Escape',
    });
    expect(document.activeElement).toBe(button('Delete Exercise 1'));

    // Asked about another exercise, the new question is read first again.
    fireEvent.click(button('Delete Exercise 0'));
    const first = screen.getByText(`Delete "${isolate('Exercise 0')}"? Its days stay in your progress.`);
    await waitFor(() => expect(document.activeElement).toBe(first));
    button('Delete Exercise 1').focus();
    fireEvent.click(button('Delete Exercise 1'));
    const second = screen.getByText(`Delete "${isolate('Exercise 1')}"? Its days stay in your progress.`);
    await waitFor(() => expect(document.activeElement).toBe(second));

    const deleted = async (name: string) => {
      fireEvent.click(button('Delete'));
      await waitFor(() => expect(screen.queryByText(name)).toBeNull());
    };
    await deleted('Exercise 1');
    expect(document.activeElement).toBe(button('Delete Exercise 2'));
    fireEvent.click(button('Delete Exercise 2'));
    await deleted('Exercise 2');
    expect(document.activeElement).toBe(button('Delete Exercise 0'));
    fireEvent.click(button('Delete Exercise 0'));
    await deleted('Exercise 0');
    expect(document.activeElement).toBe(button('Add exercise'));
  });
});
