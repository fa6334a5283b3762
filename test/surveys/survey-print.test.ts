import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_FORMS } from '../../src/surveys/presets/index.ts';
import { blankForm } from '../../src/surveys/print.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { VILLAGE } from '../support/fixtures.ts';

const cadre: Person = { id: 'sp-inv-1', roles: ['investigator'], jurisdiction: VILLAGE };

/** what poppler makes of the PDF: its pages rendered (pdftoppm), its page size and fonts (pdfinfo, pdffonts), its text */
const poppler = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'survey-print-'));
  const file = join(dir, 'form.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '20', '-png', file, join(dir, 'page')]);
  return {
    rendered: readdirSync(dir).filter((f) => f.endsWith('.png')).length,
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
};

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });
const get = (url: string, token = true) => t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } : {} });

describe('blank questionnaires to print for work without signal (HTML and PDF from one definition)', () => {
  it('the page model writes skips in the words of the paper forms and member lists as tables', () => {
    const edge = blankForm(PRESET_FORMS.find((f) => f.formId === 'edge-household-002') ?? PRESET_FORMS[0]!);
    const members = edge.items.find((i) => i.kind === 'table');
    expect(members).toMatchObject({ label: '一、家庭成员基本情况', rows: 6 });
    expect(members?.kind === 'table' ? members.columns.slice(0, 4) : []).toEqual(['姓名', '与户主关系', '证件号码', '在校状况']);
    expect(edge.items.find((i) => i.kind === 'question' && i.label === '教育：失学辍学原因')).toMatchObject({ skip: '仅当「一、家庭成员基本情况」中有「在校状况」为「失学辍学」的成员时填写' });
    const q10 = blankForm(PRESET_FORMS.find((f) => f.formId === 'poverty-household-001')!).items.find((i) => i.kind === 'question' && i.rule?.strength === 'blocking');
    expect(q10).toBeDefined();
  });

  it('every preset prints as an A4 PDF with the CJK font embedded, its title and every question on it', async () => {
    for (const form of PRESET_FORMS) {
      const res = await get(`/print/questionnaires/${form.formId}/${form.version}?format=pdf`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = poppler(res.rawPayload);
      const pages = Number(/Pages:\s+(\d+)/.exec(pdf.info)?.[1]);
      expect(pdf.rendered).toBe(pages);
      // the one-sheet forms of the seeds (六看表, 边缘户调查表, 附件5) on two pages at most; the 20-question 附件4 on four;
      // 004 附件2's checklist of twelve kinds and their 70-odd items on six
      const most = form.formId.startsWith('poverty-household') ? 4 : form.formId.startsWith('screening') ? 6 : 2;
      expect(pages).toBeLessThanOrEqual(most);
      expect(pdf.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(pdf.fonts).toMatch(/WenQuanYiZenHei\s+CID TrueType\s+Identity-H\s+yes/);
      const text = pdf.text.replace(/\s+/g, '');
      expect(text).toContain(form.title.replace(/\s+/g, ''));
      expect(text).toContain('被访者签名');
      for (const item of blankForm(form).items) expect(text).toContain(item.label.replace(/\s+/g, '').slice(0, 8));
    }
  });

  it('the HTML is the same page; a print link opens it in a browser without a token, that page only', async () => {
    const html = await get('/print/questionnaires/six-checks-002/2019-002');
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<h1>脱贫户&quot;六看&quot;表</h1>');
    expect(html.body).toContain('仅当「一看 饮水安全保障」选「有风险隐患」时填写');
    expect((await get('/print/questionnaires/six-checks-002/2019-002?format=pdf', false)).statusCode).toBe(401);
    const link = await t.app.inject({ method: 'POST', url: '/print-links', headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` }, payload: { path: '/print/questionnaires/six-checks-002/2019-002?format=pdf' } });
    expect(link.statusCode, link.body).toBe(201);
    const { url } = link.json<{ url: string }>();
    const opened = await get(url, false);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    // short-lived, not single use (a PDF viewer fetches twice; src/office/print/links.ts), and for its own page only
    expect((await get(url, false)).statusCode).toBe(200);
    expect((await get(url.replace('six-checks-002', 'edge-household-002'), false)).statusCode).toBe(401);
    expect((await get('/print/questionnaires/no-such/1?format=pdf')).json()).toMatchObject({ code: 'QUESTIONNAIRE_NOT_FOUND' });
  });
});
