import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ConfirmPanel } from '@/components/ConfirmPanel';
import { formatDay } from '@/components/dates';
import { downloadFile } from '@/components/download';
import { describedBy } from '@/components/FieldMessage';
import {
  type Backup,
  type BackupProblem,
  backupText,
  MAX_BACKUP_BYTES,
  makeBackup,
  parseBackup,
} from '@/utils/domain/backup';
import { shorten } from '@/utils/domain/checks';
import { dayKey } from '@/utils/domain/history';
import { formatList } from '@/utils/i18n/list';
import { displayLocale } from '@/utils/i18n/locale';
import { formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';
import { loadHistory, loadSettings } from '@/utils/storage/read';
import { resetSettings } from '@/utils/storage/update-settings';
import { settingNames } from './names';

type Action = 'export' | 'import' | 'reset';

/** The outcome of the last action, shown next to the control that started it. */
type Message = { action: Action; text: string; error: boolean } | null;

function Outcome({ action, message }: { action: Action; message: Message }) {
  const shown = message?.action === action ? message : null;
  return (
    <p
      id={`${action}-message`}
      class={`field-message ${shown ? (shown.error ? 'error' : 'saved') : 'idle'}`}
      aria-live="polite"
    >
      {shown?.text ?? ''}
    </p>
  );
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
    case 'badSettings':
      return i18n.t('options.data.badSettings', [settingNames(problem.fields)]);
    case 'badHistory':
      return i18n.t('options.data.badHistory', [
        formatList(problem.days.slice(0, 5).map((day) => formatDay(day, { dateStyle: 'medium' }))),
      ]);
  }
}

/** Waits between questions to a worker that may be starting again. */
const ASK_AGAIN_MS = [250, 500, 1000, 2000, 4000];

/**
 * What became of an import: done, undone halfway, refused with the worker's reason, or not
 * known because the worker could not be asked.
 */
type ImportResult =
  | { kind: 'done' }
  | { kind: 'undone' }
  | { kind: 'refused'; reason: string }
  | { kind: 'unconfirmed' };

/**
 * Sends the whole backup under a fresh id. When the reply is not a clear "done", asks the
 * worker what became of that id, so the page never reports more or less than what happened.
 */
async function importWhole(backup: Backup): Promise<ImportResult> {
  // Loaded when first needed, so the polyfilled API does not hold up the page.
  const { send } = await import('@/utils/client/background-client');
  const id = crypto.randomUUID();
  const reply = await send({ type: 'importBackup', id, history: backup.history, settings: backup.settings });
  if (reply.ok && reply.imported === 'done') return { kind: 'done' };
  for (const delay of ASK_AGAIN_MS) {
    const status = await send({ type: 'importStatus', id });
    if (status.ok) {
      if (status.imported === 'done') return { kind: 'done' };
      if (status.imported === 'undone') return { kind: 'undone' };
      return { kind: 'refused', reason: reply.ok ? '' : reply.error };
    }
    await new Promise((settle) => setTimeout(settle, delay));
  }
  return { kind: 'unconfirmed' };
}

/** "On the Ball backup 2026-03-14.json", dated by the local day. */
function backupFileName(now: number): string {
  return `${i18n.t('options.data.backupFileName', [dayKey(now)])}.json`;
}

