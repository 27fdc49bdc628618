import { Logger } from '@nestjs/common';
import Redis, { type RedisOptions } from 'ioredis';

/**
 * A Redis connection that never makes a request wait for Redis: commands fail at once while the
 * connection is down (no offline queue) and after `commandTimeout` when Redis hangs, so callers
 * can fall back. It reconnects in the background; an outage is logged once as a warning, and
 * its end once, instead of an error per reconnect attempt.
 */
export function maakRedisVerbinding(
  url: string,
  naam: string,
  opties: Pick<RedisOptions, 'enableOfflineQueue' | 'maxRetriesPerRequest' | 'commandTimeout'> = {},
): Redis {
  const logger = new Logger(`Redis (${naam})`);
  const redis = new Redis(url, {
    connectionName: `buurtwerk-${naam}`,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2000,
    // Back off up to 5 s between attempts; never give up (Redis may come back).
    retryStrategy: (pogingen) => Math.min(pogingen * 200, 5000),
    ...opties,
  });
  let storing = false;
  redis.on('error', (e: Error) => {
    if (!storing) {
      storing = true;
      logger.warn(`Redis is onbereikbaar (${e.message}); opnieuw verbinden op de achtergrond.`);
    }
  });
  redis.on('ready', () => {
    if (storing) {
      storing = false;
      logger.log('Redis is weer bereikbaar.');
    }
  });
  return redis;
}

/** Waits until the connection is ready, at most `ms`; false when Redis did not answer in time. */
export async function wachtOpRedis(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') {
    return true;
  }
  return new Promise<boolean>((klaar) => {
    const timer = setTimeout(() => {
      redis.off('ready', gereed);
      klaar(false);
    }, ms);
    function gereed(): void {
      clearTimeout(timer);
      klaar(true);
    }
    redis.once('ready', gereed);
  });
}

/** Closes at once, also while (re)connecting: no pending reconnect timer keeps the process alive. */
export function sluitRedis(redis: Redis): void {
  if (redis.status !== 'end') {
    redis.disconnect(false);
  }
}
