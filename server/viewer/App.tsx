import { i18n } from '#i18n';
import { RevealSecret } from '../../components/RevealSecret';
import { takeKeywardenSecret } from '../../lib/keywarden-reveal';

export interface AppProps {
  link: { id: string; key: string } | null;
}

/** The viewer page: the shared reveal flow, or a word on an incomplete link. */
export function App({ link }: AppProps) {
  if (!link) {
    return (
      <>
        <h1 tabIndex={-1}>{i18n.t('viewer.incompleteTitle')}</h1>
        <p>{i18n.t('viewer.incompleteBody')}</p>
      </>
    );
  }
  return <RevealSecret take={() => takeKeywardenSecret(link)} where={i18n.t('viewer.where')} />;
}
