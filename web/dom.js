// The only way this widget builds DOM. Catalogue strings are untrusted
// (a custom data-src can say anything), so text always goes through
// textContent and attributes through setAttribute: nothing is ever parsed
// as HTML, which is also what Trusted Types ('none') demands.

/**
 * h('button', { class: 'x', type: 'button', on: { click } }, 'Label', child)
 * Props: `on` (event listeners), `text` (textContent), anything else is an
 * attribute; false/null/undefined skip the attribute, true sets it empty.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) setProps(el, props);
  append(el, children);
  return el;
}

/**
 * Sets a kept element's text only when it differs: writing the same text
 * still replaces the text node, which the browser then lays out again (and
 * a live region may announce again).
 */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

/** Replaces el's children with `children`, taken as h() takes them. */
export function replaceContent(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/**
 * The props of h() on an existing element (an element kept across renders):
 * false/null/undefined remove the attribute.
 */
export function setProps(el, props) {
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') {
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    } else if (name === 'text') {
      el.textContent = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    } else {
      el.removeAttribute(name);
    }
  }
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** http(s) URLs only: anything else (javascript:, data:, relative) stays text. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  let url;
  try { url = new URL(value); } catch { return null; }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

/**
 * A source link. The visible text is the host plus a shortened path: the host
 * tells the reader whose word it is, the path keeps two links to the same site
 * distinguishable. Non-http(s) values are shown as inert text.
 */
export function sourceLink(value, className = 'source') {
  const url = safeHttpUrl(value);
  if (!url) return h('span', { class: `${className} source-text` }, String(value));
  return h('a', {
    class: className, href: url.href, rel: 'noopener noreferrer', target: '_blank',
    part: 'source-link',
  }, shortUrl(url));
}

function shortUrl(url) {
  const host = url.hostname.replace(/^www\./, '');
  const path = decodeSafe(url.pathname + url.search).replace(/\/$/, '');
  const text = host + path;
  return text.length <= 48 ? text : `${text.slice(0, 30)}…${text.slice(-16)}`;
}

function decodeSafe(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}
