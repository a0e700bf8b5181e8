/*
 * The dependency rule (STYLE.md §11): a library is reached only through its index, and a
 * library never reaches into an app. Reads every TypeScript file's imports and fails the build
 * on the first crossing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g);
  return [...found].map((match) => match[1]);
}

/** `libs/<name>` or `apps/<name>` of a path inside the repository. */
function ownerOf(path: string): string | null {
  const parts = relative(root, path).split(sep);
  return parts[0] === 'libs' || parts[0] === 'apps' ? `${parts[0]}/${parts[1]}` : null;
}

const files = ['libs', 'apps'].flatMap((dir) => sourceFiles(join(root, dir)));

describe('module boundaries', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('reaches another library only through its index (@jejak/<lib>)', () => {
    const crossings = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@jejak\/[^/]+\/.+/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(crossings).toEqual([]);
  });

  it('never imports another library or app by a relative path', () => {
    const crossings = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => {
          const target = ownerOf(resolve(dirname(file), spec));
          return target !== null && target !== ownerOf(file);
        })
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(crossings).toEqual([]);
  });

  it('keeps libraries independent of the apps', () => {
    const crossings = files
      .filter((file) => ownerOf(file)?.startsWith('libs/'))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.includes('apps/'))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(crossings).toEqual([]);
  });
});
