/** Makes the browser's alarms, badge, title and icon match a plan, touching only what differs. */

import { browser } from '@wxt-dev/browser';
import { i18n } from '#i18n';
import { ALARM, type Plan, type Title } from '@/utils/domain/plan';
import { formatNumber } from '@/utils/i18n/numbers';

/** Alarms within this of their planned time are left alone, so a wake does not reschedule them. */
const ALARM_TOLERANCE_MS = 1000;
const OWN_ALARMS = new Set<string>(Object.values(ALARM));
/** Green while there is time; amber, still readable under white text, in the last minute. */
const BADGE_COLORS: Record<Plan['badgeTone'], string> = { calm: '#2f6f4f', lastMinute: '#9a4a00' };

function titleText(title: Title): string {
  switch (title.kind) {
    case 'off':
      return i18n.t('title.off');
    case 'sitting':
      return title.posture === null
        ? i18n.t('title.sittingNoPosture', [formatNumber(title.left)])
        : i18n.t('title.sitting', [formatNumber(title.left), formatNumber(title.posture)]);
    case 'paused':
      return i18n.t('title.paused', [formatNumber(title.left)]);
    case 'blockDone':
      return i18n.t('title.blockDone');
    case 'onBreak':
      return i18n.t('title.onBreak');
  }
}

/** The badge's minutes in the reader's digits; its symbols stay as they are. */
function badgeText(badge: string): string {
  return /^\d+$/.test(badge) ? formatNumber(Number(badge)) : badge;
}

function iconPaths(on: boolean): Record<number, string> {
  const look = on ? 'on' : 'off';
  return { 16: `/icon/${look}-16.png`, 32: `/icon/${look}-32.png` };
}

export async function applyPlan(target: Plan): Promise<void> {
  const existing = await browser.alarms.getAll();
  const wanted = new Map(target.alarms.map((a) => [a.name as string, a]));
  const work: Promise<unknown>[] = [];
  const stale = existing.filter((alarm) => OWN_ALARMS.has(alarm.name) && !wanted.has(alarm.name)).map((a) => a.name);
  for (const name of stale) work.push(browser.alarms.clear(name));
  for (const alarm of target.alarms) {
    const current = existing.find((a) => a.name === alarm.name);
    const matches =
      current &&
      Math.abs(current.scheduledTime - alarm.when) < ALARM_TOLERANCE_MS &&
      (current.periodInMinutes ?? undefined) === alarm.periodInMinutes;
    if (!matches) {
      work.push(
        browser.alarms.create(alarm.name, {
          when: alarm.when,
          ...(alarm.periodInMinutes ? { periodInMinutes: alarm.periodInMinutes } : {}),
        }),
      );
    }
  }
  const action = browser.action ?? browser.browserAction;
  work.push(action.setBadgeText({ text: badgeText(target.badge) }));
  work.push(action.setBadgeBackgroundColor({ color: BADGE_COLORS[target.badgeTone] }));
  work.push(action.setTitle({ title: titleText(target.title) }));
  work.push(action.setIcon({ path: iconPaths(target.iconOn) }));
  await Promise.all(work);
}
