import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useAfterFirstFrame } from '@/components/hooks/useAfterFirstFrame';
import { useSession } from '@/components/hooks/useSession';
import { useStoredSettings } from '@/components/hooks/useStoredSettings';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { AwaySection } from './AwaySection';
import { BreaksSection } from './BreaksSection';
import { NotificationsSection } from './NotificationsSection';
import { settingNames } from './names';
import { SittingSection } from './SittingSection';

/** Backup, import and reset sit at the end of the page, so they load after the first frame. */
const dataModule = afterFirstFrame(() => import('./DataSection'));

export function Options() {
  const LoadedDataSection = useAfterFirstFrame(dataModule, (module) => module.DataSection);
  const [stored, dismissRepaired] = useStoredSettings();
  const session = useSession();
  // Bumped when the settings are replaced as a whole, so every field drops what was typed and shows the new values.
  const [generation, setGeneration] = useState(0);

  return (
    <main>
      <h1>{i18n.t('options.pageTitle')}</h1>
      <p class="intro">{i18n.t('options.intro')}</p>
      {stored && (stored.unreadable || stored.repaired.length > 0) && (
        <p class="repaired" role="alert">
          {stored.unreadable
            ? i18n.t('options.storedUnreadable')
            : i18n.t('options.storedReset', [settingNames(stored.repaired)])}
        </p>
      )}
      {stored && (
        <div class="sections" key={generation}>
          <SittingSection settings={stored.settings} session={session} />
          <BreaksSection settings={stored.settings} />
          <AwaySection settings={stored.settings} />
          <NotificationsSection settings={stored.settings} />
        </div>
      )}
      {LoadedDataSection && (
        <LoadedDataSection
          onReplaced={() => {
            dismissRepaired();
            setGeneration((n) => n + 1);
          }}
        />
      )}
    </main>
  );
}
