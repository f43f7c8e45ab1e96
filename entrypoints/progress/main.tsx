import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './progress.css';
import { Progress } from './Progress';

document.title = i18n.t('progress.documentTitle');
render(<Progress />, document.getElementById('app') as HTMLElement);
