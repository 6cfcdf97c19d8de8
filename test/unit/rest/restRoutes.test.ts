import { describe, expect, it } from 'vitest';
import { string, struct } from '../../../src/iotJson/decode';
import { createRestRouter } from '../../../src/rest/createRestRouter';
import { hoistTitledSchemas } from '../../../src/rest/hoistTitledSchemas';
import { buildDocument, openApiDocument } from '../../../src/rest/openApiDocument';
import { defineRoute } from '../../../src/rest/restRoute';
import { REST_ROUTES } from '../../../src/rest/restRoutes';
import { createOpenApiValidator } from '../../integration/gateway/openApiValidator';

const route = (method: 'GET' | 'POST', path: string) =>
  defineRoute({
    method,
    path,
    operationId: `${method}${path}`,
    summary: path,
    response: { description: 'ok', schema: { type: 'object' } },
    errors: [],
    run: () => Promise.resolve({}),
  });

describe('the REST route table', () => {
  const match = createRestRouter(REST_ROUTES);
  const document = openApiDocument();

  it('routes what the document lists, and only that', () => {
    const routed = REST_ROUTES.map((r) => `${r.method.toLowerCase()} ${r.path}`);
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .filter((operation) => operation !== 'get /openapi.json');

    expect(documented.sort()).toEqual(routed.sort());
  });

  it('decodes a profile name label as IoT decodes its URI labels', () => {
    const matched = match('POST', '/security-profiles/my-prof%3A1/patch');

    expect(matched?.route.operationId).toBe('patchSecurityProfile');
    expect(matched?.params).toEqual({ securityProfileName: 'my-prof:1' });
  });

  it('matches no route for an undecodable label, an unknown path or a method the path lacks', () => {
    expect(match('GET', '/security-profiles/%E0%A4%A')).toBeUndefined();
    expect(match('GET', '/security-profiles/a/b')).toBeUndefined();
    expect(match('DELETE', '/audit-events/mine')).toBeUndefined();
  });

  it('prefers a literal segment to a label, whatever the order of the table', () => {
    const router = createRestRouter([route('POST', '/things/{name}'), route('POST', '/things/validate')]);

    expect(router('POST', '/things/validate')?.route.path).toBe('/things/validate');
    expect(router('POST', '/things/other')?.params).toEqual({ name: 'other' });
  });

  it('documents a route’s body with the schema of the decoder that reads it', () => {
    const update = document.paths['/security-profiles/{securityProfileName}']?.patch;

    expect(update?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/UpdateSecurityProfileRequest',
    });
    expect(document.components.schemas.Behavior).toMatchObject({
      required: ['name'],
      additionalProperties: false,
    });
    expect(update?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:securityProfileName',
      'query:expectedVersion',
      'query:dryRun',
    ]);
  });

  it('documents each error code a route answers with its status from the error table', () => {
    const responses = document.paths['/security-profiles/{securityProfileName}/patch']?.post?.responses ?? {};

    expect(Object.keys(responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '423',
      '429',
      '500',
      '502',
      '503',
    ]);
    expect(responses['409']?.content['application/json']?.schema.$ref).toBe(
      '#/components/schemas/VERSION_CONFLICTError',
    );
    expect(responses['423']?.content['application/json']?.schema.$ref).toBe(
      '#/components/schemas/PROFILE_BUSYError',
    );
  });

  it('refuses two different schemas under one title', () => {
    const a = struct({ x: string });
    const b = struct({ y: string });

    expect(() =>
      hoistTitledSchemas([
        { ...a.schema, title: 'T' },
        { ...b.schema, title: 'T' },
      ]),
    ).toThrow('Two different schemas are titled T');
    expect(() => buildDocument([route('GET', '/x')])).not.toThrow();
  });
});

describe('the OpenAPI validator of the tests', () => {
  const validate = createOpenApiValidator(openApiDocument());
  const answer =
    (status: number, text: string, path = '/security-profiles/P') =>
    () =>
      validate({ method: 'GET', path, status, contentType: 'application/json', text });

  it('passes a documented answer', () => {
    expect(answer(404, '{"code":"NOT_FOUND","message":"No profile P"}')).not.toThrow();
  });

  it('fails an undocumented status, an undocumented member, a wrong type and an unknown operation', () => {
    expect(answer(409, '{"code":"VERSION_CONFLICT","message":"x"}')).toThrow('status 409 is not documented');
    expect(answer(404, '{"code":"NOT_FOUND","message":"x","extra":1}')).toThrow('additional properties');
    expect(answer(200, '{"securityProfileName":"P","securityProfileArn":"a","version":"1"}')).toThrow(
      'data/version must be integer',
    );
    expect(answer(200, '{}', '/nothing')).toThrow('lists no such operation');
    expect(answer(404, '{"message":"Not Found"}', '/nothing')).not.toThrow();
  });
});
