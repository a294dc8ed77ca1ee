/**
 * Generate a benchmark corpus: a copy of content/ (every YAML collection and the real articles)
 * topped up with generated MDX articles until there are `count` articles. Generated articles look
 * like real ones: frontmatter that passes the article schema, about 800 words under h2 and h3
 * headings, a GFM table, a list, <Cite> elements naming real source ids (with pins where the source
 * has a pin template) and a <Term>. Deterministic: the same count gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const topics = ['hipaa', 'state-law', 'ai-risks', 'take-action', 'federal-other'];
const audiences = ['readers', 'advocates', 'educators'];

const subjects = [
  'a hospital',
  'your radiology clinic',
  'an imaging center',
  'a cloud vendor',
  'an AI developer',
  'a health plan',
  'a research consortium',
  'a teleradiology group',
  'a patient portal',
  'a data broker',
  'a dental office',
  'a state agency',
];
const verbs = ['shares', 'stores', 'sells', 'licenses', 'de-identifies', 'retains', 'discloses', 'uploads', 'annotates', 'transfers'];
const objects = [
  'chest X-rays',
  'MRI studies',
  'CT scans',
  'mammograms',
  'ultrasound clips',
  'DICOM headers',
  'dental panoramics',
  'retinal photographs',
  'pathology slides',
  'face-bearing head CTs',
  'knee MRIs',
  'PET scans',
  'bone density scans',
  'echocardiograms',
  'cardiac angiograms',
  'endoscopy videos',
  'dermatology photographs',
  'fetal ultrasounds',
  'brain MRIs',
  'panoramic radiographs',
];
const clauses = [
  'without asking the patient first',
  'under a business associate agreement',
  'after removing the 18 identifiers',
  'to train a diagnostic model',
  'for quality improvement',
  'as part of a research dataset',
  'when the contract ends',
  'once a breach is discovered',
  'with a written authorization',
  'under a state consumer health data law',
];
const asides = [
  'The rule turns on who holds the images, not on what the images show.',
  'Faces can often be rebuilt from head scans, so removing names is not the end of the story.',
  'Regulators have said that metadata inside an image file counts as part of the record.',
  'A patient can ask for a copy in the format the provider already uses.',
  'State laws sometimes reach companies that HIPAA leaves untouched.',
  'Contracts, not statutes, often decide what a vendor may do next.',
  'An accounting of disclosures lists some sharing, but not all of it.',
  'Penalties depend on how careful the organisation was, not only on the harm done.',
];
const headings = [
  'Who holds your images',
  'What the law requires',
  'Where the protection stops',
  'What changes with AI',
  'How state laws differ',
  'What you can ask for',
  'How to complain',
  'What advocates are asking for',
  'Common questions',
  'What this means for research',
  'Retention and deletion',
  'When a breach happens',
];

/** A small seeded generator (mulberry32), so corpora are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ids {
  sources: { id: string; pinnable: boolean }[];
  laws: string[];
  /** Each law's own source, which an article listing the law must cite (the build checks it). */
  lawSources: Record<string, string>;
  scenarios: string[];
  glossary: string[];
}

function yamlIds(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => basename(name, '.yaml'))
      .sort();
  } catch {
    return [];
  }
}

