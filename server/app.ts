import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
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
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { Extraction } from './modules/files/files.pool.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { organizationRoutes } from './modules/organizations/organizations.routes.ts';
import { termRoutes } from './modules/terms/terms.routes.ts';
import { postRoutes } from './modules/posts/posts.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { memberRoutes } from './modules/members/members.routes.ts';
import { ruleRoutes } from './modules/rules/rules.routes.ts';
import { duesRoutes } from './modules/dues/dues.routes.ts';
import { ratingRoutes } from './modules/ratings/ratings.routes.ts';
import { memberImportRoutes } from './modules/member-import/member-import.routes.ts';
import { registerImportRoutes } from './modules/register-import/register-import.routes.ts';
import { meetingRoutes } from './modules/meetings/meetings.routes.ts';
import { meetingMinutesRoutes } from './modules/meetings/meetings.minutes.routes.ts';
import { meetingExportRoutes } from './modules/meetings/meetings.exports.routes.ts';
import { meetingCalendarRoutes } from './modules/meetings/meetings.calendar.routes.ts';
import { meetingComplianceRoutes } from './modules/meetings/meetings.compliance.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { programRoutes } from './modules/programs/programs.routes.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { taskRoutes } from './modules/tasks/tasks.routes.ts';

/** What a request's log line shows: calendar feeds carry an API token in the query, never written to logs. */
function logRequest(req: { method: string; url: string; hostname?: string; ip?: string }) {
  return { method: req.method, url: req.url.replace(/([?&]token=)[^&]*/g, '$1[hidden]'), hostname: req.hostname, remoteAddress: req.ip };
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** Builds the HTTP app: shared plugins first, then every module's routes. Does not listen. */
export async function buildApp(config: Config, database: Database): Promise<FastifyInstance> {
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
  registerAuth(app, config);

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

  authRoutes(app, config);
  userRoutes(app);
  organizationRoutes(app);
  termRoutes(app);
  postRoutes(app);
  peopleRoutes(app);
  auditRoutes(app);
  ruleRoutes(app);
  memberRoutes(app);
  duesRoutes(app);
  ratingRoutes(app);
  memberImportRoutes(app);
  registerImportRoutes(app);
  meetingRoutes(app);
  meetingMinutesRoutes(app);
  meetingExportRoutes(app);
  meetingCalendarRoutes(app);
  meetingComplianceRoutes(app);
  taskRoutes(app);
  documentRoutes(app, config);
  programRoutes(app);
  reportRoutes(app);
  notificationRoutes(app);

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
