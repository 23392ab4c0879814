// The chat WebSocket. Browsers cannot set headers on a WebSocket, so the key travels as the
// api_key query parameter (the server accepts it on /ws/ only). A dropped socket is reopened with
// exponential backoff (0.5 s doubling to 10 s, with jitter); the status callback tells the page.
import { session } from './api.js';

export class ChatConnection {
  /**
   * @param {(frame: object) => void} onFrame every server frame, parsed
   * @param {(state: 'connected'|'reconnecting'|'reconnected', delayMs?: number) => void} onStatus
   */
  constructor(onFrame, onStatus) {
    this.onFrame = onFrame;
    this.onStatus = onStatus;
    this.ws = null;
    this.wanted = false;
    this.dropped = false;
    this.attempt = 0;
    this.timer = null;
  }

  open() {
    this.wanted = true;
    if (!this.ws) this.connect();
  }

  close() {
    this.wanted = false;
    clearTimeout(this.timer);
    const ws = this.ws;
    this.ws = null;
    ws?.close(1000, 'signed out');
  }

  get ready() {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** Sends a frame now; false when the socket is not open (the caller keeps it for onOpen). */
  send(frame) {
    if (!this.ready) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/ws/chat?api_key=${encodeURIComponent(session.key || '')}`);
    this.ws = ws;
    ws.addEventListener('open', () => {
      if (this.ws !== ws) return;
      const wasDropped = this.dropped;
      this.dropped = false;
      this.attempt = 0;
      this.onStatus(wasDropped ? 'reconnected' : 'connected');
    });
    ws.addEventListener('message', (event) => {
      if (this.ws !== ws) return;
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return; // the server only sends JSON; ignore anything else
      }
      this.onFrame(frame);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws || !this.wanted) return;
      this.ws = null;
      this.dropped = true;
      const delay = Math.round(Math.min(10_000, 500 * 2 ** this.attempt) * (0.8 + Math.random() * 0.4));
      this.attempt++;
      this.onStatus('reconnecting', delay);
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  /** Closes the socket as a network failure would, without giving up on it (used by tests and the dev console). */
  simulateDrop() {
    this.ws?.close(4000, 'simulated drop');
  }
}
