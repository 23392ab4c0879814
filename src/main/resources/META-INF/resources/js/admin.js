// The admin panel: register, replace and remove custom assistants from a JSON manifest.
// The server's validation problems carry errors:[{field, message}]; each is shown by its field.
import { h, $, clear, say } from './dom.js';
import { api, errorText } from './api.js';

const TEMPLATE = {
  id: 'my-assistant',
  displayName: 'My assistant',
  languages: ['en-US'],
  region: 'US',
  persona: 'You are a friendly, concise assistant.',
  guidelines: ['Use plain words.'],
  greeting: 'Hello! How can I help?',
  rightToLeft: false,
  model: { provider: 'openai', model: 'your-model', baseUrl: 'http://localhost:8000/v1' },
  tools: ['plan_path', 'check_physical_plausibility', 'remember', 'recall'],
};

export class AdminPanel {
  constructor(state, onChanged) {
    this.state = state;
    this.onChanged = onChanged;
    this.editing = null; // id of the assistant being replaced, or null for a new one
    this.editor = $('#manifest');
    this.errors = $('#manifest-errors');
    this.status = $('#admin-status');
    $('#manifest-template').addEventListener('click', () => this.edit(null));
    $('#manifest-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.edit(null);
  }

  render() {
    const custom = this.state.assistants.filter((a) => !a.builtIn);
    clear($('#custom-assistants')).append(...(custom.length ? custom.map((a) => h('li', { 'data-id': a.id },
      h('span', {}, h('strong', {}, a.displayName || a.id), ` (${a.id}) — ${(a.languages || []).join(', ')}`),
      h('span', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${a.id}`, onclick: () => this.edit(a) }, 'Edit'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${a.id}`, onclick: () => this.remove(a) }, 'Remove'))))
      : [h('li', { class: 'hint' }, 'No custom assistants yet; the built-in ones cannot be changed here.')]));
  }

  edit(manifest) {
    this.editing = manifest?.id || null;
    const shown = manifest ? { ...manifest } : TEMPLATE;
    delete shown.builtIn;
    this.editor.value = JSON.stringify(shown, null, 2);
    $('#manifest-save').textContent = this.editing ? `Save ${this.editing}` : 'Register';
    this.showErrors([]);
    say(this.status, '');
    if (manifest) this.editor.focus();
  }

  async save() {
    let manifest;
    try {
      manifest = JSON.parse(this.editor.value);
    } catch (error) {
      this.showErrors([{ field: 'JSON', message: `the manifest is not valid JSON (${error.message})` }]);
      return;
    }
    const editing = this.editing;
    try {
      const saved = await api(editing ? `/api/v1/assistants/${encodeURIComponent(editing)}` : '/api/v1/assistants',
        { method: editing ? 'PUT' : 'POST', body: this.editor.value });
      this.showErrors([]);
      await this.onChanged();
      this.edit(null);
      say(this.status, `${editing ? 'Saved' : 'Registered'} ${saved?.id || manifest.id}.`, 'ok');
    } catch (error) {
      this.showErrors(error.errors || []);
      say(this.status, errorText(error), 'error');
    }
  }

  async remove(assistant) {
    if (!confirm(`Remove the assistant ${assistant.id}?`)) return;
    try {
      await api(`/api/v1/assistants/${encodeURIComponent(assistant.id)}`, { method: 'DELETE' });
      await this.onChanged();
      say(this.status, `Removed ${assistant.id}.`, 'ok');
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  showErrors(errors) {
    clear(this.errors).append(...errors.map((e) => h('li', { 'data-field': e.field || '' },
      h('code', {}, e.field || 'manifest'), `: ${e.message || 'is not valid'}`)));
    this.editor.setAttribute('aria-invalid', errors.length ? 'true' : 'false');
  }
}
