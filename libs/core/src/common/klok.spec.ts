import { klok, opKlok } from './klok';

describe('de klok van het domein', () => {
  const vorigeMaand = new Date('2026-11-07T09:00:00Z');

  it('geeft buiten opKlok de echte tijd', () => {
    const voor = Date.now();
    const t = klok.ms();
    expect(t).toBeGreaterThanOrEqual(voor);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('verzet de tijd binnen opKlok, ook na een await, en loopt daar gewoon door', async () => {
    await opKlok(vorigeMaand, async () => {
      const eerst = klok.nu();
      expect(Math.abs(eerst.getTime() - vorigeMaand.getTime())).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 20));
      expect(klok.ms()).toBeGreaterThanOrEqual(eerst.getTime() + 15);
      expect(klok.ms()).toBeLessThan(vorigeMaand.getTime() + 5000);
    });
  });

  it('laat wat ernaast loopt op de echte tijd (een verzoek tijdens het laden van de demo)', async () => {
    let naast = 0;
    await Promise.all([
      opKlok(vorigeMaand, async () => {
        await new Promise((r) => setTimeout(r, 10));
      }),
      (async () => {
        await new Promise((r) => setTimeout(r, 5));
        naast = klok.ms();
      })(),
    ]);
    expect(Math.abs(naast - Date.now())).toBeLessThan(1000);
  });

  it('weigert in productie', () => {
    const oud = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => opKlok(vorigeMaand, async () => 1)).toThrow('De klok verzetten kan niet in productie');
    } finally {
      process.env.NODE_ENV = oud;
    }
  });
});
