// The content loader lives in src/lib so the build runs the same checks (src/integrations/content-checks.ts).
export { loadContent, type LoadedContent } from '../../src/lib/content-loader';
