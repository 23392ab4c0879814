// The admin panel: custom assistants with Edit and Remove, the built-ins read-only, and the manifest
// form that registers (POST) and replaces (PUT) custom assistants. A validation problem's
// errors:[{field, message}] are shown next to their fields; anything else above the buttons.
import { h, $, clear, say } from './dom.js';
import { api, errorText } from './api.js';
import { readForm, fillForm, showErrors, focusFirstError } from './manifest-form.js';

const BLANK = { model: { model: 'default' } };

const button = (text, cls, label, onclick) => h('button', { type: 'button', class: cls, 'aria-label': label, onclick }, text);

export class AdminPanel {
  constructor(state, onChanged) {
    this.state = state;
    this.onChanged = onChanged;
    this.editing = null; // id of the custom assistant in the form, or null for a new one
    this.status = $('#admin-status');
    this.advanced = $('#manifest-advanced');
    $('#manifest-new').addEventListener('click', () => this.startNew());
    $('#manifest-copy').addEventListener('click', () => this.copy());
    $('#manifest-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    $('#manifest-form').addEventListener('input', (e) => {
      if (this.advanced.open && e.target.id !== 'manifest-json') this.showJson();
    });
    this.advanced.addEventListener('toggle', () => this.advanced.open && this.showJson());
    $('#manifest-json-apply').addEventListener('click', () => this.applyJson());
    this.startNew();
  }

  render() {
    const custom = this.state.assistants.filter((a) => !a.builtIn);
    clear($('#custom-assistants')).append(...(custom.length
      ? custom.map((a) => row(a, button('Edit', 'secondary edit', `Edit ${a.id}`, () => this.edit(a.id)),
        button('Remove', 'danger remove', `Remove ${a.id}`, () => this.remove(a))))
      : [h('li', { class: 'hint' }, 'No custom assistants yet.')]));
    clear($('#builtin-assistants')).append(...this.state.assistants.filter((a) => a.builtIn)
      .map((a) => row(a, button('View', 'secondary view', `View ${a.id}`, () => this.view(a)))));
    this.describeTools();
  }

  /** The tools hint names every tool the server can run (GET /api/v1/tools), with what it does. */
  async describeTools() {
    const hint = $('#m-tools-hint');
    try {
      const tools = await api('/api/v1/tools');
      hint.textContent = 'Tool names, comma-separated.' + (tools.length
        ? ' This server has: ' + tools.map((t) => `${t.name} (${t.description})`).join('; ') + '.'
        : '');
    } catch (e) {
      hint.textContent = 'Tool names, comma-separated.';
    }
  }

  /** Puts the form in one of its modes: new, editing a custom assistant, or viewing a built-in. */
  mode(kind, manifest, title) {
    this.editing = kind === 'edit' ? manifest.id : null;
    fillForm(manifest);
    showErrors([]);
    say(this.status, '');
    $('#manifest-title').textContent = title;
    $('#manifest-fields').disabled = kind === 'view';
    $('#m-id').readOnly = kind === 'edit';
    $('#manifest-readonly').hidden = kind !== 'view';
    $('#manifest-save').hidden = kind === 'view';
    $('#manifest-copy').hidden = kind !== 'view';
    $('#manifest-save').textContent = kind === 'edit' ? 'Save changes' : 'Register';
    if (this.advanced.open) this.showJson();
  }

  startNew() {
    this.mode('new', BLANK, 'New assistant');
  }

  async edit(id) {
    try {
      this.mode('edit', await api(`/api/v1/assistants/${encodeURIComponent(id)}`), `Edit ${id}`);
      $('#m-displayName').focus();
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  view(manifest) {
    this.mode('view', manifest, `${manifest.displayName || manifest.id} (built-in)`);
    $('#manifest-form').scrollIntoView({ block: 'start' });
  }

  copy() {
    const manifest = readForm();
    this.mode('new', { ...manifest, id: `${manifest.id}-copy` }, 'New assistant');
    $('#m-id').focus();
  }

  async save() {
    const editing = this.editing;
    const path = editing ? `/api/v1/assistants/${encodeURIComponent(editing)}` : '/api/v1/assistants';
    say(this.status, editing ? 'Saving…' : 'Registering…');
    try {
      const saved = await api(path, { method: editing ? 'PUT' : 'POST', body: readForm() });
      await this.onChanged();
      this.mode('edit', saved, `Edit ${saved.id}`);
      say(this.status, `${editing ? 'Saved' : 'Registered'} ${saved.id}.`, 'ok');
    } catch (error) {
      const errors = error.errors?.length ? error.errors : [{ message: errorText(error) }];
      const inline = showErrors(errors);
      say(this.status, inline ? `Not saved: ${inline === 1 ? 'one field needs' : `${inline} fields need`} correcting.`
        : 'Not saved.', 'error');
      focusFirstError();
    }
  }

  async remove(assistant) {
    if (!confirm(`Remove the assistant ${assistant.id}? Its conversations can no longer be continued.`)) return;
    try {
      await api(`/api/v1/assistants/${encodeURIComponent(assistant.id)}`, { method: 'DELETE' });
      await this.onChanged();
      if (this.editing === assistant.id) this.startNew();
      say(this.status, `Removed ${assistant.id}.`, 'ok');
    } catch (error) {
      say(this.status, errorText(error), 'error');
    }
  }

  showJson() {
    $('#manifest-json').value = JSON.stringify(readForm(), null, 2);
  }

  applyJson() {
    let manifest;
    try {
      manifest = JSON.parse($('#manifest-json').value);
    } catch (error) {
      showErrors([{ message: `The JSON is not valid: ${error.message}` }]);
      return;
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      showErrors([{ message: 'The JSON must be one object: a manifest.' }]);
      return;
    }
    if (this.editing) manifest.id = this.editing;
    fillForm(manifest);
    showErrors([]);
    say(this.status, 'The form now shows the JSON; nothing is saved until you press the button.');
  }
}

function row(assistant, ...buttons) {
  return h('li', { 'data-id': assistant.id },
    h('span', {}, h('strong', {}, assistant.displayName || assistant.id),
      ` (${assistant.id}) — ${(assistant.languages || []).join(', ')}`),
    h('span', { class: 'row' }, ...buttons));
}
