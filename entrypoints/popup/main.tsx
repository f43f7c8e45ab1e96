import '@/components/theme.css';
import './popup.css';
import { render } from 'preact';
import { markDocumentLanguage } from '@/utils/i18n/locale';
import { loadInitial } from './initial';
import { Popup } from './Popup';

markDocumentLanguage();

// The first frame already shows the stored state, so the popup opens at its final size.
void loadInitial().then((initial) => {
  render(<Popup initial={initial} />, document.getElementById('app') as HTMLElement);
  // For anyone timing the popup (`npm run bench` does): when it is ready to use, and whether
  // the browser had already shown it, empty, before then.
  performance.mark('popup-ready', { detail: { shownEmpty: document.visibilityState === 'visible' } });
});
