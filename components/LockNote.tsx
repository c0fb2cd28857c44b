import { i18n } from '#i18n';

/** Says why a control is disabled: the administrator's policy sets it. */
export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return <span class="locked"> {i18n.t('site.locked')}</span>;
}
