// The side panel of the user's past conversations (GET /api/v1/conversations, newest first).
// Opening one reads its messages (GET /api/v1/conversations/{id}) and hands them to the chat view,
// which continues the conversation by sending its id with the next message.
import { h, $, clear, say } from './dom.js';
import { api, errorText } from './api.js';

export class ConversationList {
  /**
   * @param state the page's shared state (assistants, for names and languages)
   * @param {(detail: {conversation, messages}) => boolean} onOpen shows a conversation; false when it cannot now
   */
  constructor(state, onOpen) {
    this.state = state;
    this.onOpen = onOpen;
    this.list = $('#conversations');
    this.status = $('#history-status');
    this.current = null;
    this.loads = 0; // only the latest of overlapping loads is shown
  }

  async load() {
    const load = ++this.loads;
    try {
      const conversations = await api('/api/v1/conversations?limit=50');
      if (load !== this.loads) return;
      clear(this.list).append(...conversations.map((c) => this.row(c)));
      say(this.status, conversations.length ? '' : 'No conversations yet.');
      this.mark(this.current);
    } catch (error) {
      if (load === this.loads) say(this.status, errorText(error), 'error');
    }
  }

  row(c) {
    const manifest = this.state.assistants.find((a) => a.id === c.assistant);
    return h('li', { 'data-id': c.id },
      h('button', { type: 'button', class: 'conversation', onclick: () => this.open(c.id) },
        h('span', { class: 'title', dir: 'auto', lang: manifest?.languages?.[0] || null }, c.title || '(untitled)'),
        h('span', { class: 'about' }, [manifest?.displayName || c.assistant, when(c.updatedAt)].filter(Boolean).join(' · '))));
  }

  async open(id) {
    say(this.status, 'Opening…');
    try {
      const detail = await api(`/api/v1/conversations/${encodeURIComponent(id)}`);
      if (this.onOpen(detail)) this.mark(id);
      say(this.status, '');
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  /** Marks the conversation shown in the chat view (null: a new one). */
  mark(id) {
    this.current = id;
    for (const item of this.list.querySelectorAll('li[data-id]')) {
      const button = item.querySelector('button');
      if (item.dataset.id === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  reset() {
    this.loads++;
    this.current = null;
    clear(this.list);
    say(this.status, '');
  }
}

function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
