/**
 * WebKit, Safari's engine, as Debian packages it: WebKitGTK's WebDriver server (webkit2gtk-driver)
 * driving its MiniBrowser in automation mode, in an Xvfb display the harness starts itself.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startXvfb, stopProcess, waitFor, type Engine, type Tab, type Viewport } from './engine';
import { WebDriverSession } from './webdriver';

const HOW_TO_GET =
  'WebKit tests need Debian\'s WebKitGTK WebDriver, its MiniBrowser and Xvfb: sudo apt-get install -y webkit2gtk-driver xvfb ' +
  '(or run .ci/run, which installs them). Set WEBKIT_WEBDRIVER / WEBKIT_MINIBROWSER to use others.';

export function findWebKit(): { driver: string; browser: string } {
  const driver = [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'].find((p) => p && existsSync(p));
  // MiniBrowser is in the webkit2gtk-4.1 folder of the system's library directory (/usr/lib/<arch>/).
  const libDirs = readdirSync('/usr/lib').map((dir) => join('/usr/lib', dir));
  const browser = [process.env.WEBKIT_MINIBROWSER, ...libDirs.map((dir) => join(dir, 'webkit2gtk-4.1/MiniBrowser'))].find((p) => p && existsSync(p));
  const xvfb = existsSync('/usr/bin/Xvfb');
  if (!driver || !browser || !xvfb) {
    throw new Error(`${HOW_TO_GET} Missing: ${[!driver && 'WebKitWebDriver', !browser && 'MiniBrowser', !xvfb && 'Xvfb'].filter(Boolean).join(', ')}.`);
  }
  return { driver, browser };
}

/** WebKitGTK's version, for the test titles (the session's capabilities confirm it once started). */
export function webkitVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).replace(/-[^-]*$/, '');
  } catch {
    return 'version unknown';
  }
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide: shrink the toolbar with a GTK
 * stylesheet so that the window, and so the page's viewport, can be a phone's 375 px.
 */
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; -gtk-icon-transform: scale(0.1); }\n';

export async function launchWebKit({ javaScript = true }: { javaScript?: boolean } = {}): Promise<Engine> {
  const { driver, browser } = findWebKit();
  const home = mkdtempSync(join(tmpdir(), 'webkit-'));
  mkdirSync(join(home, 'config/gtk-3.0'), { recursive: true });
  writeFileSync(join(home, 'config/gtk-3.0/gtk.css'), GTK_CSS);
  let driverProcess: ChildProcess | undefined;
  let xvfb: Awaited<ReturnType<typeof startXvfb>> | undefined;
  let session: WebDriverSession | undefined;
  const close = async () => {
    await session?.quit().catch(() => {});
    await stopProcess(driverProcess);
    await xvfb?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    xvfb = await startXvfb();
    const env = {
      ...process.env,
      DISPLAY: xvfb.display,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_DATA_HOME: join(home, 'data'),
      // No accessibility bus here: do not wait for one.
      NO_AT_BRIDGE: '1',
    };
    let server = '';
    for (let attempt = 0; attempt < 3 && !server; attempt++) {
      const port = await freePort();
      const child = spawn(driver, [`--port=${port}`, '--host=local'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.resume();
      driverProcess = child;
      const ready = await waitFor(
        async () => {
          // Gone (the port was taken after all): try another.
          if (child.exitCode !== null || child.signalCode !== null) throw new Error('WebKitWebDriver exited');
          return fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
        },
        () => 'WebKitWebDriver did not answer',
        20_000,
      ).then(
        () => true,
        () => false,
      );
      if (ready) server = `http://127.0.0.1:${port}`;
      else await stopProcess(child);
    }
    if (!server) throw new Error('WebKitWebDriver did not start');
    // The network is closed: MiniBrowser fetches nothing by itself (no updates, telemetry or
    // safe browsing lists). Without JavaScript: WebDriver has no capability for it, but
    // MiniBrowser takes WebKit's settings as arguments, and with `enable-javascript` off the page's
    // scripts do not run (and <noscript> shows) while the driver's own still do. (Not
    // `enable-javascript-markup=false`: it stops the scripts but leaves <noscript> hidden.)
    session = await WebDriverSession.create(server, {
      'webkitgtk:browserOptions': {
        binary: browser,
        args: ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])],
      },
    });
  } catch (error) {
    await close();
    throw error;
  }
  const wd = session;
  const version = String(wd.capabilities.browserVersion ?? webkitVersion());
  let size = { width: 0, height: 0 };

  const run = <R, A>(fn: (arg: A) => R, arg?: A) => wd.execute<R>(`return (${fn})(arguments[0]);`, [arg ?? null]);

  async function setViewport(viewport: Viewport) {
    if (size.width === viewport.width && size.height === viewport.height) return;
    const read = () => run(() => ({ width: innerWidth, height: innerHeight, outerWidth, outerHeight }));
    // The window holds a toolbar too: grow it by what the page does not get. The window manager
    // applies a new size a moment later, so wait for the page's size to change, then check again.
    let now = await read();
    for (let attempt = 0; attempt < 10 && (now.width !== viewport.width || now.height !== viewport.height); attempt++) {
      const before = now;
      await wd.setWindowRect({ width: now.outerWidth + viewport.width - now.width, height: now.outerHeight + viewport.height - now.height });
      for (let poll = 0; poll < 50; poll++) {
        now = await read();
        if (now.width !== before.width || now.height !== before.height) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    if (now.width !== viewport.width || now.height !== viewport.height) {
      throw new Error(`WebKit's viewport is ${now.width}×${now.height}, not ${viewport.width}×${viewport.height}`);
    }
    size = viewport;
  }

  return {
    label: `WebKit (WebKitGTK ${version})`,
    async open(url, viewport): Promise<Tab> {
      await wd.navigate('about:blank');
      await setViewport(viewport);
      await wd.navigate(url);
      return {
        evaluate: (fn, arg) => run(fn, arg),
        async evaluateInFrame(selector, fn, arg) {
          const frame = await wd.findElement(selector);
          await wd.switchToFrame(frame);
          try {
            return await run(fn, arg);
          } finally {
            await wd.switchToParentFrame();
          }
        },
        // WebKitWebDriver gives no console log: the other engines' clients check for errors.
        errors: () => [],
        close: async () => {
          await wd.navigate('about:blank');
        },
      };
    },
    close,
  };
}
