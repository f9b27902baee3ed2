// app://abm serves the built renderer and nothing outside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../electron/modules/appFiles';

describe('serving app:// requests', () => {
  it('serves the entry page and its assets with their types', () => {
    expect(resolveAppFile('app://abm/index.html')).toEqual({
      relativePath: 'index.html',
      mimeType: 'text/html; charset=utf-8',
      isIndexHtml: true,
    });
    expect(resolveAppFile('app://abm/assets/index-3f2a.js')).toMatchObject({
      relativePath: 'assets/index-3f2a.js',
      mimeType: 'text/javascript; charset=utf-8',
      isIndexHtml: false,
    });
    expect(resolveAppFile('app://abm/assets/grid.css?v=2')?.mimeType).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('loads the app for the root and for in-app routes after a reload', () => {
    expect(resolveAppFile('app://abm/')?.relativePath).toBe('index.html');
    expect(resolveAppFile('app://abm/conflicts/pair-3')?.relativePath).toBe('index.html');
  });

  it('keeps dot-dot paths inside the renderer folder', () => {
    expect(resolveAppFile('app://abm/../../etc/passwd.txt')?.relativePath).toBe('etc/passwd.txt');
    expect(resolveAppFile('app://abm/assets/%2e%2e/%2e%2e/secret.txt')?.relativePath).toBe(
      'secret.txt',
    );
  });

  it('never resolves any path outside the renderer folder', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', 'a', 'b.js', '', '%00'), {
          maxLength: 8,
        }),
        (segments) => {
          const file = resolveAppFile(`app://abm/${segments.join('/')}`);
          if (file === null) return;
          expect(file.relativePath.startsWith('/')).toBe(false);
          expect(file.relativePath.split(/[/\\]/)).not.toContain('..');
        },
      ),
    );
  });

  it.each([
    'app://abm/assets/..%2f..%2fsecret.txt',
    'app://abm/a%5c..%5csecret.txt',
    'app://abm/x%00.js',
    'app://other/index.html',
    'https://abm/index.html',
    'app://abm/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url)).toBeNull();
  });
});
