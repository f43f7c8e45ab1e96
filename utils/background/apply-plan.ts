/** Makes the browser's alarms, badge, title and icon match a plan, touching only what differs. */

import { browser } from '@wxt-dev/browser';
import { i18n } from '#i18n';
import { ALARM, type Plan, type Title } from '@/utils/domain/plan';
import { formatNumber } from '@/utils/i18n/numbers';
import { isToolbarFace, type ToolbarFace, toolbarFaceItem } from '@/utils/storage/items';
import { readStored } from '@/utils/storage/stored-values';

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

/**
 * Sets only what differs from what the button shows already: setting the icon loads and decodes
 * its images, the longest call of a wake. Noted once the button shows it, so a worker stopped in
 * between sets it again.
 */
async function showOnToolbar(face: ToolbarFace, shown: ToolbarFace | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const work: Promise<unknown>[] = [];
  if (face.badge !== shown?.badge) work.push(action.setBadgeText({ text: face.badge }));
  if (face.color !== shown?.color) work.push(action.setBadgeBackgroundColor({ color: face.color }));
  if (face.title !== shown?.title) work.push(action.setTitle({ title: face.title }));
  if (face.iconOn !== shown?.iconOn) work.push(action.setIcon({ path: iconPaths(face.iconOn) }));
  if (work.length === 0) return;
  await Promise.all(work);
  await toolbarFaceItem.setValue(face);
}

export async function applyPlan(target: Plan): Promise<void> {
  const [existing, stored] = await Promise.all([browser.alarms.getAll(), toolbarFaceItem.getValue()]);
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
  const face: ToolbarFace = {
    badge: badgeText(target.badge),
    color: BADGE_COLORS[target.badgeTone],
    title: titleText(target.title),
    iconOn: target.iconOn,
  };
  const shown = readStored(stored, isToolbarFace, null, 'Stored toolbar state was unreadable; setting it again.');
  work.push(showOnToolbar(face, shown));
  await Promise.all(work);
}
