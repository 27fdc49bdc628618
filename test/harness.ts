/**
 * The e2e harness: the real API in-process on its own fresh database, a GraphQL helper that
 * goes through HTTP (supertest to /graphql), and tokens made per test for any role.
 */
import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type BuurtwerkConfig, DEV_JWT_SECRET, loadConfig, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { maakApp } from '../apps/api/src/app.factory';
import { nieuweTestDatabase } from './database';

export interface GqlAntwoord<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    Array<{ message: string; extensions?: { code?: string; velden?: Array<{ veld: string; melding: string }> } }> | undefined;
  body: unknown;
}

export interface TokenOpties {
  sub?: string;
  name?: string;
  email?: string;
  /** `email_verified` in the token; default true when an e-mail is given (a provider that checks addresses). */
  emailGeverifieerd?: boolean;
  buurtcode?: string;
  roles?: Rol[];
  geldigheidSeconden?: number;
}

export interface TestContext {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: BuurtwerkConfig & { databaseUrl: string };
  http: () => ReturnType<typeof request>;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ) => Promise<GqlAntwoord<T>>;
  /** gql that fails the test when the answer has errors; returns data. */
  gqlOk: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<T>;
  tokenFor: (rol: Rol | null, opties?: TokenOpties) => Promise<string>;
  close: () => Promise<void>;
}

let teller = 0;

export async function testContext(env: Record<string, string> = {}): Promise<TestContext> {
  const db = await nieuweTestDatabase();
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', ...env }),
    databaseUrl: db.url,
    migrateOnStart: false,
    databasePoolSize: 20,
  };
  const app = await maakApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const http = (): ReturnType<typeof request> => request(app.getHttpServer());

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlAntwoord<T>> => {
    let req = http().post('/graphql').set('content-type', 'application/json');
    if (token) {
      req = req.set('authorization', `Bearer ${token}`);
    }
    const res = await req.send({ query, variables });
    const body = res.body as { data?: T | null; errors?: GqlAntwoord['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, body: res.body };
  };

  return {
    app,
    dataSource: app.get(DataSource),
    config,
    http,
    gql,
    gqlOk: async <T>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T> => {
      const res = await gql<T>(query, variables, token);
      if (res.errors?.length) {
        throw new Error(`GraphQL-fouten: ${JSON.stringify(res.errors, null, 2)}`);
      }
      return res.data as T;
    },
    tokenFor: (rol, opties = {}) => {
      teller += 1;
      const roles = opties.roles ?? (rol ? [rol] : []);
      return ondertekenOntwikkeltoken(new TextEncoder().encode(DEV_JWT_SECRET), config, {
        sub: opties.sub ?? `test-${(rol ?? 'gebruiker').toLowerCase()}-${process.pid}-${teller}`,
        name: opties.name ?? `Test ${rol ?? 'gebruiker'} ${teller}`,
        email: opties.email,
        email_verified: opties.email === undefined ? undefined : (opties.emailGeverifieerd ?? true),
        buurtcode: opties.buurtcode,
        roles,
        geldigheidSeconden: opties.geldigheidSeconden,
      });
    },
    close: async () => {
      await app.close();
      await db.verwijder();
    },
  };
}

/** Codes of a GraphQL answer's errors, for compact assertions. */
export function foutcodes(res: GqlAntwoord): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.code ?? '?');
}
