/**
 * What every engine's client gives the engine tests: open a page at a viewport size, run an
 * in-page function in it (or in one of its iframes), close. One browser per engine per test file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Viewport {
  width: number;
  height: number;
}

/** An in-page function: self-contained, at most one argument, returns plain data (see ../in-page.ts). */
export type InPage<A, R> = (arg: A) => R;

export interface Tab {
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Runs `fn` in the document of the iframe matched by `selector` (any origin). */
  evaluateInFrame<R, A = undefined>(selector: string, fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Uncaught errors the engine reported for the page, where its client can see them (else empty). */
  errors(): string[];
  close(): Promise<void>;
}

export interface Engine {
  /** For test output, e.g. "WebKit (WebKitGTK 2.50.6)". */
  label: string;
  /** Opens `url` afresh (never a same-document navigation) with the viewport exactly `viewport`. */
  open(url: string, viewport: Viewport): Promise<Tab>;
  close(): Promise<void>;
}

/** Polls `check` until it returns true; fails after `timeout` ms with `describe()`'s message. */
export async function waitFor(check: () => Promise<boolean>, describe: () => Promise<string> | string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${await describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A free TCP port on 127.0.0.1 (free when asked: a caller that races for it retries). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Ends a process we started, and waits for it to be gone (SIGKILL after 5 s). */
export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd: no race with other users of the machine)
 * and returns it (":N") with a function that stops it.
 */
export function startXvfb(): Promise<{ display: string; stop: () => Promise<void> }> {
  return new Promise((done, fail) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let out = '';
    xvfb.stderr!.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', (error) => fail(new Error(`cannot start Xvfb (${error.message}): install it with sudo apt-get install -y xvfb`)));
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.slice(-500)}`)));
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) done({ display: `:${out.trim()}`, stop: () => stopProcess(xvfb) });
    });
  });
}
