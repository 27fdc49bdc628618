import { metConnectSrc, oidcUitOmgeving } from './web-apps';

describe('oidcUitOmgeving', () => {
  it('is uit zolang OIDC_ISSUER of OIDC_CLIENT_ID ontbreekt', () => {
    expect(oidcUitOmgeving({})).toBeNull();
    expect(oidcUitOmgeving({ OIDC_ISSUER: 'https://login.heerlen.nl' })).toBeNull();
    expect(oidcUitOmgeving({ OIDC_CLIENT_ID: 'buurtwerk' })).toBeNull();
  });

  it('leest issuer, client en standaardwaarden', () => {
    expect(oidcUitOmgeving({ OIDC_ISSUER: 'https://login.heerlen.nl/realms/heerlen/', OIDC_CLIENT_ID: 'buurtwerk' })).toEqual({
      issuer: 'https://login.heerlen.nl/realms/heerlen',
      clientId: 'buurtwerk',
      scopes: 'openid profile email',
      bearer: 'access_token',
    });
  });

  it.each([
    ['een http-issuer buiten localhost', { OIDC_ISSUER: 'http://login.heerlen.nl' }, /https/],
    ['scopes zonder openid', { OIDC_SCOPES: 'profile email' }, /openid/],
    ['een onbekend bearer-token', { OIDC_BEARER_TOKEN: 'refresh_token' }, /access_token of id_token/],
  ])('weigert %s', (_naam, extra, melding) => {
    expect(() => oidcUitOmgeving({ OIDC_ISSUER: 'https://login.heerlen.nl', OIDC_CLIENT_ID: 'buurtwerk', ...extra })).toThrow(
      melding,
    );
  });

  it('staat http toe voor een provider op localhost (ontwikkeling en tests)', () => {
    expect(oidcUitOmgeving({ OIDC_ISSUER: 'http://127.0.0.1:8080', OIDC_CLIENT_ID: 'x' })?.issuer).toBe('http://127.0.0.1:8080');
  });
});

describe('metConnectSrc', () => {
  it('voegt een connect-src toe op basis van default-src', () => {
    expect(metConnectSrc("default-src 'self';img-src 'self' data:", ['https://login.heerlen.nl'])).toBe(
      "default-src 'self';img-src 'self' data:;connect-src 'self' https://login.heerlen.nl",
    );
  });

  it('breidt een bestaande connect-src uit', () => {
    expect(metConnectSrc("default-src 'self';connect-src 'self'", ['https://a.example', 'https://b.example'])).toBe(
      "default-src 'self';connect-src 'self' https://a.example https://b.example",
    );
  });

  it('laat de policy ongemoeid zonder origins', () => {
    expect(metConnectSrc("default-src 'self'", [])).toBe("default-src 'self'");
  });
});
