import { createHmac } from 'node:crypto';
import { nieuwGeheim, onderteken, verifieerHandtekening } from './handtekening';

describe('Handtekening van webhookafleveringen (Standard Webhooks)', () => {
  const geheim = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const body = '{"test": 2432232314}';
  const nu = new Date(1614265330 * 1000);

  it('volgt het voorbeeld van de Standard Webhooks-specificatie', () => {
    expect(onderteken(geheim, id, 1614265330, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('tekent id, tijdstempel en body met de base64-gedecodeerde sleutel', () => {
    const sleutel = Buffer.from(geheim.slice('whsec_'.length), 'base64');
    const verwacht = createHmac('sha256', sleutel).update(`${id}.1614265330.${body}`).digest('base64');
    expect(onderteken(geheim, id, 1614265330, body)).toBe(`v1,${verwacht}`);
  });

  const geval = (over: Partial<Parameters<typeof verifieerHandtekening>[0]>) =>
    verifieerHandtekening({
      geheim,
      id,
      tijdstempel: '1614265330',
      body,
      handtekening: onderteken(geheim, id, 1614265330, body),
      nu,
      ...over,
    });

  it.each([
    ['een ongewijzigde aflevering', {}, { geldig: true }],
    [
      'een van meerdere handtekeningen (sleutelrotatie)',
      { handtekening: `v1,bXVpcw== ${onderteken(geheim, id, 1614265330, body)}` },
      { geldig: true },
    ],
    ['een tijdstempel binnen vijf minuten', { nu: new Date((1614265330 + 299) * 1000) }, { geldig: true }],
  ])('aanvaardt %s', (_naam, over, uitkomst) => {
    expect(geval(over)).toEqual(uitkomst);
  });

  it.each([
    ['een gewijzigde body', { body: '{"test": 2432232315}' }, 'handtekening'],
    ['een ander id', { id: 'msg_anders' }, 'handtekening'],
    ['een ander geheim', { geheim: nieuwGeheim() }, 'handtekening'],
    ['een lege handtekening', { handtekening: '' }, 'handtekening'],
    ['een onbekende versie', { handtekening: 'v2,abc' }, 'handtekening'],
    ['een oude tijdstempel (replay)', { nu: new Date((1614265330 + 301) * 1000) }, 'tijdstempel'],
    ['een tijdstempel in de toekomst', { nu: new Date((1614265330 - 301) * 1000) }, 'tijdstempel'],
    ['een tijdstempel die geen getal is', { tijdstempel: '1614265330.5' }, 'tijdstempel'],
  ])('weigert %s', (_naam, over, reden) => {
    expect(geval(over)).toEqual({ geldig: false, reden });
  });

  it('maakt geheimen met 32 willekeurige bytes en het whsec_-voorvoegsel', () => {
    const a = nieuwGeheim();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(nieuwGeheim()).not.toBe(a);
  });
});
