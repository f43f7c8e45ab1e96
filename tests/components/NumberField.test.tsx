import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField, SAVE_DELAY_MS } from '@/components/NumberField';
import { numberFieldWords } from '@/entrypoints/options/field-words';

afterEach(cleanup);

function field(value: number, onSave: (value: number, leaving: boolean) => Promise<string | null>) {
  return (
    <NumberField
      id="block"
      label="Sitting block (minutes)"
      value={value}
      min={1}
      max={240}
      onSave={onSave}
      words={numberFieldWords()}
    />
  );
}

function setup(value = 30, onSave = vi.fn(async (_value: number, _leaving: boolean) => null as string | null)) {
  const view = render(field(value, onSave));
  const input = screen.getByLabelText('Sitting block (minutes)') as HTMLInputElement;
  return { input, onSave, view };
}

/** The text of whatever the field points to as its description. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('NumberField', () => {
  it.each([
    [
      'the page is hidden or closed',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('saves a typed valid value at once when %s', (_, leave) => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: '45' } });
    expect(onSave).not.toHaveBeenCalled();
    try {
      leave();
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(onSave).toHaveBeenCalledWith(45, true);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('shows the stored value under its visible label', () => {
    const { input } = setup(45);
    expect(input.value).toBe('45');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    ['-5', '-5 is out of range. Enter a whole number from 1 to 240.'],
    ['0', '0 is out of range. Enter a whole number from 1 to 240.'],
    ['', 'Enter a whole number from 1 to 240.'],
    ['abc', '"abc" is not a number. Enter a whole number from 1 to 240, using digits only.'],
    ['4.5', 'Use a whole number without decimals, from 1 to 240.'],
    ['100000000', '100000000 is out of range. Enter a whole number from 1 to 240.'],
    [
      'x'.repeat(10_000),
      `"${'x'.repeat(19)}…" is not a number. Enter a whole number from 1 to 240, using digits only.`,
    ],
  ])('refuses %j with a message tied to the field, and saves nothing', (typed, message) => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: typed } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(description(input)).toContain(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('Press Escape to go back to the saved value.');
    expect(input.value).toBe(typed);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it.each(['４５', '٤٥', '४५'])("saves %j, typed on another script's keyboard, as 45", (typed) => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: typed } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledExactlyOnceWith(45, false);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves a valid value on Enter and says so', async () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: '45' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledExactlyOnceWith(45, false);
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves a valid value on leaving the field', async () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: '60' } });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith(60, false);
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('saves after a pause in typing, and only the last value', async () => {
    vi.useFakeTimers();
    try {
      const { input, onSave } = setup();
      fireEvent.input(input, { target: { value: '1' } });
      fireEvent.input(input, { target: { value: '12' } });
      fireEvent.input(input, { target: { value: '120' } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
      });
      expect(onSave).not.toHaveBeenCalled();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1);
      });
      expect(onSave).toHaveBeenCalledExactlyOnceWith(120, false);
      expect(screen.getByText('Saved')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never saves a valid prefix of a value that ends up refused', async () => {
    vi.useFakeTimers();
    try {
      const { input, onSave } = setup();
      for (const typed of ['1', '10', '100', '1000']) fireEvent.input(input, { target: { value: typed } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
      });
      expect(onSave).not.toHaveBeenCalled();
      expect(input.getAttribute('aria-invalid')).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('clears the error once the value is fixed', async () => {
    const { input, onSave } = setup();
    fireEvent.input(input, { target: { value: '0' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: '20' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledExactlyOnceWith(20, false);
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('goes back to the stored value on Escape', () => {
    const { input, onSave } = setup(30);
    fireEvent.input(input, { target: { value: '4.5' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('30');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('does not save the value that is already stored', () => {
    const { input, onSave } = setup(30);
    fireEvent.input(input, { target: { value: '30' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows why a save failed, next to the field', async () => {
    const { input } = setup(
      30,
      vi.fn(async () => 'Not saved: quota exceeded'),
    );
    fireEvent.input(input, { target: { value: '45' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/quota exceeded/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('Not saved: quota exceeded');
  });

  it('shows a value stored elsewhere while the field is not being edited', () => {
    const onSave = vi.fn(async () => null);
    const { input, view } = setup(30, onSave);
    view.rerender(field(50, onSave));
    expect(input.value).toBe('50');
  });

  it('keeps what the person is typing when a value arrives from elsewhere', () => {
    const onSave = vi.fn(async () => null);
    const { input, view } = setup(30, onSave);
    input.focus();
    fireEvent.input(input, { target: { value: '4' } });
    view.rerender(field(50, onSave));
    expect(input.value).toBe('4');
  });
});