function reason(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

function dayCount(backup: Backup): number {
  return Object.keys(backup.history).length;
}

interface DataSectionProps {
  /** Called after the stored settings were replaced as a whole (import or reset). */
  onReplaced: () => void;
}

export function DataSection({ onReplaced }: DataSectionProps) {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const exportData = async () => {
    try {
      const [settings, history] = await Promise.all([loadSettings(), loadHistory()]);
      const now = Date.now();
      const backup = makeBackup(settings, history, now);
      downloadFile(backupFileName(now), backupText(backup), 'application/json');
      setMessage({ action: 'export', text: plural('options.data.exported', dayCount(backup)), error: false });
    } catch (failure) {
      setMessage({ action: 'export', text: i18n.t('options.data.exportFailed', [reason(failure)]), error: true });
    }
  };

  const readFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const parsed =
      file.size > MAX_BACKUP_BYTES
        ? ({ ok: false, problem: { kind: 'tooLarge' } } as const)
        : parseBackup(await file.text(), Date.now());
    if (parsed.ok) setPending(parsed.backup);
    else setMessage({ action: 'import', text: problemText(parsed.problem), error: true });
    // Choosing the same file again must be read again.
    if (fileInput.current) fileInput.current.value = '';
  };

  const closeImport = () => {
    setPending(null);
    fileInput.current?.focus();
  };

  const importData = async (backup: Backup) => {
    const result = await importWhole(backup);
    if (result.kind === 'done') {
      setMessage({ action: 'import', text: plural('options.data.imported', dayCount(backup)), error: false });
      onReplaced();
    } else if (result.kind === 'unconfirmed') {
      setMessage({ action: 'import', text: i18n.t('trust.importUnconfirmed'), error: true });
    } else {
      const why = result.kind === 'undone' ? i18n.t('trust.importInterrupted') : shorten(result.reason, 200);
      setMessage({ action: 'import', text: i18n.t('options.data.importFailed', [why]), error: true });
    }
    closeImport();
  };

  const reset = async () => {
    try {
      const how = await resetSettings();
      const text = how === 'cleared' ? i18n.t('trust.resetCleared') : i18n.t('options.data.resetDone');
      setMessage({ action: 'reset', text, error: false });
      onReplaced();
    } catch (failure) {
      setMessage({ action: 'reset', text: i18n.t('options.saveFailed', [reason(failure)]), error: true });
    }
    setConfirmReset(false);
    resetButton.current?.focus();
  };

  const importError = message?.action === 'import' && message.error;

  const exportedOn = (backup: Backup) =>
    new Intl.DateTimeFormat(displayLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(backup.exportedAt),
    );

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{i18n.t('options.data.heading')}</h2>
      <p>{i18n.t('options.data.syncNote')}</p>

      <div class="field">
        <button type="button" aria-describedby="export-hint" onClick={() => void exportData()}>
          {i18n.t('options.data.export')}
        </button>
        <Outcome action="export" message={message} />
        <p id="export-hint" class="field-hint">
          {i18n.t('options.data.exportHint')}
        </p>
      </div>

      <div class="field">
        <label for="import-file">{i18n.t('options.data.importLabel')}</label>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-invalid={importError ? 'true' : undefined}
          aria-describedby={describedBy(importError && 'import-message', 'import-hint')}
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
        <Outcome action="import" message={message} />
        <p id="import-hint" class="field-hint">
          {i18n.t('options.data.importHint')}
        </p>
        {pending && (
          <ConfirmPanel
            id="import-confirm"
            cancelLabel={i18n.t('options.data.cancel')}
            question={plural('options.data.importSummary', dayCount(pending), [
              formatNumber(dayCount(pending)),
              exportedOn(pending),
            ])}
            confirmLabel={i18n.t('options.data.importConfirm')}
            onConfirm={() => void importData(pending)}
            onCancel={closeImport}
          />
        )}
      </div>

      <div class="field">
        <button ref={resetButton} type="button" onClick={() => setConfirmReset(true)}>
          {i18n.t('options.data.reset')}
        </button>
        <Outcome action="reset" message={message} />
        {confirmReset && (
          <ConfirmPanel
            id="reset-confirm"
            cancelLabel={i18n.t('options.data.cancel')}
            question={i18n.t('options.data.resetQuestion')}
            confirmLabel={i18n.t('options.data.resetConfirm')}
            onConfirm={() => void reset()}
            onCancel={() => {
              setConfirmReset(false);
              resetButton.current?.focus();
            }}
          />
        )}
      </div>
    </section>
  );
}
