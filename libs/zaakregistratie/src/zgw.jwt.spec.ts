import { jwtVerify } from 'jose';
import { zgwToken } from './zgw.jwt';

describe('zgwToken (ZGW: JWT met client id en geheim)', () => {
  const geheim = 'een-lang-gedeeld-geheim';

  it('is een HS256-JWT met de claims die de ZGW-standaard vraagt', async () => {
    const nu = new Date('2027-03-01T09:00:00Z');
    const token = zgwToken('buurtwerk', geheim, { id: 'buurtwerk', weergave: 'Buurtwerk' }, nu);
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(geheim), {
      currentDate: nu,
      algorithms: ['HS256'],
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({
      iss: 'buurtwerk',
      iat: Math.floor(nu.getTime() / 1000),
      client_id: 'buurtwerk',
      user_id: 'buurtwerk',
      user_representation: 'Buurtwerk',
    });
  });

  it('is met een ander geheim niet geldig', async () => {
    const token = zgwToken('buurtwerk', geheim, { id: 'buurtwerk', weergave: 'Buurtwerk' });
    await expect(jwtVerify(token, new TextEncoder().encode('een-ander-geheim-van-lengte'))).rejects.toThrow();
  });
});
