import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The domain's clock. Every rule that depends on "now" (terms, deadlines, whether a vote or a
 * meeting is past) reads `klok.nu()` instead of `new Date()`, so that one thing can move time: the demo
 * loader, which builds a city with a past through the real services (a meeting held last month,
 * a signal overdue since last week) instead of writing backdated rows with SQL.
 *
 * `opKlok` sets the time for everything that runs inside its callback (async continuations
 * included, through AsyncLocalStorage) and nothing outside it: requests served meanwhile keep the
 * real time. It refuses to run with NODE_ENV=production, so a production process cannot be made
 * to act at another moment. Database defaults (`now()`) keep the real time; services that
 * record a domain moment pass `klok.nu()` explicitly.
 */
const verschoven = new AsyncLocalStorage<number>();

export const klok = {
  /** The current moment: the real time, or the moment `opKlok` set for this call chain. */
  nu(): Date {
    return new Date(Date.now() + klok.verschilMs());
  },
  /** `klok.nu()` in milliseconds since the epoch (where the code compared with `Date.now()`). */
  ms(): number {
    return klok.nu().getTime();
  },
  /**
   * How far `opKlok` moved the time, in milliseconds (0 outside it). For checks that run on the
   * database clock inside a transaction: `clock_timestamp() + make_interval(secs => $n / 1000.0)`.
   */
  verschilMs(): number {
    return verschoven.getStore() ?? 0;
  },
};

/**
 * Runs `werk` as if the time were `moment` (which then advances with the real clock, so that
 * things done in order keep their order). Never in production.
 */
export function opKlok<T>(moment: Date, werk: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('De klok verzetten kan niet in productie (NODE_ENV=production).');
  }
  return verschoven.run(moment.getTime() - Date.now(), werk);
}
