import { i18n } from '#i18n';
import type { SettingsIssue } from '@/lib/settings/schema';
import type { ShareError, ShareErrorReason } from '@/lib/share-client';
import type { SitePatternError } from '@/lib/site-policy';

const SHARE_ERRORS = {
  'not-url': 'serverError.notUrl',
  'needs-https': 'serverError.needsHttps',
  'not-link-server': 'serverError.notLinkServer',
  unreachable: 'serverError.unreachable',
  'too-large': 'serverError.tooLarge',
  'rate-limited': 'serverError.rateLimited',
  'members-only': 'serverError.membersOnly',
  refused: 'serverError.refused',
  'one-view-only': 'serverError.oneViewOnly',
  'not-deleted': 'serverError.notDeleted',
  full: 'serverError.full',
  failed: 'serverError.failed',
  unexpected: 'serverError.unexpected',
  malformed: 'serverError.unexpected',
  oversized: 'serverError.unexpected',
  'no-expiry': 'serverError.noExpiry',
} as const satisfies Record<ShareErrorReason, string>;

/**
 * What a link server call's failure means, in the user's language. A refusal carries the
 * server's own words, which no catalogue can hold.
 */
export function shareErrorText(error: ShareError): string {
  const text = i18n.t(SHARE_ERRORS[error.reason]);
  return error.reason === 'refused' && error.detail
    ? i18n.t('serverError.refusedSaying', [error.detail])
    : text;
}

/** Why a site pattern cannot be used. */
export function sitePatternText(error: SitePatternError): string {
  switch (error.error) {
    case 'empty':
      return i18n.t('sitePattern.empty');
    case 'too-long':
      return i18n.t('sitePattern.tooLong');
    case 'not-host':
      return i18n.t('sitePattern.notHost', [error.host, '*.example.com']);
  }
}

/** One problem with an imported settings file, starting with the field it is about. */
export function settingsIssueText(issue: SettingsIssue): string {
  const { path } = issue;
  const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
  switch (issue.problem) {
    case 'too-large':
      return i18n.t('importError.tooLarge');
    case 'not-json':
      return i18n.t('importError.notJson');
    case 'format':
      return i18n.t('importError.format', [path, `"${issue.expected}"`]);
    case 'not-object':
      return i18n.t('importError.notObject', [path]);
    case 'unknown-field':
      return i18n.t('importError.unknownField', [path, list(issue.names)]);
    case 'url':
      return i18n.t('importError.url', [path]);
    case 'boolean':
      return i18n.t('importError.boolean', [path]);
    case 'number':
      return i18n.t('importError.number', [path, String(issue.min), String(issue.max)]);
    case 'seconds':
      return i18n.t('importError.seconds', [path, String(issue.min), String(issue.max)]);
    case 'days':
      return i18n.t('importError.days', [path, String(issue.min), String(issue.max)]);
    case 'one-of':
      return i18n.t('importError.oneOf', [path, issue.choices.join(', ')]);
    case 'list-of':
      return i18n.t('importError.listOf', [path, issue.choices.join(', ')]);
    case 'site-pattern':
      return i18n.t('importError.sitePattern', [path, sitePatternText(issue.error)]);
    case 'invalid':
      return i18n.t('importError.invalid', [path]);
    case 'newer-version':
      return i18n.t('importError.newerVersion');
  }
}
