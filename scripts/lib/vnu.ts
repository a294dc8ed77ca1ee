/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package) over many files in one Java run (the JVM
 * is slow to start), with its JSON output turned into lines a person can act on.
 * Java comes from the system (scripts/ensure-java.sh); vnu-jar's own JRE downloader is denied in
 * package.json's allowScripts, since nothing is downloaded from outside the registries.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

/** One message of vnu's JSON output (the fields we read). */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error' | string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

/**
 * Warnings that say nothing about the page: vnu reads files from file: URLs, where the CSP's
 * 'self' cannot match, so it warns that the site's own stylesheet "violates" the policy. Whether
 * the CSP blocks anything is checked in Chromium (tests/e2e/privacy.test.ts).
 */
const ignoredWarnings = [/^Resource violates Content Security Policy \(meta tag\)/];

/** The file a message is about, relative to the working directory. */
function fileOf(message: VnuMessage): string {
  const url = message.url ?? '';
  return url.startsWith('file:') ? relative(process.cwd(), new URL(url).pathname) : url;
}

/** "file:line:column: message (extract)" */
export function formatMessage(message: VnuMessage): string {
  const where = `${fileOf(message)}${message.lastLine ? `:${message.lastLine}` : ''}${message.firstColumn ? `:${message.firstColumn}` : ''}`;
  const extract = message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  return `${where}: ${message.message}${extract}`;
}

/** Split vnu's messages into errors (each fails the check) and warnings (reported), per file. */
export function summarise(messages: VnuMessage[]): { errors: Map<string, string[]>; warnings: string[] } {
  const errors = new Map<string, string[]>();
  const warnings: string[] = [];
  for (const message of messages) {
    if (message.type === 'error' || message.type === 'non-document-error') {
      const file = fileOf(message);
      errors.set(file, [...(errors.get(file) ?? []), formatMessage(message)]);
    } else if (!ignoredWarnings.some((pattern) => pattern.test(message.message))) {
      warnings.push(formatMessage(message));
    }
  }
  return { errors, warnings };
}

/** Path of vnu.jar inside the vnu-jar package. */
export function vnuJarPath(): string {
  return createRequire(import.meta.url)('vnu-jar') as string;
}

/**
 * Java's options for one short run of the checker: only the quick first-tier compiler (the run ends before the
 * optimising one pays off) and the single-threaded collector. Over the 428 pages of the site: 8 CPU-seconds and 7 s
 * instead of 21 and 11, the same report byte for byte (2026-12-06). The quick compiler's frames are larger, so the
 * stack the schema's recursion needs is 8 MB rather than 1 (it overflowed at 1).
 */
const vnuJavaOptions = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Run vnu once over `files`; resolves with its messages (vnu exits 1 when it finds errors). */
export function runVnu(files: string[], java = process.env.JAVA ?? 'java'): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      [...vnuJavaOptions, '-jar', vnuJarPath(), '--format', 'json', '--stdout', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve((JSON.parse(stdout) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(new Error(`vnu did not report JSON (${error?.message ?? 'no error'}): ${stderr.slice(0, 500)}`));
        }
      },
    );
  });
}
