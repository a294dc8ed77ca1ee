/** What the trust gates record inside a page: cookie and web-storage writes, CSP violations. */

/**
 * Runs in every page before its own scripts: records cookie and web-storage writes and CSP
 * violation events, so a test can read them after load.
 */
export function recordWrites() {
  const writes: string[] = [];
  const violations: string[] = [];
  Object.defineProperty(window, '__trust', { value: { writes, violations } });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this);
    },
    set(value: string) {
      writes.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${args.map(String).join(', ')})`);
      return original.apply(this, args);
    } as never;
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

/** What recordWrites has seen in the page so far. */
export interface TrustRecord {
  writes: string[];
  violations: string[];
}
