import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import * as eventTypes from '../../services/event-types.ts';
import * as hosts from '../../services/hosts.ts';
import * as schedules from '../../services/schedules.ts';
import { presentEventType, presentHost, presentSchedule } from '../presenters.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf, patchOf } from '../schemas/common.ts';
import { eventTypeInput, eventTypeOutput } from '../schemas/event-type.ts';
import { hostInput, hostOutput } from '../schemas/host.ts';
import { scheduleInput, scheduleOutput } from '../schemas/schedule.ts';

const archivedQuery = z.object({ archived: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
const deleted = z.object({ result: z.enum(['deleted', 'archived']) });

interface ResourceSpec<Row, Input extends z.ZodObject> {
  /** URL segment, e.g. `hosts`. */
  plural: string;
  /** Name in operation ids, e.g. `Host`. */
  name: string;
  tag: string;
  input: Input;
  output: z.ZodType;
  present: (row: Row) => unknown;
  list: (em: EntityManager, workspaceId: string, archived: boolean) => Promise<Row[]>;
  get: (em: EntityManager, workspaceId: string, id: string) => Promise<Row>;
  create: (em: EntityManager, workspaceId: string, input: z.output<Input>) => Promise<Row>;
  update: (em: EntityManager, workspaceId: string, id: string, patch: Partial<z.output<Input>>) => Promise<Row>;
  remove: (em: EntityManager, workspaceId: string, id: string, now: Date) => Promise<'deleted' | 'archived'>;
  restore: (em: EntityManager, workspaceId: string, id: string) => Promise<Row>;
}

/** The six CRUD routes of an admin resource (list, create, get, patch, delete-or-archive, restore). */
function resourceRoutes<Row, Input extends z.ZodObject>(spec: ResourceSpec<Row, Input>, clock: () => Date): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  const base = `/v1/${spec.plural}`;
  const one = listOf(spec.output);
  return [
    defineRoute({
      method: 'get', path: base, operationId: `list${spec.name}s`, tag: spec.tag, summary: `${spec.name}s of the workspace (archived ones with ?archived=true).`,
      auth: { kind: 'admin', role: 'viewer' }, query: archivedQuery, responses: { 200: { description: 'List', schema: one } },
      handler: async ({ ctx, caller, query }) => ({ body: { data: (await spec.list(em(ctx), caller.workspaceId, query.archived)).map(spec.present), nextCursor: null } }),
    }),
    defineRoute({
      method: 'post', path: base, operationId: `create${spec.name}`, tag: spec.tag, summary: `Create a ${spec.name.toLowerCase()}.`,
      auth: { kind: 'admin', role: 'admin' }, body: spec.input, idempotent: true, responses: { 201: { description: 'Created', schema: spec.output } },
      handler: async ({ ctx, caller, body }) => ({ status: 201, body: spec.present(await spec.create(em(ctx), caller.workspaceId, body as z.output<Input>)) }),
    }),
    defineRoute({
      method: 'get', path: `${base}/:id`, operationId: `get${spec.name}`, tag: spec.tag, summary: `One ${spec.name.toLowerCase()}.`,
      auth: { kind: 'admin', role: 'viewer' }, params: idParams, responses: { 200: { description: 'Found', schema: spec.output } },
      handler: async ({ ctx, caller, params }) => ({ body: spec.present(await spec.get(em(ctx), caller.workspaceId, params.id)) }),
    }),
    defineRoute({
      method: 'patch', path: `${base}/:id`, operationId: `update${spec.name}`, tag: spec.tag, summary: `Change fields of a ${spec.name.toLowerCase()}.`,
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: patchOf(spec.input),
      responses: { 200: { description: 'Updated', schema: spec.output } },
      handler: async ({ ctx, caller, params, body }) => ({ body: spec.present(await spec.update(em(ctx), caller.workspaceId, params.id, body as Partial<z.output<Input>>)) }),
    }),
    defineRoute({
      method: 'delete', path: `${base}/:id`, operationId: `delete${spec.name}`, tag: spec.tag,
      summary: `Delete a ${spec.name.toLowerCase()}; one still referenced by bookings is archived instead (restorable).`,
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 200: { description: 'What happened', schema: deleted } },
      handler: async ({ ctx, caller, params }) => ({ body: { result: await spec.remove(em(ctx), caller.workspaceId, params.id, clock()) } }),
    }),
    defineRoute({
      method: 'post', path: `${base}/:id/restore`, operationId: `restore${spec.name}`, tag: spec.tag, summary: `Bring an archived ${spec.name.toLowerCase()} back.`,
      auth: { kind: 'admin', role: 'admin' }, params: idParams, idempotent: true, responses: { 200: { description: 'Restored', schema: spec.output } },
      handler: async ({ ctx, caller, params }) => ({ body: spec.present(await spec.restore(em(ctx), caller.workspaceId, params.id)) }),
    }),
  ];
}

/** Hosts, schedules and event types. */
export function resourceAdminRoutes(deps: { clock: () => Date }): Route[] {
  return [
    ...resourceRoutes({
      plural: 'hosts', name: 'Host', tag: 'Hosts', input: hostInput, output: hostOutput, present: presentHost,
      list: hosts.listHosts, get: hosts.getHost, create: hosts.createHost, update: hosts.updateHost, remove: hosts.deleteHost, restore: hosts.restoreHost,
    }, deps.clock),
    ...resourceRoutes({
      plural: 'schedules', name: 'Schedule', tag: 'Schedules', input: scheduleInput, output: scheduleOutput, present: presentSchedule,
      list: schedules.listSchedules, get: schedules.getSchedule, create: schedules.createSchedule, update: schedules.updateSchedule,
      remove: schedules.deleteSchedule, restore: schedules.restoreSchedule,
    }, deps.clock),
    ...resourceRoutes({
      plural: 'event-types', name: 'EventType', tag: 'Event types', input: eventTypeInput, output: eventTypeOutput, present: presentEventType,
      list: (em, ws, archived) => eventTypes.listEventTypes(em, ws, { archived }), get: eventTypes.getEventType, create: eventTypes.createEventType,
      update: eventTypes.updateEventType, remove: eventTypes.deleteEventType, restore: eventTypes.restoreEventType,
    }, deps.clock),
  ];
}
