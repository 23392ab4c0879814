// World-model playground: plan in the two-rooms arena from two clicks (or typed coordinates), and
// score uploaded PNG frames for physical plausibility.
import { h, $, clear, say } from './dom.js';
import { api, errorText } from './api.js';
import { arena, planView, plausibilityView } from './plots.js';

export class Playground {
  constructor(chat, showView) {
    this.chat = chat;
    this.showView = showView;
    this.picking = 'start';
    this.drawing = arena((x, y) => this.pick(x, y));
    $('#arena').append(this.drawing.element);
    this.syncMarkers();
    for (const id of ['start-x', 'start-y', 'goal-x', 'goal-y']) $(`#${id}`).addEventListener('input', () => this.syncMarkers());
    $('#plan-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.plan();
    });
    $('#frames-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.score();
    });
    $('#example-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const kind = $('#example-kind').value;
      const seed = Number($('#example-seed').value) || 1;
      this.showView('chat');
      this.chat.ask(`Please check the physical plausibility of a generated example video with check_physical_plausibility (violation: ${kind}, seed: ${seed}).`);
    });
    $('#example-check').addEventListener('click', () => this.example());
  }

  /** Fetches a generated video of the chosen kind and scores it, as if its frames were uploaded. */
  async example() {
    const status = $('#physics-status');
    const result = clear($('#physics-result'));
    const kind = $('#example-kind').value;
    const seed = Number($('#example-seed').value) || 1;
    say(status, 'Generating and checking the example…');
    $('#example-check').disabled = true;
    try {
      const video = await api(`/api/v1/worldmodel/examples/${encodeURIComponent(kind)}?seed=${seed}`);
      const report = await api('/api/v1/worldmodel/plausibility', { method: 'POST', body: { frames: video.frames } });
      result.append(plausibilityView(report, video.frames.map((f) => `data:image/png;base64,${f}`)));
      const truth = video.kind === 'none' ? 'a plausible video' : `a video that breaks a rule (${video.kind.replaceAll('_', ' ')})`;
      say(status, `The simulator made ${truth}; the world model judged it ${report.verdict}.`, 'ok');
    } catch (error) {
      say(status, errorText(error), 'error');
    } finally {
      $('#example-check').disabled = false;
    }
  }

  point(prefix) {
    return { x: Number($(`#${prefix}-x`).value), y: Number($(`#${prefix}-y`).value) };
  }

  syncMarkers() {
    this.drawing.setStart(this.point('start'));
    this.drawing.setGoal(this.point('goal'));
  }

  /** First click sets the start, second the goal and plans. */
  pick(x, y) {
    $(`#${this.picking}-x`).value = x;
    $(`#${this.picking}-y`).value = y;
    this.syncMarkers();
    if (this.picking === 'start') {
      this.picking = 'goal';
      this.drawing.setPath([]);
      say($('#plan-status'), `Start at (${x}, ${y}). Now click the goal.`);
    } else {
      this.picking = 'start';
      this.plan();
    }
  }

  async plan() {
    const status = $('#plan-status');
    const result = clear($('#plan-result'));
    say(status, 'Planning…');
    $('#plan-button').disabled = true;
    try {
      const plan = await api('/api/v1/worldmodel/plan', {
        method: 'POST',
        body: { environment: 'two-rooms', start: this.point('start'), goal: this.point('goal') },
      });
      this.drawing.setPath(plan.trajectory);
      result.append(planView(plan));
      say(status, plan.success ? 'Planned: the agent reaches the goal.' : 'Planned, but the agent does not reach the goal.', 'ok');
    } catch (error) {
      this.drawing.setPath([]);
      say(status, errorText(error), 'error');
    } finally {
      $('#plan-button').disabled = false;
    }
  }

  async score() {
    const status = $('#physics-status');
    const result = clear($('#physics-result'));
    const files = [...$('#frames').files].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    if (!files.length) {
      say(status, 'Choose the PNG frames of a video first.', 'error');
      return;
    }
    if (files.some((f) => f.type && f.type !== 'image/png')) {
      say(status, 'Only PNG frames can be checked.', 'error');
      return;
    }
    say(status, `Checking ${files.length} frames…`);
    $('#score-button').disabled = true;
    try {
      const frames = await Promise.all(files.map(dataUrl));
      const report = await api('/api/v1/worldmodel/plausibility', {
        method: 'POST',
        body: { frames: frames.map((f) => f.slice(f.indexOf(',') + 1)) },
      });
      result.append(plausibilityView(report, frames.map((f) => f.replace(/^data:[^;]*;/, 'data:image/png;'))));
      say(status, `Checked ${files.length} frames.`, 'ok');
    } catch (error) {
      say(status, errorText(error), 'error');
    } finally {
      $('#score-button').disabled = false;
    }
  }
}

function dataUrl(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
