import Handlebars from 'handlebars';

/**
 * An isolated Handlebars instance (never the global one): only the helpers the theme needs,
 * none that reach files or the network. Prototype access stays off when rendering.
 */
export function createHandlebarsEnv(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('gt', (a: number, b: number) => a > b);
  return env;
}

export const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

export const COMPILE_OPTIONS: CompileOptions = { strict: false, noEscape: false, preventIndent: true };
