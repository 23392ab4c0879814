// The memory panel: list and search the user's memories, delete one, export everything as JSON,
// erase everything after a confirmation dialog. Field names are read defensively because the
// memory endpoints may shape items as {id, text, kind, source…} or wrap them ({item, score}).
import { h, $, clear, say } from './dom.js';
import { api, errorText } from './api.js';

export class MemoryPanel {
  constructor(onErased) {
    this.onErased = onErased;
    this.list = $('#memories');
    this.status = $('#memory-status');
    $('#memory-search').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = $('#memory-query').value.trim();
      this.load(q);
    });
    $('#memory-all').addEventListener('click', () => {
      $('#memory-query').value = '';
      this.load('');
    });
    $('#export').addEventListener('click', () => this.export());
    $('#erase').addEventListener('click', () => $('#erase-dialog').showModal());
    $('#erase-dialog').addEventListener('close', () => {
      if ($('#erase-dialog').returnValue === 'erase') this.erase();
    });
  }

  async load(query = '') {
    say(this.status, query ? 'Searching…' : 'Loading…');
    try {
      const path = query ? `/api/v1/me/memories/search?q=${encodeURIComponent(query)}&k=20` : '/api/v1/me/memories';
      const items = itemsOf(await api(path)).map(normalise).filter((m) => m.id || m.text);
      clear(this.list).append(...items.map((m) => this.row(m)));
      say(this.status, items.length ? `${items.length} ${items.length === 1 ? 'memory' : 'memories'}${query ? ` match “${query}”` : ''}.`
        : query ? `No memory matches “${query}”.` : 'Ami remembers nothing about you yet.');
    } catch (error) {
      clear(this.list);
      say(this.status, error.status === 404 ? 'Memory is not available on this server yet.' : errorText(error), 'error');
    }
  }

  row(m) {
    const about = [m.kind, m.source ? `from ${m.source}` : null, m.date ? formatDate(m.date) : null].filter(Boolean).join(' · ');
    return h('li', { 'data-id': m.id },
      h('div', {},
        h('div', { class: 'text', dir: 'auto', lang: m.language || null }, m.text || '(no text)'),
        about ? h('div', { class: 'about' }, about) : null),
      m.id ? h('button', { type: 'button', class: 'secondary delete', 'aria-label': `Delete memory: ${m.text}`, onclick: () => this.remove(m) }, 'Delete') : null);
  }

  async remove(m) {
    try {
      await api(`/api/v1/me/memories/${encodeURIComponent(m.id)}`, { method: 'DELETE' });
      this.list.querySelector(`li[data-id="${CSS.escape(m.id)}"]`)?.remove();
      say(this.status, `Deleted “${m.text}”.`, 'ok');
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  async export() {
    try {
      const data = await api('/api/v1/me/export');
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const link = h('a', { href: URL.createObjectURL(blob), download: `ami-export-${new Date().toISOString().slice(0, 10)}.json` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(this.status, 'Your data was downloaded as JSON.', 'ok');
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  async erase() {
    try {
      await api('/api/v1/me', { method: 'DELETE' });
      clear(this.list);
      say(this.status, 'All your data was erased.', 'ok');
      this.onErased?.();
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }
}

function itemsOf(body) {
  if (Array.isArray(body)) return body;
  for (const key of ['items', 'memories', 'hits', 'results']) if (Array.isArray(body?.[key])) return body[key];
  return [];
}

/** One memory, whatever the exact field names: a search hit may wrap the item ({item, score}). */
function normalise(raw) {
  const m = raw?.item && typeof raw.item === 'object' ? { ...raw.item, score: raw.score } : raw || {};
  const source = m.source ?? m.assistant ?? m.assistantId ?? (m.sourceMessageId ? 'a conversation' : null);
  return {
    id: m.id != null ? String(m.id) : null,
    text: String(m.text ?? m.content ?? m.value ?? ''),
    kind: m.kind ?? m.type ?? null,
    source: typeof source === 'object' && source !== null ? source.assistant || source.kind || JSON.stringify(source) : source,
    date: m.updatedAt ?? m.createdAt ?? m.created ?? m.date ?? null,
    language: m.language ?? null,
  };
}

function formatDate(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString();
}
