// Message elements of the chat view, shared by streamed turns and stored conversations. Every
// element gets the lang and dir of the assistant it belongs to, so Arabic replies read right to left.
import { h } from './dom.js';
import { renderMarkdown } from './markdown.js';

/** lang and dir for an assistant's text; dir "auto" when the assistant is not known yet. */
export function direction(manifest) {
  return { lang: manifest?.languages?.[0] || null, dir: manifest ? (manifest.rightToLeft ? 'rtl' : 'ltr') : 'auto' };
}

export function userMessage(text, manifest) {
  return h('li', { class: 'msg user', dir: 'auto', lang: direction(manifest).lang },
    h('div', { class: 'meta' }, 'You'), h('div', { class: 'body' }, text));
}

/** The reply's header: who answered, with which engine, and whether the router picked it. */
export function replyMeta(manifest, assistantId, engine, routed) {
  return [
    h('span', { class: 'who' }, manifest?.displayName || assistantId || 'Ami'),
    engine ? h('span', { class: 'engine', title: 'Which engine wrote this reply' }, engine) : null,
    routed && assistantId ? h('span', { class: 'routed' }, '(picked automatically)') : null,
  ].filter(Boolean);
}

/** A reply read back from storage (GET /api/v1/conversations/{id}); its text is markdown like a live one. */
export function storedReply(message, manifest, assistantId) {
  const body = h('div', { class: 'body' });
  body.innerHTML = renderMarkdown(message.content); // safe: renderMarkdown escapes before adding its own tags
  return h('li', { class: 'msg assistant stored', 'data-assistant': assistantId, 'data-seq': message.seq, ...direction(manifest) },
    h('div', { class: 'meta' }, ...replyMeta(manifest, assistantId, message.engine, false)), body);
}
