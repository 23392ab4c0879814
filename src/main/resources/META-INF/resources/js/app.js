// Entry point: sign-in, the tabs, and the shared state (who is signed in, the assistants).
import { $, say } from './dom.js';
import { api, session, errorText } from './api.js';
import { ChatView } from './chat.js';
import { Playground } from './playground.js';
import { MemoryPanel } from './memory.js';
import { AdminPanel } from './admin.js';

const state = { me: null, assistants: [] };
const views = ['signin', 'chat', 'playground', 'memory', 'admin'];

const chat = new ChatView(state);
const memory = new MemoryPanel(() => {
  chat.newConversation();
  chat.history.load(); // erasing the user's data removed their conversations too
});
const admin = new AdminPanel(state, loadAssistants);
new Playground(chat, show);

/** Exposed for the browser console and end-to-end tests (e.g. ami.chat.connection.simulateDrop()). */
window.ami = { state, chat };

function show(name) {
  for (const view of views) $(`#view-${view}`).hidden = view !== name;
  for (const tab of document.querySelectorAll('#tabs .tab')) {
    if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (name === 'memory') memory.load($('#memory-query').value.trim());
  if (name === 'admin') admin.render();
  if (name === 'chat') $('#message').focus();
  document.body.dataset.view = name;
}

async function loadAssistants() {
  state.assistants = await api('/api/v1/assistants');
  chat.setAssistants(state.assistants);
  admin.render();
}

async function signIn(key) {
  const me = await api('/api/v1/me', { key });
  session.key = key;
  state.me = me;
  const roles = Array.isArray(me.roles) ? me.roles : [];
  $('#who-name').textContent = `Signed in as ${me.name || me.id}${roles.includes('admin') ? ' (admin)' : ''}`;
  $('#who').hidden = false;
  $('#tabs').hidden = false;
  document.querySelector('#tabs [data-view="admin"]').hidden = !roles.includes('admin');
  await loadAssistants();
  chat.start();
  show('chat');
}

function signOut() {
  session.key = null;
  state.me = null;
  state.assistants = [];
  chat.stop();
  $('#who').hidden = true;
  $('#tabs').hidden = true;
  $('#api-key').value = '';
  show('signin');
  $('#api-key').focus();
}

$('#signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const key = $('#api-key').value.trim();
  say($('#signin-error'), '');
  try {
    await signIn(key);
  } catch (error) {
    say($('#signin-error'), errorText(error), 'error');
  }
});
$('#sign-out').addEventListener('click', signOut);
window.addEventListener('ami:unauthorized', (event) => {
  if (!state.me) return;
  signOut();
  say($('#signin-error'), `You were signed out: ${event.detail.message}`, 'error');
});
for (const tab of document.querySelectorAll('#tabs .tab')) tab.addEventListener('click', () => show(tab.dataset.view));

if (session.key) {
  signIn(session.key).catch((error) => {
    signOut();
    say($('#signin-error'), errorText(error), 'error');
  });
} else {
  show('signin');
}
