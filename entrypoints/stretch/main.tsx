import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './stretch.css';
import { toneCues } from './cues';
import { type Handoff, type StretchDeps, StretchPage } from './StretchPage';
import { webTabLock } from './tab-lock';

// Through the module object: a bare imported name would be taken for an auto-import and bundled up front.
const live = () => import('./live');

const deps: StretchDeps = {
  send: (command) => live().then((module) => module.send(command)),
  lock: webTabLock<Handoff>(),
  cues: toneCues(),
  closeTab: () => live().then((module) => module.closeTab()),
  newBreakId: () => crypto.randomUUID(),
};

document.title = i18n.t('stretchPage.pageTitle');
render(<StretchPage deps={deps} />, document.getElementById('app') as HTMLElement);
