/**
 * The mail outbox as a job of the one runner (docs/jobs.md): a backlog larger than one batch is
 * sent without waiting an interval per batch, and shutdown stops between two mails: what was
 * sent is recorded, the rest stays waiting for the next instance, nothing is sent twice.
 */
import { MailStatus, mailInWachtrij, UitgaandeMailVerzender } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { maakApp } from '../src/app.factory';

describe('Uitgaande mail op de taakloper', () => {
  const vorigeInterval = process.env.MAIL_INTERVAL_MS;
  afterAll(() => {
    if (vorigeInterval === undefined) {
      delete process.env.MAIL_INTERVAL_MS;
    } else {
      process.env.MAIL_INTERVAL_MS = vorigeInterval;
    }
  });

  /** An app whose mail timer would only come round after an hour. */
  const start = async (): Promise<TestContext> => {
    process.env.MAIL_INTERVAL_MS = '3600000';
    try {
      return await testContext();
    } finally {
      process.env.MAIL_INTERVAL_MS = '0';
    }
  };

  const zetKlaar = (ctx: TestContext, n: number, soort: string) =>
    ctx.dataSource.transaction((tx) =>
      mailInWachtrij(
        tx,
        Array.from({ length: n }, (_, i) => ({
          soort,
          aan: `${soort.toLowerCase()}-${i}@example.org`,
          onderwerp: `Mail ${i}`,
          tekst: 'x',
        })),
      ),
    );

  const perStatus = async (ctx: TestContext, soort: string) =>
    Object.fromEntries(
      (
        await ctx.dataSource.query<Array<{ status: string; n: number }>>(
          'SELECT status, count(*)::int AS n FROM uitgaande_mail WHERE soort = $1 GROUP BY status',
          [soort],
        )
      ).map((r) => [r.status, r.n]),
    );

  it('verstuurt een achterstand van meer dan één batch meteen, niet één batch per interval', async () => {
    const ctx = await start();
    try {
      const verzonden: string[] = [];
      const verzender = ctx.app.get(UitgaandeMailVerzender);
      verzender.gebruikTransport({
        verstuur: (m) => {
          verzonden.push(m.aan);
          return Promise.resolve();
        },
      });
      await zetKlaar(ctx, 45, 'ACHTERSTAND');
      // One round on demand sends one batch of 20; the runner follows a full batch at once.
      expect(await verzender.verwerk()).toEqual({ verzonden: 20, mislukt: 0 });
      for (let i = 0; i < 200 && verzonden.length < 45; i += 1) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(await perStatus(ctx, 'ACHTERSTAND')).toEqual({ [MailStatus.VERZONDEN]: 45 });
      expect(new Set(verzonden).size).toBe(45);
      expect(verzonden).toHaveLength(45);
    } finally {
      await ctx.close();
    }
  });

  it('stopt bij het afsluiten tussen twee mails: wat verstuurd is staat geregistreerd, de rest wacht', async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    const ctx = await testContext();
    // A second instance on the same database; it is the one that is closed.
    const instantie = await maakApp({ ...ctx.config, databasePoolSize: 5 });
    let dicht = false;
    try {
      const verzonden: string[] = [];
      let tweedeOnderweg: () => void = () => undefined;
      const onderweg = new Promise<void>((r) => {
        tweedeOnderweg = r;
      });
      let loslaten: () => void = () => undefined;
      const los = new Promise<void>((r) => {
        loslaten = r;
      });
      instantie.get(UitgaandeMailVerzender).gebruikTransport({
        verstuur: async (m) => {
          if (verzonden.length === 1) {
            // The second mail is on its way when the instance is asked to close.
            tweedeOnderweg();
            await los;
          }
          verzonden.push(m.aan);
        },
      });
      await zetKlaar(ctx, 5, 'AFSLUITEN');
      const ronde = instantie.get(UitgaandeMailVerzender).verwerk();
      await onderweg;
      const sluiten = instantie.close().then(() => {
        dicht = true;
      });
      await new Promise((r) => setTimeout(r, 50));
      // Shutdown waits for the mail in flight.
      expect(dicht).toBe(false);
      loslaten();
      await sluiten;
      expect(await ronde).toEqual({ verzonden: 2, mislukt: 0 });
      expect(verzonden).toHaveLength(2);
      expect(await perStatus(ctx, 'AFSLUITEN')).toEqual({ [MailStatus.VERZONDEN]: 2, [MailStatus.WACHTEND]: 3 });
    } finally {
      if (!dicht) {
        await instantie.close();
      }
      await ctx.close();
    }
  });
});
