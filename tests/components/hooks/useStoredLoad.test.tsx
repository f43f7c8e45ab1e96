import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useStoredLoad } from '@/components/hooks/useStoredLoad';
import { keyOfIndex, todayIndex } from '@/utils/domain/local-days';
import { watchCustomExercises } from '@/utils/storage/custom-exercises';
import { historyItem } from '@/utils/storage/items';
import { day } from '../../helpers/days';
import { storeDays } from '../../helpers/stored-days';

// Fixed once, well inside the days kept, so a test running over midnight reads the same days.
const EARLIER = keyOfIndex(todayIndex(Date.now()) - 3);
const LATER = keyOfIndex(todayIndex(Date.now()) - 2);

/** Names the stored days of the history, under `label`. */
function Days({ label, load }: { label: string; load: typeof historyItem.getValue }) {
  const history = useStoredLoad(load, historyItem.watch, watchCustomExercises);
  return <output aria-label={label}>{history === null ? 'reading' : Object.keys(history).sort().join(' ')}</output>;
}

async function untilShown(label: string, text: string): Promise<void> {
  await waitFor(() => expect(screen.getByLabelText(label).textContent).toBe(text));
}

afterEach(cleanup);

describe('useStoredLoad', () => {
  it('shows what is stored, then reads again when it changes', async () => {
    await storeDays({ [EARLIER]: day() });
    render(<Days label="history" load={historyItem.getValue} />);
    await untilShown('history', EARLIER);
    await storeDays({ [LATER]: day() });
    await untilShown('history', `${EARLIER} ${LATER}`);
  });

  it('reads again on a change any of its watches reports', async () => {
    const load = vi.fn(historyItem.getValue);
    render(<Days label="history" load={load} />);
    await untilShown('history', '');
    const reads = load.mock.calls.length;
    await fakeBrowser.storage.sync.set({ 'custom-1': { name: 'Bird dog' } });
    await waitFor(() => expect(load).toHaveBeenCalledTimes(reads + 1));
  });

  it('reads nothing more once unmounted', async () => {
    await storeDays({ [EARLIER]: day() });
    const load = vi.fn(historyItem.getValue);
    const { unmount } = render(<Days label="closed" load={load} />);
    await untilShown('closed', EARLIER);
    unmount();
    const reads = load.mock.calls.length;
    // Still mounted: once it shows the change, the change has reached every listener.
    render(<Days label="open" load={historyItem.getValue} />);
    await untilShown('open', EARLIER);
    await storeDays({ [LATER]: day() });
    await untilShown('open', `${EARLIER} ${LATER}`);
    expect(load).toHaveBeenCalledTimes(reads);
  });
});
