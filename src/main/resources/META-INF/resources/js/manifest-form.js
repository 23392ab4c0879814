// The assistant manifest form: reads the form as a manifest, fills it from one, and places the
// server's field errors. Each field has an input #m-{key} and an error line #m-{key}-error, where
// {key} is the manifest path with dots as dashes (model.baseUrl → m-model-baseUrl).
import { h, $, clear } from './dom.js';

const TEXT = ['id', 'displayName', 'region', 'persona', 'greeting'];
const NUMBERS = ['temperature', 'topP', 'maxTokens'];
// as AssistantManifest derives rightToLeft when a manifest leaves it out
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo']);

const input = (key) => document.getElementById(`m-${key.replaceAll('.', '-')}`);
const list = (text, separator) => text.split(separator).map((s) => s.trim()).filter(Boolean);

/** The manifest the form describes; blank optional fields are left out so the server's defaults apply. */
export function readForm() {
  const m = {};
  for (const key of TEXT) m[key] = input(key).value.trim();
  m.languages = list(input('languages').value, ',');
  const direction = input('rightToLeft').value;
  if (direction) m.rightToLeft = direction === 'true';
  m.guidelines = list(input('guidelines').value, '\n');
  const model = {};
  for (const key of ['provider', 'model', 'baseUrl']) {
    const value = input(`model.${key}`).value.trim();
    if (value) model[key] = value;
  }
  if (Object.keys(model).length) m.model = model;
  m.tools = list(input('tools').value, ',');
  const generation = {};
  for (const key of NUMBERS) {
    const value = input(`generation.${key}`).value.trim();
    if (value) generation[key] = Number(value);
  }
  if (Object.keys(generation).length) m.generation = generation;
  return m;
}

/** Puts a manifest (as the server returns it) into the form; null empties the form. */
export function fillForm(manifest) {
  const m = manifest || {};
  for (const key of TEXT) input(key).value = m[key] ?? '';
  input('languages').value = (m.languages || []).join(', ');
  // the server always states the direction; the form says "from the language" when that is what it is
  const stated = typeof m.rightToLeft === 'boolean' && m.rightToLeft !== derivedRightToLeft(m.languages?.[0]);
  input('rightToLeft').value = stated ? String(m.rightToLeft) : '';
  input('guidelines').value = (m.guidelines || []).join('\n');
  for (const key of ['provider', 'model', 'baseUrl']) input(`model.${key}`).value = m.model?.[key] ?? '';
  input('tools').value = (m.tools || []).join(', ');
  for (const key of NUMBERS) input(`generation.${key}`).value = m.generation?.[key] ?? '';
}

function derivedRightToLeft(tag) {
  const [language, second] = String(tag || '').toLowerCase().split('-');
  return /^[a-z]{4}$/.test(second || '') ? RTL_SCRIPTS.has(second) : RTL_LANGUAGES.has(language);
}

/**
 * Shows each error next to the field it names (languages[1] → the languages field) and the rest
 * (no field, or one the form does not have) in the general list. Returns how many fields have errors.
 */
export function showErrors(errors) {
  for (const line of document.querySelectorAll('#manifest-form .field-error')) {
    clear(line).hidden = true;
  }
  for (const el of document.querySelectorAll('#manifest-form [aria-invalid]')) el.removeAttribute('aria-invalid');
  const general = clear($('#manifest-errors'));
  const fields = new Set();
  for (const error of errors) {
    const field = String(error.field || '');
    const key = field.replace(/\[\d+\]/g, '');
    const line = key ? document.getElementById(`m-${key.replaceAll('.', '-')}-error`) : null;
    const message = error.message || 'is not valid';
    if (!line) {
      general.append(h('li', { 'data-field': field }, field && field !== '$' ? h('code', {}, field) : null,
        field && field !== '$' ? `: ${message}` : message));
      continue;
    }
    const item = field.match(/\[(\d+)\]/);
    line.append(h('span', { 'data-field': field }, item ? `Item ${Number(item[1]) + 1}: ${message}` : message));
    line.hidden = false;
    (input(key) || line.closest('fieldset'))?.setAttribute('aria-invalid', 'true');
    fields.add(key);
  }
  return fields.size;
}

/** Moves the focus to the first field with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError() {
  const first = document.querySelector('#manifest-form [aria-invalid="true"]');
  if (first && typeof first.focus === 'function') first.focus();
}
