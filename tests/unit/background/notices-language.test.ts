import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showNotice } from '@/utils/background/notices';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { useLocale } from '../../helpers/use-locale';

async function shown(id: string) {
  const all = (await fakeBrowser.notifications.getAll()) as Record<
    string,
    { title: string; message: string; buttons?: { title: string }[] }
  >;
  return all[id];
}

afterEach(async () => {
  await useLocale('en');
});

describe.each(['de', 'ar', 'ja'])('notifications in %s', (code) => {
  it('take their title, text and buttons from the catalogue, durations written by Intl', async () => {
    const messages = await useLocale(code);
    const text = (key: string) => messages[key]?.message ?? '';
    const minutes = (n: number, unitDisplay: 'long' | 'short') =>
      new Intl.NumberFormat(code, { style: 'unit', unit: 'minute', unitDisplay }).format(n);

    await showNotice('posture', { cue: 1 }, DEFAULT_SETTINGS);
    const posture = await shown('posture');
    expect(posture?.title).toBe(text('posture_title'));
    expect(posture?.message).toBe(text('posture_cue1'));
    expect(posture?.buttons?.map((b) => b.title)).toEqual([
      text('posture_looksGood'),
      text('posture_snooze').replace('$1', minutes(5, 'short')),
    ]);

    await showNotice('blockDone', { minutes: 30 }, DEFAULT_SETTINGS);
    const done = await shown('block-done');
    expect(done?.message).toBe(text('notice_blockDoneBody').replace('$1', new Intl.NumberFormat(code).format(30)));
    expect(done?.buttons?.map((b) => b.title)).toEqual([
      text('notice_startBreak'),
      text('notice_moreTime').replace('$1', minutes(5, 'long')),
    ]);
  });
});
