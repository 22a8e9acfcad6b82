/**
 * The messages between an iframe embed and its parent page: ours, and pym.js's, which many
 * newsrooms already load. Any page can post anything to a window, so every message is read through
 * these functions, which accept only the expected shape with numbers in a sane range, and return
 * plain numbers: nothing from a message is ever written to the page.
 */
import type { HostViewport } from './options.ts';

/** Marks our messages, so that other scripts' messages on the same page are ignored. */
export const MESSAGE_TAG = 'thousands-of-cameras';

/** From the frame: it has loaded (and waits for the viewport); its content's height; scroll the reader to a point of it. */
export type FrameMessage = { tag: typeof MESSAGE_TAG; kind: 'hello' } | { tag: typeof MESSAGE_TAG; kind: 'height'; height: number } | { tag: typeof MESSAGE_TAG; kind: 'scroll-to'; top: number };

/** From the parent page: where the frame is in the reader's viewport. */
export type ParentMessage = { tag: typeof MESSAGE_TAG; kind: 'viewport' } & HostViewport;

/** Heights and offsets beyond this are not a page: a forged or broken message. */
const LIMIT = 1_000_000;
const isLength = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= LIMIT;

function isTagged(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as Record<string, unknown>).tag === MESSAGE_TAG;
}

export function readFrameMessage(data: unknown): FrameMessage | null {
  if (!isTagged(data)) return null;
  if (data.kind === 'hello') return { tag: MESSAGE_TAG, kind: 'hello' };
  if (data.kind === 'height' && isLength(data.height, 0)) return { tag: MESSAGE_TAG, kind: 'height', height: Math.ceil(data.height) };
  if (data.kind === 'scroll-to' && isLength(data.top, 0)) return { tag: MESSAGE_TAG, kind: 'scroll-to', top: data.top };
  return null;
}

export function readParentMessage(data: unknown): HostViewport | null {
  if (!isTagged(data) || data.kind !== 'viewport') return null;
  return isLength(data.top, -LIMIT) && isLength(data.height, 1) ? { top: data.top, height: data.height } : null;
}

export const frameMessage = {
  hello: (): FrameMessage => ({ tag: MESSAGE_TAG, kind: 'hello' }),
  height: (height: number): FrameMessage => ({ tag: MESSAGE_TAG, kind: 'height', height }),
  scrollTo: (top: number): FrameMessage => ({ tag: MESSAGE_TAG, kind: 'scroll-to', top }),
};

export const parentMessage = (viewport: HostViewport): ParentMessage => ({ tag: MESSAGE_TAG, kind: 'viewport', ...viewport });

/*
 * pym.js (v1.3): messages are strings `pym` xPYMx <child id> xPYMx <type> xPYMx <body>. The
 * parent puts the child id in the frame's address (`childId`); the frame sends `height`,
 * `scrollToChildPos` and `parentPositionInfo`; the parent sends `width` and
 * `viewport-iframe-position` ("viewport width, viewport height, frame top, left, bottom, right").
 */
const PYM = 'xPYMx';

/** A pym child id as pym.js makes them (an element id): anything else is not a pym parent's. */
export function isPymId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(id);
}

export function pymMessage(id: string, type: 'height' | 'scrollToChildPos' | 'parentPositionInfo', body: string): string {
  return ['pym', id, type, body].join(PYM);
}

export type PymParentMessage = { type: 'width' } | { type: 'viewport'; viewport: HostViewport };

export function readPymMessage(data: unknown, id: string): PymParentMessage | null {
  if (typeof data !== 'string' || data.length > 500) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
  if (parts[2] === 'width') return { type: 'width' };
  if (parts[2] !== 'viewport-iframe-position') return null;
  const numbers = parts[3].split(' ').map(Number);
  if (numbers.length !== 6) return null;
  const [, height, top] = numbers;
  return isLength(top, -LIMIT) && isLength(height, 1) ? { type: 'viewport', viewport: { top, height } } : null;
}
