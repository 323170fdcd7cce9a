import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { ValueLabels } from './labels.ts';
import type { Catalog } from './messages.ts';

/**
 * What a module hands the app (its `index.ts` exports one): its routes, its problem texts and the words for
 * the states its problem codes print. `app.ts` lists the modules; http/ knows none of them.
 */
export interface AppModule {
  /** The module's folder under server/modules. */
  name: string;
  /** Registers the module's routes; configuration comes from here, never from the environment. */
  routes?(app: FastifyInstance, config: Config): void;
  messages?: Catalog;
  /** By the first part of a problem code ("document"): the words of the values its state variables hold. */
  stateLabels?: Record<string, ValueLabels>;
}
