/** Notifications: one per kind, replaced rather than stacked. */

import { browser } from '@wxt-dev/browser';
import { i18n } from '#i18n';
import { EXTEND_MINUTES, type Notice, SNOOZE_MINUTES } from '@/utils/domain/machine';
import type { Settings } from '@/utils/domain/settings';
import { formatMinutes, formatNumber } from '@/utils/i18n/numbers';

const CUE_KEYS = ['posture.cue0', 'posture.cue1', 'posture.cue2', 'posture.cue3', 'posture.cue4'] as const;

function postureCue(index: number): string {
  return i18n.t(CUE_KEYS[((index % CUE_KEYS.length) + CUE_KEYS.length) % CUE_KEYS.length] ?? 'posture.cue0');
}

/** Firefox has no notification buttons: there, clicking the notification does the main action. */
const buttonsSupported = !import.meta.env.FIREFOX;

export const NOTICE_IDS: Record<Notice, string> = {
  posture: 'posture',
  blockDone: 'block-done',
  welcomeBack: 'welcome-back',
  headsUp: 'heads-up',
};

export function noticeFromId(id: string): Notice | null {
  const entry = Object.entries(NOTICE_IDS).find(([, value]) => value === id);
  return entry ? (entry[0] as Notice) : null;
}

interface Content {
  title: string;
  message: string;
  buttons: string[];
}

function content(notice: Notice, detail: { cue?: number; minutes?: number }): Content {
  switch (notice) {
    case 'posture':
      return {
        title: i18n.t('posture.title'),
        message: postureCue(detail.cue ?? 0),
        buttons: [i18n.t('posture.looksGood'), i18n.t('posture.snooze', [formatMinutes(SNOOZE_MINUTES, 'short')])],
      };
    case 'blockDone': {
      const minutes = formatNumber(detail.minutes ?? 0);
      return {
        title: i18n.t('notice.blockDoneTitle'),
        message: buttonsSupported
          ? i18n.t('notice.blockDoneBody', [minutes])
          : i18n.t('notice.blockDoneBodyFirefox', [minutes]),
        buttons: [i18n.t('notice.startBreak'), i18n.t('notice.moreTime', [formatMinutes(EXTEND_MINUTES)])],
      };
    }
    case 'welcomeBack':
      return {
        title: i18n.t('notice.welcomeBackTitle'),
        message: buttonsSupported ? i18n.t('notice.welcomeBackBody') : i18n.t('notice.welcomeBackBodyFirefox'),
        buttons: [i18n.t('notice.startBlock')],
      };
    case 'headsUp':
      return { title: i18n.t('nudges.headsUpTitle'), message: i18n.t('nudges.headsUpBody'), buttons: [] };
  }
}

export async function showNotice(
  notice: Notice,
  detail: { cue?: number; minutes?: number },
  settings: Settings,
): Promise<void> {
  const { title, message, buttons } = content(notice, detail);
  const id = NOTICE_IDS[notice];
  await browser.notifications.clear(id);
  const options: chrome.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/on-128.png'),
    title,
    message,
  };
  if (buttonsSupported) {
    // The heads-up is a quiet note: no sound, and it never stays on screen.
    const quiet = notice === 'headsUp';
    if (buttons.length > 0) options.buttons = buttons.map((text) => ({ title: text }));
    options.requireInteraction = quiet ? false : settings.keepOnScreen;
    options.silent = quiet || settings.silent;
  }
  await browser.notifications.create(id, options);
}

export async function clearNotice(notice: Notice): Promise<void> {
  await browser.notifications.clear(NOTICE_IDS[notice]);
}
