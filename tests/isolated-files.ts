/**
 * Unit and content test files that need a module graph of their own (vitest.config.ts runs the others with
 * `isolate: false`, sharing loaded modules between files): every file that calls vi.mock, vi.doMock, vi.stubGlobal
 * or vi.stubEnv, since a module another file loaded first would keep its real implementation, or a stub would leak.
 * tests/unit/isolation.test.ts checks this list against the files.
 */
export const isolatedTestFiles = ['tests/unit/views.test.ts', 'tests/unit/gaps-view.test.ts'];
