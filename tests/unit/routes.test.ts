import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';

describe('routes', () => {
  test('build the URLs the site publishes', () => {
    expect(routes.article('hipaa-basics')).toBe('/articles/hipaa-basics/');
    expect(routes.law('ca-cmia')).toBe('/laws/ca-cmia/');
    expect(routes.scenario('lost-scan')).toBe('/scenarios/lost-scan/');
    expect(routes.scenario('lost-scan', 'ca-cmia')).toBe('/scenarios/lost-scan/#ca-cmia');
    expect(routes.state('dc')).toBe('/states/dc/');
    expect(routes.stateGaps('oh')).toBe('/gaps/oh/');
    expect(routes.letter('congress-lost-scan')).toBe('/letters/congress-lost-scan/');
    expect(routes.term('covered-entity')).toBe('/glossary/#covered-entity');
    expect(routes.source('ecfr-45-cfr-164')).toBe('/sources/#ecfr-45-cfr-164');
  });

  test('escape what is not a plain id', () => {
    expect(routes.article('a b')).toBe('/articles/a%20b/');
  });
});
