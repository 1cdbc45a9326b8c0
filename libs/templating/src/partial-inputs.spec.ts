import { partialInputs } from './partial-inputs';

const inputsOf = (partials: Record<string, string>, name = 'main') => partialInputs(name, new Map(Object.entries(partials)));

describe('partialInputs', () => {
  it('names the top-level keys read, through blocks, helpers and nested partials', () => {
    const main = '{{site.name}}{{#each govLinks}}{{name}}{{@index}}{{../title}}{{/each}}{{#if (eq kind "a")}}{{href url}}{{/if}}{{> box}}';
    expect(inputsOf({ main, box: '{{searchUrl}}' })).toEqual(['govLinks', 'kind', 'searchUrl', 'site', 'title', 'url']);
  });

  it('gives up on whatever may reach beyond those keys', () => {
    for (const main of [
      '{{this}}',
      '{{.}}',
      '{{@root.site}}',
      '{{@index}}',
      '{{../site}}',
      '{{#each items}}{{../../x}}{{/each}}',
      '{{#each items as |item|}}{{item}}{{/each}}',
      '{{> box site}}',
      '{{> box x=1}}',
      '{{#each items}}{{> box}}{{/each}}',
      '{{> (lookup . "name")}}',
      '{{#> box}}x{{/box}}',
      '{{#*inline "x"}}y{{/inline}}',
      '{{#custom}}x{{/custom}}',
      '{{> missing}}',
    ]) {
      expect([main, inputsOf({ main, box: '{{a}}' })]).toEqual([main, null]);
    }
  });

  it('does not loop on partials that call each other', () => {
    expect(inputsOf({ main: '{{> other}}', other: '{{> main}}' })).toBeNull();
  });
});
