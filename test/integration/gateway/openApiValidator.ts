import { Ajv2020 } from 'ajv/dist/2020.js';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { openApiDocument, type OpenApiDocument } from '../../../src/rest/openApiDocument';

/** API Gateway's answer to a request no route matches. */
const API_GATEWAY_NOT_FOUND = '{"message":"Not Found"}';

/** One REST answer as a client received it. */
export interface RestAnswer {
  method: string;
  /** The path asked for, query string left out. */
  path: string;
  status: number;
  contentType: string | null;
  text: string;
  /** A header of the answer, by name (any case), or null; without it the headers are not checked. */
  header?: (name: string) => string | null;
}

/**
 * Checks REST answers against an OpenAPI 3.1 document, as a client generated from
 * it would read them: the path must be one the document lists (a literal segment
 * before a label), the status one the operation documents, the body valid
 * against that response's schema (JSON Schema 2020-12), and each header the
 * response documents there when required and valid when sent. Throws naming what is
 * undocumented. Independent of the gateway's router: it reads only the document.
 */
export function createOpenApiValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // OpenAPI's numeric formats say how wide a number is; JSON Schema leaves them unchecked.
  for (const format of ['int32', 'int64', 'double']) ajv.addFormat(format, true);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  // The document's own members are not JSON Schema keywords: ajv takes them as data it may $ref into.
  ajv.addVocabulary(Object.keys(document));
  ajv.addSchema(document, 'openapi.json');
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    literals: template.split('/').filter((segment) => !segment.startsWith('{')).length,
  }));
  templates.sort((a, b) => b.literals - a.literals);

  return (answer: RestAnswer): void => {
    const where = `${answer.method} ${answer.path}`;
    const template = templates.find(({ pattern }) => pattern.test(answer.path))?.template;
    const operation = template && document.paths[template]?.[answer.method.toLowerCase()];
    if (!template || !operation) {
      // A request for no route is answered by API Gateway itself, outside the document.
      if (answer.status === 404 && answer.text === API_GATEWAY_NOT_FOUND) return;
      throw new Error(
        `${where}: the OpenAPI document lists no such operation, and the answer is ${answer.status}`,
      );
    }
    const status = String(answer.status);
    if (!(status in operation.responses)) {
      throw new Error(`${where}: status ${status} is not documented for ${template} (${answer.text})`);
    }
    if (answer.contentType?.startsWith('application/json') !== true) {
      throw new Error(`${where}: answered ${answer.contentType ?? 'no content type'}, not application/json`);
    }
    const response = ['paths', template, answer.method.toLowerCase(), 'responses', status];
    const pointerTo = (...parts: string[]) =>
      response
        .concat(parts)
        .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/');
    const schemaAt = (...parts: string[]) => {
      const schema = ajv.getSchema(`openapi.json#/${pointerTo(...parts)}`);
      if (!schema) throw new Error(`${where}: no schema at #/${pointerTo(...parts)}`);
      return schema;
    };
    for (const [name, header] of Object.entries(operation.responses[status]?.headers ?? {})) {
      const value = answer.header?.(name) ?? null;
      if (!answer.header || (value === null && !header.required)) continue;
      if (value === null)
        throw new Error(`${where} → ${status}: no ${name} header, which the document requires`);
      const validateHeader = schemaAt('headers', name, 'schema');
      // A header is text: an integer's schema is checked against the number the text spells.
      if (!validateHeader(/^-?\d+$/.test(value) ? Number(value) : value)) {
        throw new Error(
          `${where} → ${status}: the ${name} header (${value}) does not match the document: ${ajv.errorsText(validateHeader.errors)}`,
        );
      }
    }
    const validate = schemaAt('content', 'application/json', 'schema');
    if (!validate(JSON.parse(answer.text))) {
      throw new Error(
        `${where} → ${status}: the body does not match the document: ${ajv.errorsText(validate.errors)}\n${answer.text}`,
      );
    }
  };
}

let inProcess: ReturnType<typeof createOpenApiValidator> | undefined;

/**
 * Checks a Lambda handler's REST answer against the document the route table
 * makes (built in process); GraphQL answers are left alone.
 */
export function validateLambdaAnswer(
  event: Pick<APIGatewayProxyEventV2, 'rawPath' | 'requestContext'>,
  result: APIGatewayProxyStructuredResultV2,
): void {
  if (event.rawPath === '/graphql') return;
  inProcess ??= createOpenApiValidator(openApiDocument());
  inProcess({
    method: event.requestContext.http.method,
    path: event.rawPath,
    status: result.statusCode ?? 200,
    contentType: result.headers?.['content-type']?.toString() ?? null,
    text: result.body ?? '',
    header: (name) => result.headers?.[name.toLowerCase()]?.toString() ?? null,
  });
}
