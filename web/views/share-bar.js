// Share: the link *is* the state (URL fragment, never sent to a server).
// navigator.clipboard first; where it is refused, a selectable text field.
import { h } from '../dom.js';

export function shareBar(ctx) {
  const { msgs } = ctx;
  const fieldId = `${ctx.idPrefix}-link`;
  return h('div', { class: 'share', part: 'share' },
    h('button', {
      type: 'button', class: 'button secondary', 'data-focus-key': 'copy-link',
      on: { click: ctx.onCopyLink },
    }, msgs.t('ui.share.copy')),
    ctx.fallbackLink ? h('div', { class: 'share-fallback' },
      h('label', { for: fieldId }, msgs.t('ui.share.fallback')),
      h('input', {
        id: fieldId, type: 'text', readonly: true, value: ctx.fallbackLink, 'data-focus-key': 'link-field',
        on: { focus: (e) => e.currentTarget.select() },
      })) : null,
    h('p', { class: 'share-note' }, msgs.t('ui.share.note')));
}

export function credits(msgs) {
  const link = (href, text) => h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text);
  return h('p', { class: 'credits', part: 'credits' }, msgs.rich('ui.credits', {
    source: link('https://www.privacyguides.org/en/real-time-communication/', msgs.t('ui.credits.source')),
    license: link('https://creativecommons.org/licenses/by-sa/4.0/', msgs.t('ui.credits.license')),
  }));
}
