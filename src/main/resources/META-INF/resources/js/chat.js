// The chat view: assistant picker, message list with streamed tokens rendered as markdown,
// engine and assistant of each reply, attachments, right-to-left layout for RTL assistants, and
// the list of past conversations, any of which it can continue.
import { h, $, clear, say } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { attachmentView } from './plots.js';
import { ChatConnection } from './connection.js';
import { ConversationList } from './history.js';
import { userMessage, storedReply, replyMeta, direction } from './messages.js';
import { api } from './api.js';

const newTurnId = () => (crypto.randomUUID ? crypto.randomUUID() : `turn-${Date.now()}-${Math.random().toString(16).slice(2)}`);

export class ChatView {
  constructor(state) {
    this.state = state;
    this.conversationId = null;
    this.pending = null; // { frame, item, body, text, tokens, sent }
    this.list = $('#messages');
    this.picker = $('#assistant');
    this.input = $('#message');
    this.error = $('#chat-error');
    this.banner = $('#connection');
    this.connection = new ChatConnection((f) => this.onFrame(f), (s, d) => this.onStatus(s, d));
    this.history = new ConversationList(state, (detail) => this.show(detail));

    $('#composer').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submit();
      }
    });
    this.picker.addEventListener('change', () => this.newConversation());
    $('#new-conversation').addEventListener('click', () => this.newConversation());
  }

  start() {
    this.connection.open();
    this.history.load();
  }

  stop() {
    this.connection.close();
    this.pending = null;
    this.newConversation();
    this.history.reset();
    say(this.banner, '');
  }

  /** Fills the picker; keeps the current choice when it still exists. */
  setAssistants(list) {
    const current = this.picker.value;
    clear(this.picker).append(
      h('option', { value: '' }, 'Automatic — the router picks by language'),
      ...list.map((a) => h('option', { value: a.id },
        `${a.displayName || a.id} — ${(a.languages || []).join(', ') || '?'}${a.region ? `, ${a.region}` : ''}`)));
    this.picker.value = list.some((a) => a.id === current) ? current : '';
    this.applyDirection();
  }

  selected() {
    return this.state.assistants.find((a) => a.id === this.picker.value) || null;
  }

  applyDirection() {
    const a = this.selected();
    const view = $('#view-chat');
    view.dir = a?.rightToLeft ? 'rtl' : 'ltr';
    if (a?.languages?.[0]) view.lang = a.languages[0];
    else view.removeAttribute('lang');
  }

  newConversation() {
    if (this.pending) return; // finish the turn in flight first
    this.conversationId = null;
    clear(this.list);
    say(this.error, '');
    this.applyDirection();
    this.history.mark(null);
  }

  /** Shows a stored conversation and continues it; false while a turn is in flight. */
  show({ conversation, messages }) {
    if (this.pending) {
      say(this.error, 'Wait for the current reply to finish before opening another conversation.', 'error');
      return false;
    }
    const manifest = this.state.assistants.find((a) => a.id === conversation.assistant) || null;
    this.picker.value = manifest ? manifest.id : '';
    this.conversationId = conversation.id;
    clear(this.list).append(...messages.map((m) => (m.role === 'user'
      ? userMessage(m.content, manifest)
      : storedReply(m, manifest, conversation.assistant))));
    say(this.error, '');
    this.applyDirection();
    this.list.lastElementChild?.scrollIntoView({ block: 'end' });
    this.input.focus();
    return true;
  }

  /** Sends text as the user's next message (also used by the playground's example button). */
  ask(text) {
    this.input.value = text;
    this.submit();
  }

  submit() {
    const text = this.input.value.trim();
    if (!text) return;
    if (this.pending) {
      say(this.error, 'Wait for the current reply to finish before sending another message.', 'error');
      return;
    }
    say(this.error, '');
    const assistant = this.selected();
    const frame = { type: 'message', text, turnId: newTurnId() };
    // a continued conversation keeps its assistant; the server knows it from the conversation
    if (this.conversationId) frame.conversationId = this.conversationId;
    else if (assistant) frame.assistant = assistant.id;
    this.list.append(userMessage(text, assistant));
    const body = h('div', { class: 'body' });
    const item = h('li', { class: 'msg assistant pending', 'aria-busy': 'true', ...direction(assistant) },
      h('div', { class: 'meta' }, h('span', { class: 'who' }, assistant?.displayName || 'Ami')), body);
    this.list.append(item);
    this.pending = { frame, item, body, text: '', tokens: 0, sent: false };
    this.input.value = '';
    $('#send').disabled = true;
    this.pending.sent = this.connection.send(frame);
    if (!this.pending.sent) this.connection.open();
    item.scrollIntoView({ block: 'end' });
  }

  onStatus(status, delay) {
    if (status === 'reconnecting') {
      // a socket refused at the handshake says nothing about why; a 401 here signs the page out
      if (this.connection.attempt > 1) api('/api/v1/me').catch(() => {});
      say(this.banner, `Connection lost — reconnecting… (next try in ${Math.max(1, Math.round(delay / 1000))} s)`, 'warn');
    } else if (status === 'reconnected') {
      say(this.banner, 'Reconnected.', 'ok');
      setTimeout(() => { if (this.banner.textContent === 'Reconnected.') say(this.banner, ''); }, 4000);
    }
    if (status !== 'reconnecting' && this.pending) {
      // The same turnId again: the server answers a turn it already stored from storage.
      this.pending.text = '';
      this.pending.tokens = 0;
      clear(this.pending.body);
      this.pending.sent = this.connection.send(this.pending.frame);
    }
  }

  onFrame(frame) {
    const p = this.pending;
    if (!p) return;
    if (frame.type === 'token') {
      p.text += frame.text ?? '';
      p.tokens++;
      p.item.dataset.tokens = String(p.tokens);
      p.body.innerHTML = renderMarkdown(p.text); // safe: renderMarkdown escapes before adding its own tags
    } else if (frame.type === 'tool') {
      const error = frame.result && typeof frame.result === 'object' ? frame.result.error : null;
      p.item.insertBefore(h('p', { class: error ? 'tool failed-tool' : 'tool' },
        error ? `The tool ${frame.name} could not run: ${error}` : `Used the tool ${frame.name}`), p.body);
    } else if (frame.type === 'done') {
      this.finish(frame);
    } else if (frame.type === 'error') {
      const detail = frame.problem?.detail || frame.problem?.title || 'The reply failed.';
      p.item.append(h('p', { class: 'failed', role: 'alert' }, detail));
      this.settle();
    }
  }

  finish(done) {
    const p = this.pending;
    if (done.conversationId) this.conversationId = done.conversationId;
    const manifest = this.state.assistants.find((a) => a.id === done.assistant);
    if (manifest) {
      p.item.lang = manifest.languages?.[0] || '';
      p.item.dir = manifest.rightToLeft ? 'rtl' : 'ltr';
    }
    p.item.dataset.assistant = done.assistant || '';
    clear(p.item.querySelector('.meta')).append(...replyMeta(manifest, done.assistant, done.engine, !this.picker.value));
    for (const attachment of Array.isArray(done.attachments) ? done.attachments : []) p.item.append(attachmentView(attachment));
    p.item.classList.add('done');
    this.settle();
    // the conversation is new or just moved to the top of the list
    this.history.mark(this.conversationId);
    this.history.load();
  }

  settle() {
    this.pending.item.classList.remove('pending');
    this.pending.item.removeAttribute('aria-busy');
    this.pending = null;
    $('#send').disabled = false;
    this.list.lastElementChild?.scrollIntoView({ block: 'end' });
  }
}
