import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ConfirmPanel } from '@/components/ConfirmPanel';
import { downloadFile } from '@/components/download';
import { describedBy } from '@/components/FieldMessage';
import type { Backup } from '@/utils/domain/backup';
import { dayKey } from '@/utils/domain/history';
import { plural } from '@/utils/i18n/plural';

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

/** "On the Ball backup 2026-03-14.json", dated by the local day. */
function backupFileName(now: number): string {
  return `${i18n.t('options.data.backupFileName', [dayKey(now)])}.json`;
}

/** What exporting and importing need, loaded when the person first asks for either. */
const actions = () => import('./backup-actions');

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
  const [pending, setPending] = useState<{ backup: Backup; question: string } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const exportData = async () => {
    try {
      const now = Date.now();
      const { backup, text } = await (await actions()).currentBackup(now);
      downloadFile(backupFileName(now), text, 'application/json');
      setMessage({ action: 'export', text: plural('options.data.exported', dayCount(backup)), error: false });
    } catch (failure) {
      setMessage({ action: 'export', text: i18n.t('options.data.exportFailed', [reason(failure)]), error: true });
    }
  };

  const readFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const read = await (await actions()).readBackup(file, Date.now());
    if (read.ok) setPending({ backup: read.backup, question: read.question });
    else setMessage({ action: 'import', text: read.problem, error: true });
    // Choosing the same file again must be read again.
    if (fileInput.current) fileInput.current.value = '';
  };

  const closeImport = () => {
    setPending(null);
    fileInput.current?.focus();
  };

  const importData = async (backup: Backup) => {
    const { done, text } = await (await actions()).importWhole(backup);
    setMessage({ action: 'import', text, error: !done });
    if (done) onReplaced();
    closeImport();
  };

  const reset = async () => {
    try {
      const { resetSettings } = await import('@/utils/storage/reset-settings');
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
            question={pending.question}
            confirmLabel={i18n.t('options.data.importConfirm')}
            onConfirm={() => void importData(pending.backup)}
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
