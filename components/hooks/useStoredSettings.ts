import { useEffect, useState } from 'preact/hooks';
import { type Settings, sanitizeSettings } from '@/utils/domain/settings';
import { settingsItem } from '@/utils/storage/items';
import { sawSettings, updateSettings } from '@/utils/storage/update-settings';

export interface StoredSettings {
  settings: Settings;
  /** Settings whose stored value was unusable and has been reset to its default. */
  repaired: (keyof Settings)[];
}

/**
 * The stored settings, sanitized. A tampered or corrupted value is shown as its default,
 * written back so every reader agrees, and reported so the person knows it happened.
 */
export function useStoredSettings(): [StoredSettings | null, () => void] {
  const [state, setState] = useState<StoredSettings | null>(null);

  useEffect(() => {
    const take = (stored: unknown) => {
      sawSettings(stored);
      const { settings, fellBack } = sanitizeSettings(stored);
      setState((before) => ({
        settings,
        repaired: [...new Set([...(before?.repaired ?? []), ...fellBack])],
      }));
      if (fellBack.length > 0) void updateSettings({});
    };
    void settingsItem.getValue().then(take);
    return settingsItem.watch(take);
  }, []);

  const dismissRepaired = () => setState((before) => (before ? { ...before, repaired: [] } : before));
  return [state, dismissRepaired];
}
