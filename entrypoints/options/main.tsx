import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './options.css';
import { Options } from './Options';

document.title = i18n.t('options.pageTitle');
render(<Options />, document.getElementById('app') as HTMLElement);
