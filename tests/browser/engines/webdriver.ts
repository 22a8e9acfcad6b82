/** A minimal W3C WebDriver client (what the engine tests use of it), over fetch, with a timeout on every command. */
export class WebDriverError extends Error {}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  static async create(server: string, capabilities: object, timeout = 90_000): Promise<WebDriverSession> {
    const value = await command(server, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, timeout);
    return new WebDriverSession(server, value.sessionId, value.capabilities);
  }

  send(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object, timeout = 60_000) {
    return command(`${this.base}/session/${this.id}`, method, path, body, timeout);
  }

  navigate = (url: string) => this.send('POST', '/url', { url });
  execute = <R>(script: string, args: unknown[] = []) => this.send('POST', '/execute/sync', { script, args }) as Promise<R>;
  setWindowRect = (rect: { width: number; height: number }) => this.send('POST', '/window/rect', rect);
  findElement = (css: string) => this.send('POST', '/element', { using: 'css selector', value: css });
  switchToFrame = (element: unknown) => this.send('POST', '/frame', { id: element });
  switchToParentFrame = () => this.send('POST', '/frame/parent', {});
  quit = () => this.send('DELETE', '', undefined, 30_000);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function command(base: string, method: string, path: string, body: object | undefined, timeout: number): Promise<any> {
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeout),
  }).catch((error: Error) => {
    throw new WebDriverError(`WebDriver ${method} ${path}: ${error.message}`);
  });
  const json = (await response.json()) as { value: { error?: string; message?: string } & Record<string, unknown> };
  if (!response.ok || json.value?.error) throw new WebDriverError(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}
