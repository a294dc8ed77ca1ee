// Typed text, browser storage and saved drafts: the pieces of the letter builder that must not break
// on what a real browser or a real reader hands them (red-team findings F4-F8, F13).
import { describe, expect, test } from 'vitest';
import { droppedNotice, parseDraft } from '../../src/lib/builder';
import { mailtoLink } from '../../src/lib/letters';
import { safeStore } from '../../src/lib/storage';
import { cleanText, fieldLimits, wellFormed } from '../../src/lib/text';

describe('cleanText', () => {
  test('replaces lone surrogates, so encodeURIComponent cannot throw', () => {
    const text = cleanText('half:\uD800 end \uDFFF ok 👩🏽‍⚕️');
    expect(() => encodeURIComponent(text)).not.toThrow();
    expect(text).toBe('half:\uFFFD end \uFFFD ok 👩🏽‍⚕️');
  });
  test('removes U+FFFE, U+FFFF and control characters XML 1.0 forbids, keeping tabs and new lines', () => {
    expect(cleanText('a\u0000b\u0001c\u001B[31m\uFFFE\uFFFFd\te\nf\r\ng')).toBe('abc[31md\te\nf\r\ng');
  });
  test('keeps other scripts and bidi text as typed', () => {
    expect(cleanText('مرحبا שלום 中文 \u202Eabc')).toBe('مرحبا שלום 中文 \u202Eabc');
  });
  test('cuts at the limit without splitting a surrogate pair', () => {
    expect(cleanText('a'.repeat(10_000)).length).toBe(fieldLimits.story);
    const cut = cleanText(`${'a'.repeat(199)}😀`, 200);
    expect(cut).toBe('a'.repeat(199));
    expect(wellFormed(cut)).toBe(cut);
  });
});

describe('mailtoLink', () => {
  test('never throws on a lone surrogate', () => {
    expect(() => mailtoLink('Subject \uD800', 'Body \uDFFF')).not.toThrow();
    expect(mailtoLink('Subject \uD800', 'Body')).toContain('%EF%BF%BD');
  });
  test('gives up on a letter that cannot fit before encoding it', () => {
    expect(mailtoLink('s', 'x'.repeat(1_000_000))).toBeUndefined();
  });
});

/** A Storage whose every access throws, as Chromium's is when site data is blocked. */
const throwing = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.#items.set(key, value);
  }
}

describe('safeStore', () => {
  test('blocked storage: unavailable, and no call throws', () => {
    const store = safeStore(throwing);
    expect(store.available).toBe(false);
    expect(store.read('k')).toBeNull();
    expect(store.write('k', 'v')).toBe(false);
    expect(() => store.remove('k')).not.toThrow();
  });
  test('a failed write reports false and leaves no stale value behind', () => {
    const memory = new MemoryStorage();
    const store = safeStore(() => memory);
    expect(store.write('k', 'old')).toBe(true);
    memory.failWrites = true;
    expect(store.write('k', 'new')).toBe(false);
    expect(memory.getItem('k')).toBeNull();
  });
  test('a working storage reads back what was written', () => {
    const store = safeStore(() => new MemoryStorage());
    expect(store.available).toBe(true);
    store.write('k', 'v');
    expect(store.read('k')).toBe('v');
  });
});

describe('parseDraft', () => {
  const vocabulary = { states: ['oh', 'tx'], recipients: ['us-senator', 'us-representative'], concerns: ['delete-my-images'], templates: ['provider-copy'] };
  test('keeps what the site still offers and names what it dropped', () => {
    const stored = JSON.stringify({ recipient: 'governor', state: 'zz', concerns: ['delete-my-images', 'gone', 7], story: 'kept', name: 42, length: 'brief' });
    const { draft, dropped } = parseDraft(stored, vocabulary);
    expect(draft).toEqual({ story: 'kept', length: 'brief', concerns: ['delete-my-images'] });
    expect(dropped).toEqual(expect.arrayContaining(['the recipient', 'the state', 'a concern', 'the field "name"']));
    expect(droppedNotice(dropped)).toMatch(/^Some of your saved draft no longer matches this site/);
  });
  test('a draft that is not an object is reported, not thrown', () => {
    for (const stored of ['{not json', 'null', '123', '[1,2]', '"x"']) {
      expect(parseDraft(stored, vocabulary).draft).toEqual({});
      expect(parseDraft(stored, vocabulary).dropped).toHaveLength(1);
    }
    expect(parseDraft(null, vocabulary)).toEqual({ draft: {}, dropped: [] });
  });
  test('no prototype pollution and cleaned text', () => {
    parseDraft('{"__proto__":{"polluted":"yes"},"story":"a\\ud800b"}', vocabulary);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseDraft('{"story":"a\\ud800b"}', vocabulary).draft.story).toBe('a\uFFFDb');
  });
  test('droppedNotice is empty when nothing was dropped', () => {
    expect(droppedNotice([])).toBe('');
  });
});
