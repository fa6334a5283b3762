import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { approvalFormOf } from '../../audit/approval-form-model.ts';
import { renderApprovalForm } from '../../audit/approval-form-html.ts';
import { authorizeRead, outsideJurisdiction } from '../../auth/authenticate.ts';
import { within } from '../../auth/identity.ts';
import { designationChain } from '../../designations/chain.ts';
import { seesFullIds } from '../../households/present.ts';
import { operation } from '../../http/contract/operation.ts';
import type { Services } from '../../services.ts';
import { pdfFontPath } from '../print/pdf.ts';
import { withMediaAnswers } from '../sheet.ts';
import { approvalFormPdf } from './approval-form-pdf.ts';
import { commitmentLetterHtml, commitmentLetterPdf } from './commitment-letter.ts';

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const ticket = { type: 'string', minLength: 1, maxLength: 200, description: 'a print link\'s ticket (POST /print-links) instead of the Authorization header' } as const;
const PrintQuery = (extra: Record<string, unknown> = {}) => ({ type: 'object', properties: { format: { type: 'string', enum: ['html', 'pdf'], default: 'html' }, ticket, ...extra }, additionalProperties: false });
const PAGE = { 200: { media: 'text/html', schema: Type.String({ description: 'the page to print (format=pdf: application/pdf, A4, CJK font embedded)' }) } } as const;
const PAGE_MEDIA = { 'text/html': Type.String({ description: 'the page to print (A4, print CSS)' }), 'application/pdf': Type.String({ description: 'A4 PDF, CJK font embedded' }) };
const PROBLEMS = ['FORBIDDEN_ROLE', 'NOT_FOUND', 'PDF_FONT_MISSING', 'PRINT_LINK_INVALID'] as const;

/**
 * Printed forms a township signs (issue 17): the approval form with a readable number, names from the region
 * directory, signature cells with room for the hand and the seal, its trail on the next page; and the applicant's
 * commitment and authorisation letter (004 附件1). Under /print/ a print link's ticket stands for the token.
 */
export const formRoutes = (app: FastifyInstance, options: { services: Services; pdfFont?: string }): void => {
  const { services } = options;

  app.get<{ Params: { id: string }; Querystring: { format?: 'html' | 'pdf'; trail?: 'true' | 'false'; ticket?: string } }>('/print/approval-forms/:id', {
    schema: {
      ...withMediaAnswers(operation({ id: 'printApprovalForm', tag: 'office', zh: '打印审批表（一页 A4，办理记录另页）：HTML 或 PDF', en: 'The approval form to print and sign: one A4 page, the trail on the next; HTML or PDF', answers: PAGE, problems: [...PROBLEMS] }), PAGE_MEDIA),
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
      querystring: PrintQuery({ trail: { type: 'string', enum: ['true', 'false'], default: 'true' } }),
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.designations.get(request.params.id);
    if (!row || !within(identity, row.context.villageCode)) throw outsideJurisdiction();
    const form = approvalFormOf(row.id, await services.store.readStream(`${designationChain.streamPrefix}${row.id}`));
    if (!form) throw outsideJurisdiction();
    const print = {
      form, number: services.formNumbers.numberOf(row.id) ?? row.id, places: services.regions.placeNames(form.villageCode),
      fullIds: seesFullIds(identity, services.fullIdRoles), printedAt: services.clock.now().toISOString(), trail: request.query.trail !== 'false',
    };
    void reply.header('cache-control', 'private, no-store');
    if (request.query.format === 'pdf') {
      const font = pdfFontPath(options.pdfFont);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="approval-form-${print.number}.pdf"`).send(await approvalFormPdf(print, font));
    }
    return reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(renderApprovalForm(form, { fullIds: print.fullIds, printedAt: print.printedAt, places: print.places, number: print.number }));
  });

  app.get<{ Params: { id: string }; Querystring: { format?: 'html' | 'pdf'; ticket?: string } }>('/print/commitment-letters/:id', {
    schema: {
      ...withMediaAnswers(operation({ id: 'printCommitmentLetter', tag: 'office', zh: '打印农户承诺和授权查询书（预填，供农户签字按手印）', en: 'The commitment and authorisation letter, pre-filled for the applicant to sign and thumbprint', answers: PAGE, problems: [...PROBLEMS] }), PAGE_MEDIA),
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
      querystring: PrintQuery(),
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.households.get(request.params.id);
    if (!row || !within(identity, row.villageCode)) throw outsideJurisdiction();
    const letter = { household: row.household, places: services.regions.placeNames(row.villageCode), fullIds: seesFullIds(identity, services.fullIdRoles) };
    void reply.header('cache-control', 'private, no-store');
    if (request.query.format === 'pdf') {
      const font = pdfFontPath(options.pdfFont);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="commitment-letter.pdf"').send(await commitmentLetterPdf(letter, font));
    }
    return reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(commitmentLetterHtml(letter));
  });
};
