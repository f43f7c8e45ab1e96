import '@/components/theme.css';
import './popup.css';
import { render } from 'preact';
import { loadInitial } from './initial';
import { Popup } from './Popup';

// The first frame already shows the stored state, so the popup opens at its final size.
void loadInitial().then((initial) => {
  render(<Popup initial={initial} />, document.getElementById('app') as HTMLElement);
  // When the popup is ready to use, for anyone timing it (`npm run bench` does).
  performance.mark('popup-ready');
});
