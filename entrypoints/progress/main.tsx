import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './progress.css';
import { markDocumentLanguage } from '@/utils/i18n/locale';
import { Progress } from './Progress';

markDocumentLanguage();
document.title = i18n.t('progress.documentTitle');
render(<Progress />, document.getElementById('app') as HTMLElement);
