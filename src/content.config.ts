import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/articles';
import { articleVersionSchema } from './schemas/article-versions';
import { coverageSchema } from './schemas/coverage';
import { glossarySchema } from './schemas/glossary';
import { lawSchema } from './schemas/laws';
import { letterSchema } from './schemas/letters';
import { scenarioSchema } from './schemas/scenarios';
import { sourceSchema } from './schemas/sources';
import { stateSchema } from './schemas/states';
import type { SchemaContext } from './schemas/shared';

// Schemas live in src/schemas; this file only wires each content/ folder to its schema.
const context: SchemaContext = { reference: reference as SchemaContext['reference'] };
// CONTENT_DIR points a build at another content folder (`npm run bench` builds generated corpora
// this way); astro.config.mjs hands the same folder to the remark plugin. Default: content/.
const contentDir = process.env.CONTENT_DIR ?? './content';
const yaml = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '**/*.yaml' });

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${contentDir}/articles`, pattern: '*.mdx' }),
    schema: articleSchema(context),
  }),
  // Superseded texts, content/articles/_versions/<id>/<n>.mdx (outside `articles`: its pattern is flat).
  articleVersions: defineCollection({
    loader: glob({ base: `${contentDir}/articles/_versions`, pattern: '*/*.mdx' }),
    schema: articleVersionSchema(),
  }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema() }),
  laws: defineCollection({ loader: yaml('laws'), schema: lawSchema(context) }),
  scenarios: defineCollection({ loader: yaml('scenarios'), schema: scenarioSchema(context) }),
  coverage: defineCollection({ loader: yaml('coverage'), schema: coverageSchema(context) }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema(context) }),
  states: defineCollection({ loader: yaml('states'), schema: stateSchema(context) }),
  letters: defineCollection({ loader: yaml('letters'), schema: letterSchema(context) }),
};
