import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Countdown } from '@/components/Countdown';

afterEach(cleanup);

const inWords = (seconds: number, number: string) => `${number}\u00a0${seconds === 1 ? 'second' : 'seconds'}`;

describe('Countdown', () => {
  it('gives the unit the whole seconds shown, so the two agree', () => {
    const { rerender } = render(<Countdown label="Hold" msLeft={1500} fraction={0.5} inWords={inWords} />);
    expect(screen.getByRole('timer', { name: 'Hold' }).textContent).toBe('2\u00a0seconds');
    rerender(<Countdown label="Hold" msLeft={400} fraction={0.9} inWords={inWords} />);
    expect(screen.getByRole('timer', { name: 'Hold' }).textContent).toBe('1\u00a0second');
  });

  it('sets the number where the language puts it, with no space it does not write', () => {
    render(<Countdown label="保持" msLeft={10_000} fraction={0} inWords={(_, number) => `${number}秒`} />);
    const timer = screen.getByRole('timer', { name: '保持' });
    expect(timer.textContent).toBe('10秒');
    expect(timer.querySelector('.countdown-value')?.textContent).toBe('10');
  });

  it('shows no number and no unit for an untimed step', () => {
    render(<Countdown label="Repeat" msLeft={null} fraction={0} inWords={inWords} untimed="12 repetitions" />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('12 repetitions')).toBeTruthy();
  });
});
