import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/theme.css';
import './options.css';
import { markDocumentLanguage } from '@/utils/i18n/locale';
import { Options } from './Options';

markDocumentLanguage();
document.title = i18n.t('options.pageTitle');
render(<Options />, document.getElementById('app') as HTMLElement);