function readIds(contentDir: string): Ids {
  const sources = yamlIds(join(contentDir, 'sources')).map((id) => ({
    id,
    // Random pins only where the source accepts any pin: a pinPattern (eCFR sections) would reject them.
    pinnable:
      /^pinUrl:/m.test(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8')) &&
      !/^pinPattern:/m.test(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8')),
  }));
  const laws = yamlIds(join(contentDir, 'laws'));
  const lawSources = Object.fromEntries(
    laws.map((id) => [id, /^source:\s*(\S+)/m.exec(readFileSync(join(contentDir, 'laws', `${id}.yaml`), 'utf8'))?.[1] ?? '']),
  );
  return {
    sources,
    laws,
    lawSources,
    scenarios: yamlIds(join(contentDir, 'scenarios')),
    glossary: yamlIds(join(contentDir, 'glossary')),
  };
}

/** One generated article: frontmatter and an MDX body of about 800 words. */
export function generateArticle(index: number, ids: Ids): string {
  const rand = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    const n = 1 + Math.floor(rand() * max);
    for (let i = 0; i < n && list.length > 0; i++) chosen.add(pick(list));
    return [...chosen];
  };
  const cite = () => {
    const source = pick(ids.sources);
    if (!source) return '';
    const pin = source.pinnable ? ` pin="${100 + Math.floor(rand() * 900)}.${Math.floor(rand() * 600)}(${pick(['a', 'b', 'c', 'd'])})"` : '';
    return ` <Cite source="${source.id}"${pin} />`;
  };
  // An article is about one or two kinds of images, as real ones are: "mammograms" is in 5 of the 69 real articles.
  // (Drawing every sentence's images from all of them put every kind in nearly every article, so a one-word search
  // matched all 10,000: a worst case for the search index that no real site has.)
  const focus = some(objects, 2);
  const sentence = () => {
    return `${capital(`${pick(subjects)} ${pick(verbs)} ${pick(focus)} ${pick(clauses)}`)}.${rand() < 0.4 ? cite() : ''}`;
  };
  const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  const paragraph = (n: number) => Array.from({ length: n }, () => (rand() < 0.2 ? pick(asides) : sentence())).join(' ');

  const laws = ids.laws.length > 0 ? some(ids.laws, 2) : [];
  const scenarios = ids.scenarios.length > 0 && rand() < 0.7 ? some(ids.scenarios, 2) : [];
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  // Dated in the past: the build refuses a record of work dated after today.
  const date = `2025-${month}-${day}`;
  const title = `${capital(pick(focus))} and ${pick(headings).toLowerCase()}: case ${index + 1}`;
  const sections = [...headings].sort(() => rand() - 0.5).slice(0, 6);

  const body: string[] = [];
  const term = ids.glossary.length > 0 ? pick(ids.glossary) : undefined;
  body.push(`${term ? `When images are <Term id="${term}">${term.replaceAll('-', ' ')}</Term>, the rules change.` : ''} ${paragraph(6)}`);
  const lawCites = laws.map((law) => ids.lawSources[law]).filter((source): source is string => Boolean(source));
  if (lawCites.length > 0)
    body.push(`${capital(pick(subjects))} ${pick(verbs)} ${pick(focus)}.${lawCites.map((source) => ` <Cite source="${source}" />`).join('')}`);
  sections.forEach((heading, s) => {
    body.push(`## ${heading}`, paragraph(7));
    if (s === 1) {
      const rows = Array.from(
        { length: 5 },
        () => `| ${capital(pick(subjects))} | ${pick(['HIPAA', 'A state law', 'The FTC Act', 'A contract only'])} | ${capital(pick(clauses))} |`,
      );
      body.push(['| Who holds the images | Which law applies | When it may share them |', '| --- | --- | --- |', ...rows].join('\n'));
    }
    if (s === 2) {
      body.push(Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n'));
    }
    if (s % 2 === 0) body.push(`### ${capital(pick(focus))} in practice`, paragraph(5));
  });

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`Generated benchmark article ${index + 1}: how the law treats ${pick(focus)} held by ${pick(subjects)}.`)}`,
    `topics: [${some(topics, 2).join(', ')}]`,
    `audience: [${some(audiences, 2).join(', ')}]`,
    `laws: [${laws.join(', ')}]`,
    `scenarios: [${scenarios.join(', ')}]`,
    `published: ${date}`,
    `reviewed: ${date}`,
    'changes:',
    `  - date: ${date}`,
    '    summary: First published.',
    'takeaways:',
    `  - ${JSON.stringify(pick(asides))}`,
    `  - ${JSON.stringify(pick(asides))}`,
    'questions:',
    `  - ${JSON.stringify(`Should ${pick(subjects)} need consent before it ${pick(verbs)} ${pick(focus)}?`)}`,
    '---',
    '',
  ];
  return `${frontmatter.join('\n')}${body.join('\n\n')}\n`;
}

/**
 * Write a corpus of `count` articles to `target`: content/ copied (its articles included), then
 * generated articles named `bench-00001.mdx`… up to the count. Returns the number generated.
 */
export function writeCorpus(contentDir: string, target: string, count: number): number {
  cpSync(contentDir, target, { recursive: true });
  const articles = join(target, 'articles');
  mkdirSync(articles, { recursive: true });
  const real = readdirSync(articles).filter((name) => name.endsWith('.mdx')).length;
  const ids = readIds(contentDir);
  const generated = Math.max(0, count - real);
  for (let i = 0; i < generated; i++) {
    writeFileSync(join(articles, `bench-${String(i + 1).padStart(5, '0')}.mdx`), generateArticle(i, ids));
  }
  return generated;
}
