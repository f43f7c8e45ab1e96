/**
 * Making, reading and importing a backup: loaded by the options page only when the person
 * exports or chooses a file, so its first frame carries none of it.
 */
import { i18n } from '#i18n';
import { formatDateTime, formatTableDay } from '@/components/dates';
import { send } from '@/utils/client/background-client';
import {
  type Backup,
  type BackupProblem,
  backupText,
  MAX_BACKUP_BYTES,
  makeBackup,
  type ParsedBackup,
  parseBackup,
} from '@/utils/domain/backup';
import { shorten } from '@/utils/domain/checks';
import { isDayKey } from '@/utils/domain/history';
import { isolate } from '@/utils/i18n/isolate';
import { formatList } from '@/utils/i18n/list';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { joinSentences } from '@/utils/i18n/sentences';
import { loadCustomExercises } from '@/utils/storage/custom-exercises';
import { loadSettings } from '@/utils/storage/read';
import { loadHistory } from '@/utils/storage/read-history';
import { settingNames } from './names';

/** The backup of everything stored now, and its text. */
export async function currentBackup(now: number): Promise<{ backup: Backup; text: string }> {
  const [settings, customs, history] = await Promise.all([loadSettings(), loadCustomExercises(), loadHistory(now)]);
  const backup = makeBackup(settings, customs, history, now);
  return { backup, text: backupText(backup) };
}

function problemText(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return i18n.t('options.data.tooLarge');
    case 'notJson':
      return i18n.t('options.data.notJson');
    case 'foreign':
      return i18n.t('options.data.foreign');
    case 'newer':
      return i18n.t('options.data.newer', [formatNumber(problem.version)]);
    case 'malformed':
      return i18n.t('options.data.malformed');
    case 'future':
      return i18n.t('options.data.future', [formatDateTime(new Date(problem.exportedAt))]);
    case 'badSettings':
      return i18n.t('options.data.badSettings', [settingNames(problem.fields)]);
    case 'badExercises':
      return i18n.t('routine.badExercises', [formatList(problem.names.slice(0, 5).map(isolate))]);
    case 'badHistory':
      return i18n.t('options.data.badHistory', [
        // A refused day may be no date at all ("2026-02-30"): it is named as written.
        formatList(
          problem.days.slice(0, 5).map((day) => (isDayKey(day) ? formatTableDay(day, { withYear: true }) : day)),
        ),
      ]);
  }
}

/** What importing does to the person's own exercises, given how many the file and this browser hold. */
function ownExercisesSentence(inFile: number | undefined, own: number): string[] {
  // A file made before own exercises existed leaves them as they are.
  if (inFile === undefined || (inFile === 0 && own === 0)) return [];
  if (inFile === 0) return [plural('options.data.importRemovesExercises', own)];
  return [plural(own === 0 ? 'options.data.importAddsExercises' : 'options.data.importReplacesExercises', inFile)];
}

/** The question asked before an import: what the file holds and what importing it replaces. */
function importQuestion(backup: Backup, own: number): string {
  const days = Object.keys(backup.history).length;
  const exportedOn = formatDateTime(new Date(backup.exportedAt));
  return joinSentences(
    plural('options.data.importSummary', days, [formatNumber(days), exportedOn]),
    ...ownExercisesSentence(backup.customExercises?.length, own),
  );
}

/**
 * Reads a chosen file as a backup made by `now`, refusing one too large without reading it;
 * a refusal comes as the sentence shown to the person, a readable file with the question to ask.
 */
export async function readBackup(
  file: File,
  now: number,
): Promise<{ ok: true; backup: Backup; question: string } | { ok: false; problem: string }> {
  const parsed: ParsedBackup =
    file.size > MAX_BACKUP_BYTES ? { ok: false, problem: { kind: 'tooLarge' } } : parseBackup(await file.text(), now);
  if (!parsed.ok) return { ok: false, problem: problemText(parsed.problem) };
  const own = (await loadCustomExercises()).length;
  return { ok: true, backup: parsed.backup, question: importQuestion(parsed.backup, own) };
}

/** Waits between questions to a worker that may be starting again. */
const ASK_AGAIN_MS = [250, 500, 1000, 2000, 4000];

/**
 * Sends the whole backup under a fresh id. When the reply is not a clear "done", asks the
 * worker what became of that id, so the page never reports more or less than what happened.
 * Resolves to whether it was imported and the sentence that says so.
 */
export async function importWhole(backup: Backup): Promise<{ done: boolean; text: string }> {
  const id = crypto.randomUUID();
  const failed = (why: string) => ({ done: false, text: i18n.t('options.data.importFailed', [why]) });
  const { history, settings } = backup;
  const customExercises = backup.customExercises ?? (await loadCustomExercises());
  const reply = await send({ type: 'importBackup', id, history, settings, customExercises });
  let imported = reply.ok ? reply.imported : undefined;
  for (const delay of ASK_AGAIN_MS) {
    if (imported !== undefined && imported !== 'unknown') break;
    const status = await send({ type: 'importStatus', id });
    if (status.ok) {
      imported = status.imported ?? 'unknown';
      break;
    }
    await new Promise((settle) => setTimeout(settle, delay));
  }
  if (imported === 'done')
    return { done: true, text: plural('options.data.imported', Object.keys(backup.history).length) };
  if (imported === 'undone') return failed(i18n.t('trust.importInterrupted'));
  // Never seen: the worker refused it, and said why.
  if (imported === 'unknown') return failed(shorten(reply.ok ? '' : reply.error, 200));
  return { done: false, text: i18n.t('trust.importUnconfirmed') };
}
