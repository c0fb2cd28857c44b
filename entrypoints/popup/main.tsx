import '@/assets/design/page.css';
import { i18n } from '#i18n';
import { render } from 'preact';
import { mountPoint } from '@/components/mount-point';
import { localisePage } from '@/lib/i18n/page';
import { App } from './App';

localisePage(i18n.t('lang'), i18n.t('popup.tooltip'));

render(<App />, mountPoint());
