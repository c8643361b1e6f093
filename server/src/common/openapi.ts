import type { OpenAPIObject } from '@nestjs/swagger';
import {
  API_ROUTES,
  DOWNLOAD_CONTENT_TYPES,
  openApiPath,
  type Answer,
  type ApiRoute,
} from '@cchc/contracts';
import { toOpenApi } from './zod.js';

type Operation = { responses: Record<string, unknown> };

function response(answer: Answer): Record<string, unknown> {
  switch (answer.kind) {
    case 'json':
      return {
        description: 'OK',
        content: { 'application/json': { schema: toOpenApi(answer.schema, 'output') } },
      };
    case 'file':
      return {
        description: `The file (${answer.formats.join(', ')}), as an attachment`,
        content: Object.fromEntries(
          answer.formats.map((f) => [
            DOWNLOAD_CONTENT_TYPES[f],
            { schema: { type: 'string', format: 'binary' } },
          ]),
        ),
      };
    case 'text':
      return {
        description: 'OK',
        content: { [answer.contentType]: { schema: { type: 'string' } } },
      };
    case 'none':
      return { description: 'No content' };
  }
}

/**
 * Writes each operation's success answer into the document from the contracts route table: the
 * controllers declare the routes, contracts says what they answer. The status is the one Nest
 * documents for the handler (201 for a POST, or its @HttpCode).
 */
export function documentAnswers(doc: OpenAPIObject, routes: readonly ApiRoute[] = API_ROUTES) {
  for (const r of routes) {
    const op = doc.paths[openApiPath(r)]?.[r.method.toLowerCase() as 'get'] as
      Operation | undefined;
    if (!op) continue; // a route the server lacks: the docs e2e test names it
    const status =
      Object.keys(op.responses).find((s) => s.startsWith('2')) ??
      (r.answer.kind === 'none' ? '204' : '200');
    op.responses[status] = response(r.answer);
  }
  return doc;
}
