import { render } from 'preact';
import { i18n } from '#i18n';

render(<h1>{i18n.t('stretch.placeholderTitle')}</h1>, document.getElementById('app') as HTMLElement);
