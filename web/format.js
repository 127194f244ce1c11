// Facts and reasons in plain words. Labels come from the message catalogue;
// a custom catalogue's untranslated ids fall back to the id itself.

export const GLYPH = { pass: '\u2713', fail: '\u2717', unknown: '?', disputed: '~' };

export function attrLabel(msgs, attrId) {
  return msgs.t(`attr.${attrId}`, null, attrId);
}

export function needLabel(msgs, needId) {
  return msgs.t(`need.${needId}`, null, needId);
}

export function unmetText(msgs, needId) {
  return msgs.t(`need.${needId}.unmet`, null, msgs.t('ui.card.unmet_fallback', { need: needLabel(msgs, needId) }));
}

export function criterionLabel(msgs, criterionId) {
  return msgs.t(`criterion.${criterionId}`, null, criterionId);
}

export function reasonLabel(msgs, reason) {
  return reason.kind === 'need' || reason.kind === 'prefer'
    ? needLabel(msgs, reason.id) : criterionLabel(msgs, reason.id);
}

export function tierLabel(msgs, tier) {
  return msgs.t(`tier.${tier}`, null, tier);
}

export function profileLabel(msgs, profileId) {
  return msgs.t(`profile.${profileId}`, null, profileId);
}

export function messengerDescription(msgs, messenger) {
  return msgs.t(`messenger.${messenger.id}.description`, null, messenger.description ?? '');
}

/** A fact's value in words, shaped by its attribute's type. */
export function formatValue(msgs, attribute, value) {
  if (value === 'unknown' || value === undefined || value === null) return msgs.t('value.unknown');
  const id = attribute?.id;
  switch (attribute?.type) {
    case 'bool':
      return msgs.t(`value.bool.${value === true}`);
    case 'enum':
      return msgs.t(`value.${id}.${value}`, null, String(value));
    case 'set':
      return Array.isArray(value) && value.length
        ? msgs.list(value.map((v) => msgs.t(`value.${id}.${v}`, null, String(v))))
        : msgs.t('ui.value.none');
    case 'number':
      return typeof value === 'number' ? msgs.number(value) : String(value);
    case 'list':
      return Array.isArray(value) && value.length ? value.map(String).join('; ') : msgs.t('ui.value.none');
    default:
      return Array.isArray(value) ? value.map(String).join('; ') : String(value);
  }
}

export function statusWord(msgs, status) {
  return msgs.t(`ui.status_word.${status}`);
}
