import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { currentSchemaVersion } from './db/migrate.ts';
import { registerAuth } from './http/auth.ts';
import { clientErrorHandler, frameworkErrors, registerInputGuards } from './http/edge.ts';
import { registerErrorHandling, sendProblem } from './http/errors.ts';
import { registerSecurityHeaders } from './http/headers.ts';
import type { AppModule } from './http/module.ts';
import { registerMessages } from './http/messages.ts';
import { registerStateLabels } from './http/labels.ts';
import { Extraction } from './modules/files/index.ts';
import { authModule, actorLoader } from './modules/auth/index.ts';
import { usersModule } from './modules/users/index.ts';
import { organizationsModule } from './modules/organizations/index.ts';
import { termsModule } from './modules/terms/index.ts';
import { postsModule } from './modules/posts/index.ts';
import { peopleModule } from './modules/people/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { rulesModule } from './modules/rules/index.ts';
import { membersModule } from './modules/members/index.ts';
import { duesModule } from './modules/dues/index.ts';
import { ratingsModule } from './modules/ratings/index.ts';
import { importsModule } from './modules/imports/index.ts';
import { memberImportModule } from './modules/member-import/index.ts';
import { registerImportModule } from './modules/register-import/index.ts';
import { meetingsModule } from './modules/meetings/index.ts';
import { tasksModule } from './modules/tasks/index.ts';
import { documentsModule } from './modules/documents/index.ts';
import { correspondenceModule } from './modules/correspondence/index.ts';
import { lettersModule } from './modules/letters/index.ts';
import { filesModule } from './modules/files/index.ts';
import { searchModule } from './modules/search/index.ts';
import { programsModule } from './modules/programs/index.ts';
import { reportsModule } from './modules/reports/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';
import { inboxModule } from './modules/inbox/index.ts';
import { dashboardsModule } from './modules/dashboards/index.ts';

/** What a request's log line shows: calendar feeds carry an API token in the query, never written to logs. */
function logRequest(req: { method: string; url: string; hostname?: string; ip?: string }) {
  return { method: req.method, url: req.url.replace(/([?&]token=)[^&]*/g, '$1[hidden]'), hostname: req.hostname, remoteAddress: req.ip };
}

/** Every module of the app, in the order their routes are registered. A new module is one line here. */
const modules: AppModule[] = [
  authModule,
  usersModule,
  organizationsModule,
  termsModule,
  postsModule,
  peopleModule,
  auditModule,
  rulesModule,
  membersModule,
  duesModule,
  ratingsModule,
  importsModule,
  memberImportModule,
  registerImportModule,
  meetingsModule,
  tasksModule,
  documentsModule,
  correspondenceModule,
  lettersModule,
  filesModule,
  searchModule,
  programsModule,
  reportsModule,
  notificationsModule,
  inboxModule,
  dashboardsModule,
];

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

export interface BuildOptions {
  /** Sees every route as it is added (the API contract generator collects the routes' schemas with it). */
  onRoute?: (route: RouteOptions) => void;
}

/** Builds the HTTP app: shared plugins first, then every module's routes. Does not listen. */
export async function buildApp(config: Config, database: Database, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, serializers: { req: logRequest } },
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: () => crypto.randomUUID(),
    // X-Forwarded-For only from a configured proxy: otherwise any client could name its own address.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.decorate('db', database.db);
  // Parsers of uploaded files run in worker threads with limits; the threads end with the app.
  const extraction = new Extraction(config);
  app.decorate('extraction', extraction);
  app.addHook('onClose', () => extraction.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandling(app);
  registerInputGuards(app);
  await registerSecurityHeaders(app, config);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Công tác API', version: '1', description: 'The digital office of a Party committee and its agency office.' },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'congtac_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ cookie: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // Swagger UI's page loads its scripts from files (no inline script): the app's CSP serves it as is.
  // Its validator badge would load an image from validator.swagger.io: switched off.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  for (const m of modules) {
    if (m.messages) registerMessages(m.messages);
    if (m.stateLabels) registerStateLabels(m.stateLabels);
  }
  registerAuth(app, config, actorLoader);

  app.withTypeProvider<ZodTypeProvider>().get('/healthz', {
    schema: {
      tags: ['system'],
      summary: 'Liveness, database kind and schema version',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), schemaVersion: z.string() }) },
    },
    handler: async () => ({
      status: 'ok' as const,
      database: database.kind,
      schemaVersion: await currentSchemaVersion(database.db),
    }),
  });

  for (const m of modules) m.routes?.(app, config);

  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  // The built files are routes of their own (wildcard: false), not a catch-all `/*`: a catch-all would be
  // tried after every API route that fails to match and hide the router's errors (an overlong parameter's 414).
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes on the client: any other non-API GET gets its index page.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendProblem(reply, req, 404, 'route.not_found');
  });
  return app;
}
