import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useSession } from '@/components/hooks/useSession';
import { useStoredSettings } from '@/components/hooks/useStoredSettings';
import { AwaySection } from './AwaySection';
import { BreaksSection } from './BreaksSection';
import { DataSection } from './DataSection';
import { NotificationsSection } from './NotificationsSection';
import { settingNames } from './names';
import { SittingSection } from './SittingSection';

export function Options() {
  const [stored, dismissRepaired] = useStoredSettings();
  const session = useSession();
  // Bumped when the settings are replaced as a whole, so every field drops what was typed and shows the new values.
  const [generation, setGeneration] = useState(0);

  return (
    <main>
      <h1>{i18n.t('options.pageTitle')}</h1>
      <p class="intro">{i18n.t('options.intro')}</p>
      {stored && stored.repaired.length > 0 && (
        <p class="repaired" role="alert">
          {i18n.t('options.storedReset', [settingNames(stored.repaired)])}
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
      <DataSection
        onReplaced={() => {
          dismissRepaired();
          setGeneration((n) => n + 1);
        }}
      />
    </main>
  );
}
