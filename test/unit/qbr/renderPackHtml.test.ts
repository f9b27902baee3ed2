// The pack's HTML is built from the model by pure string code: every text escaped, no inline
// style attribute (the app's CSP forbids them), no external reference of any kind.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../shared/qbr/buildPack';
import { packPagesHtml, renderPackDocument } from '../../../shared/qbr/renderPackHtml';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';

const sample = buildSampleWorkspace('2026-12-01');

function packOf(ws = sample) {
  const built = buildPack(ws, { quarter: 'FY2026 Q4', madeOn: '2026-12-01' });
  if (!built.ok) throw new Error(built.error);
  return built.pack;
}

describe('the pack as HTML', () => {
  it('escapes what the workspace holds', () => {
    const ws = structuredClone(sample);
    ws.raciGrids[0]!.name = '<script>alert(1)</script> & "grid"';
    const html = packPagesHtml(packOf(ws).pages).join('');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;grid&quot;');
  });

  it('pages carry no style attribute, script or external reference', () => {
    const doc = renderPackDocument(packOf());
    const pages = packPagesHtml(packOf().pages).join('');
    expect(pages).not.toMatch(/\sstyle=/);
    expect(doc).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(doc).not.toMatch(/\s(src|href)=["']?https?:/i);
    expect(doc).toContain('content="default-src &#39;none&#39;;');
  });

  it('numbers the pages and names each by its title', () => {
    const pack = packOf();
    const pages = packPagesHtml(pack.pages);
    expect(pages).toHaveLength(pack.pages.length);
    expect(pages[0]).toContain(
      `aria-label="Page 1 of ${pages.length}: Quarterly business review: FY2026 Q4"`,
    );
    expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
  });
});
