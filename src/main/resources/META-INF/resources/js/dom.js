// Tiny DOM helpers: elements are built with properties and text nodes, never from HTML strings,
// so nothing that comes from the server or a model can become markup by accident.

/**
 * h('button', {class: 'primary', onclick: fn, 'aria-label': 'Send'}, 'Send')
 * Attribute values are set with setAttribute (or as listeners for on*); children may be
 * nodes, strings (become text nodes), arrays, null or false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** SVG element with attributes (numbers are fine). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const $ = (selector, root = document) => root.querySelector(selector);

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** Only PNG data URLs from the server become image sources (no remote or script URLs). */
export function safePngDataUrl(value) {
  return typeof value === 'string' && value.startsWith('data:image/png;base64,') ? value : null;
}

/** Shows a status line in a live region (role=status or role=alert set in the markup). */
export function say(el, text, kind = 'info') {
  el.textContent = text || '';
  el.dataset.kind = kind;
  el.hidden = !text;
}
