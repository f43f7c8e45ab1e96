import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Countdown } from '@/components/Countdown';

afterEach(cleanup);

const unit = (seconds: number) => (seconds === 1 ? 'second' : 'seconds');

describe('Countdown', () => {
  it('gives the unit the whole seconds shown, so the two agree', () => {
    const { rerender } = render(<Countdown label="Hold" msLeft={1500} fraction={0.5} unit={unit} />);
    expect(screen.getByRole('timer', { name: 'Hold' }).textContent).toBe('2 seconds');
    rerender(<Countdown label="Hold" msLeft={400} fraction={0.9} unit={unit} />);
    expect(screen.getByRole('timer', { name: 'Hold' }).textContent).toBe('1 second');
  });

  it('shows no number and no unit for an untimed step', () => {
    render(<Countdown label="Repeat" msLeft={null} fraction={0} unit={unit} untimed="12 repetitions" />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('12 repetitions')).toBeTruthy();
  });
});
