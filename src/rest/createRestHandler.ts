import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { authenticateCall } from '../authenticateCall';
import type { Dependencies } from '../createDependencies';
import { ProfileNotFoundError } from '../domain/errors';
import { encodeProfile, toEpochSeconds } from '../iotJson/encodeProfile';
import { updateSecurityProfileBody } from '../iotJson/decodeShapes';
import type { ChangeResult } from '../service/change/changeResult';
import type { AuditPage, CataloguePage } from '../service/ports';
import { decodeCreateBody, decodeTransferBody } from './lifecycleBodies';
import type { CallContext } from '../service/callContext';
import { decodePatchBody } from './decodePatchBody';
import { assertBodyWithinLimit } from '../requestBodyLimit';
import { encodeAuditEvent, encodeChanges } from './encodeAuditEvent';
import type { RestRoute } from './matchRestRoute';
import { readBody, readQuery } from './readRequest';
import { errorResponse, jsonResponse } from './restResponses';

/**
 * The REST front-end: the same use cases as GraphQL, in IoT's own JSON shapes
 * (AWS spellings, epoch-second dates, exact 64-bit numbers), the audit routes included.
 */
export function createRestHandler(deps: Dependencies) {
  return async (
    route: RestRoute,
    event: APIGatewayProxyEventV2,
    lambda: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    try {
      // Before the body is decoded, and before the caller is authenticated: the cheapest refusal first.
      assertBodyWithinLimit(event, deps.config.limits);
      const call = await authenticateCall(deps, event, lambda);
      return await runUseCase(deps, call, route, event);
    } catch (error) {
      return errorResponse(error, {
        production: deps.config.production,
        reportUnexpected: deps.reportUnexpected,
      });
    }
  };
}

async function runUseCase(
  { service }: Dependencies,
  call: CallContext,
  route: RestRoute,
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const query = readQuery(event);
  switch (route.useCase) {
    case 'describe': {
      const profile = await service.describe(call, route.securityProfileName);
      if (!profile) throw new ProfileNotFoundError(route.securityProfileName);
      return jsonResponse(200, encodeProfile(profile));
    }
    case 'update': {
      const body = readBody(event, updateSecurityProfileBody);
      const request = {
        securityProfileName: route.securityProfileName,
        ...body.value,
        ...query.expectedVersion(),
      };
      const input = { body: body.json, query: event.queryStringParameters ?? {} };
      return changeResponse(await service.update(call, request, { dryRun: query.dryRun(), input }));
    }
    case 'patch': {
      const body = readBody(event, decodePatchBody);
      const patch = {
        securityProfileName: route.securityProfileName,
        ...body.value,
        ...query.expectedVersion(),
      };
      const input = { body: body.json, query: event.queryStringParameters ?? {} };
      return changeResponse(await service.patch(call, patch, { dryRun: query.dryRun(), input }));
    }
    case 'auditTrail':
      return pageResponse(
        await service.auditTrail(call, route.securityProfileName, query.page(), query.creationDate()),
      );
    case 'myAuditEvents':
      return pageResponse(await service.myAuditEvents(call, query.page()));
    case 'list':
      return listResponse(await service.list(call, query.ownerTeam(), query.page()));
    case 'create': {
      const body = readBody(event, decodeCreateBody);
      const input = { body: body.json, query: event.queryStringParameters ?? {} };
      return changeResponse(await service.create(call, body.value, { dryRun: query.dryRun(), input }));
    }
    case 'delete': {
      const request = { securityProfileName: route.securityProfileName, ...query.expectedVersion() };
      const input = { query: event.queryStringParameters ?? {} };
      const result = await service.delete(call, request, { dryRun: query.dryRun(), input });
      return jsonResponse(200, {
        securityProfileName: route.securityProfileName,
        deleted: result.applied,
        auditEventId: result.auditEventId,
        ...(result.warnings.length > 0 && { warnings: result.warnings }),
      });
    }
    case 'transfer': {
      const body = readBody(event, decodeTransferBody);
      const request = { securityProfileName: route.securityProfileName, ...body.value };
      const input = { body: body.json, query: event.queryStringParameters ?? {} };
      return changeResponse(
        await service.transferOwnership(call, request, { dryRun: query.dryRun(), input }),
      );
    }
  }
}

/** A page of the catalogue in IoT's spelling: epoch-second dates, exact versions. */
function listResponse(page: CataloguePage): APIGatewayProxyStructuredResultV2 {
  return jsonResponse(200, {
    securityProfiles: page.edges.map(({ cursor, entry }) => ({
      cursor,
      securityProfileName: entry.securityProfileName,
      securityProfileArn: entry.securityProfileArn,
      ownerTeam: entry.ownerTeam ?? null,
      version: entry.version,
      creationDate: toEpochSeconds(entry.creationDate),
      lastModifiedDate: toEpochSeconds(entry.lastModifiedDate),
    })),
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
  });
}

function changeResponse(result: ChangeResult): APIGatewayProxyStructuredResultV2 {
  const { securityProfile, warnings, changes, ...rest } = result;
  return jsonResponse(200, {
    securityProfile: encodeProfile(securityProfile),
    ...rest,
    changes: encodeChanges(changes),
    ...(warnings.length > 0 && { warnings }),
  });
}

function pageResponse(page: AuditPage): APIGatewayProxyStructuredResultV2 {
  return jsonResponse(200, {
    events: page.edges.map(({ cursor, event }) => ({ cursor, event: encodeAuditEvent(event) })),
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
  });
}
