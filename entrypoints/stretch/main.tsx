import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './stretch.css';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { markDocumentLanguage } from '@/utils/i18n/locale';
import { watchBreakEnd } from './break-end';
import { toneCues } from './cues';
import { type Handoff, type StretchDeps, StretchPage } from './StretchPage';
import { webTabLock } from './tab-lock';

/** Messages and closing the tab go through the polyfilled API, loaded after the first frame. */
const live = afterFirstFrame(() => import('./live'));

const deps: StretchDeps = {
  send: (command) => live((module) => module.send(command)),
  lock: webTabLock<Handoff>(),
  cues: toneCues(),
  closeTab: () => live((module) => module.closeTab()),
  watchBreakEnd,
  newBreakId: () => crypto.randomUUID(),
  routineName: new URLSearchParams(location.search).get('routine') === 'quick' ? 'quick' : 'full',
};

markDocumentLanguage();
document.title = i18n.t('stretchPage.pageTitle');
render(<StretchPage deps={deps} />, document.getElementById('app') as HTMLElement);
// Loaded now, so a message sent as the tab closes goes out at once.
void live(() => undefined);
