import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const toolbarButton = {
  default_title: '__MSG_extName__',
  default_icon: {
    16: 'icon/off-16.png',
    32: 'icon/off-32.png',
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // The popup opens dozens of times a day: built on its own, it loads as one script
    // instead of waiting on the chunks it would share with the other pages.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        const popup = group.findIndex((entry) => entry.type === 'popup');
        if (popup === -1 || group.length === 1) continue;
        groups.push(group.splice(popup, 1));
        return;
      }
    },
  },
  zip: {
    // What Mozilla's review needs to rebuild the add-on; tests, CI and store material stay out.
    excludeSources: ['tests/**', 'store/**', 'scripts/**', 'vitest*.config.ts', 'biome.json'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'notifications', 'idle'],
    icons: {
      16: 'icon/off-16.png',
      32: 'icon/off-32.png',
      48: 'icon/off-48.png',
      128: 'icon/off-128.png',
    },
    action: toolbarButton,
    commands: {
      'toggle-on-ball': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // The popup entry writes `browser_action` itself, so the MV3 `action` is not carried over.
          browser_action: toolbarButton,
          browser_specific_settings: {
            gecko: {
              id: 'on-the-ball@on-the-ball.app',
              strict_min_version: '142.0',
              // Nothing leaves the browser: no analytics, no network.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
