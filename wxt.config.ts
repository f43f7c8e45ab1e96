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
    // The worker calls the browser's own API, which returns promises in every browser it
    // supports; WXT's wrapper around the worker still imports `wxt/browser`, which the polyfill
    // module points at the polyfill, so the worker's build points it back.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'background')) return;
      const own = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias ?? {};
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [own, ...alias] : { ...alias, [own.find]: own.replacement },
      };
    },
    // Each page is built on its own: it loads its own scripts and nothing another page needs,
    // instead of waiting on chunks shared with the other pages, split where their imports differ.
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.filter(Array.isArray).flatMap((group) => group.splice(0, group.length));
      for (const page of pages) groups.push([page]);
      for (let index = groups.length - 1; index >= 0; index--) {
        const group = groups[index];
        if (Array.isArray(group) && group.length === 0) groups.splice(index, 1);
      }
    },
  },
  zip: {
    // What Mozilla's review needs to rebuild the add-on; tests, CI and store material stay out.
    excludeSources: ['tests/**', 'store/**', 'scripts/**', 'vitest*.config.ts', 'biome.json'],
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      // Every supported browser preloads modules itself; the polyfill would ship with each page.
      // The links stay, so a page's shared chunk loads while its entry script is parsed.
      modulePreload: { polyfill: false },
      // `npm run bench` reads them to list what each page carries; hidden, so no script changes.
      sourcemap: process.env.SOURCE_MAPS ? 'hidden' : false,
    },
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
          // Firefox, unlike Chrome, can put the button on the toolbar at install, where its badge
          // shows the minutes left from the first block on.
          browser_action: { ...toolbarButton, default_area: 'navbar' },
          browser_specific_settings: {
            gecko: {
              id: 'on-the-ball@on-the-ball.app',
              strict_min_version: '142.0',
              // Nothing leaves the browser: no analytics, no network.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The worker uses the browser's own API, whose every call it makes returns a promise from 116 on.
          minimum_chrome_version: '116',
        }),
  }),
});
