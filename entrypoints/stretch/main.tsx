import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from '#imports';
import '@/components/theme.css';
import './stretch.css';
import { send } from '@/utils/client/background-client';
import { markDocumentLanguage } from '@/utils/i18n/locale';
import { toneCues } from './cues';
import { type Handoff, type StretchDeps, StretchPage } from './StretchPage';
import { webTabLock } from './tab-lock';

const deps: StretchDeps = {
  send,
  lock: webTabLock<Handoff>(),
  cues: toneCues(),
  async closeTab() {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  },
  newBreakId: () => crypto.randomUUID(),
};

markDocumentLanguage();
document.title = i18n.t('stretchPage.pageTitle');
render(<StretchPage deps={deps} />, document.getElementById('app') as HTMLElement);
