/**
 * Signing in through the municipality's OpenID Connect provider (authorization code + PKCE):
 * a local provider (./oidc-provider.ts) issues RS256 tokens, the API checks them through its
 * JWKS (AUTH_JWKS_URL/AUTH_ISSUER/AUTH_AUDIENCE) and the Buurtportaal completes the flow in
 * Chromium under the production Content-Security-Policy. A return with another state, a wrong
 * code_verifier or a code that was never asked for in this tab does not sign anyone in.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { initiatiefInput, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, schermafdruk, startBrowser, startWebServer, type TestBrowser } from './browser';
import { startOidcProvider, type TestProvider } from './oidc-provider';

describe('Inloggen via de inlogdienst van de gemeente (OpenID Connect met PKCE)', () => {
  let provider: TestProvider;
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    provider = await startOidcProvider({ clientId: 'buurtportaal', audience: 'buurtwerk-api' });
    ctx = await testContext({
      GRAPHIQL: 'false', // with the production Content-Security-Policy
      AUTH_JWKS_URL: `${provider.issuer}/jwks`,
      AUTH_ISSUER: provider.issuer,
      AUTH_AUDIENCE: 'buurtwerk-api',
    });
    ({ app: web, basis } = await startWebServer(ctx, {
      oidc: { issuer: provider.issuer, clientId: 'buurtportaal', scopes: 'openid profile', bearer: 'access_token' },
    }));
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
    await provider?.sluit();
  });

  const ingelogd = (page: Page) => page.getByText(/^Ingelogd als /);
  // The token lives in localStorage per app (it survives a new tab), the sign-in attempt in sessionStorage.
  const opslag = (page: Page, sleutel: string) =>
    page.evaluate(
      sleutel === 'buurtwerk.token'
        ? `localStorage.getItem('buurtwerk.token:' + location.pathname.split('/').slice(0, 2).join('/') + '/')`
        : `sessionStorage.getItem(${JSON.stringify(sleutel)})`,
    ) as Promise<string | null>;

  it('geeft de apps de instellingen van de inlogdienst, met het token-eindpunt in de CSP', async () => {
    const res = await fetch(`${basis}/web/config.json`);
    expect(await res.json()).toEqual({
      ontwikkelinlog: true,
      oidc: {
        issuer: provider.issuer,
        clientId: 'buurtportaal',
        scopes: 'openid profile',
        bearer: 'access_token',
        authorizationEndpoint: `${provider.issuer}/authorize`,
        tokenEndpoint: `${provider.issuer}/token`,
        endSessionEndpoint: `${provider.issuer}/afmelden`,
      },
    });
    const pagina = await fetch(`${basis}/buurtportaal/`);
    expect(pagina.headers.get('content-security-policy')).toMatch(
      new RegExp(`connect-src 'self' ${provider.issuer.replace(/\./g, '\\.')}(;|$)`),
    );
  });

  it('logt een bewoner in via de inlogdienst en toont daarna Mijn initiatieven', async () => {
    const opzet = await zetOp(ctx, 1_000_000);
    provider.gebruiker = { sub: 'oidc-rosa', name: 'Rosa Inlogdienst', roles: ['BEWONER'] };
    // An initiative of this person (same sub), so the list proves the API knows who signed in.
    await opslaan(
      ctx,
      await ctx.tokenFor(Rol.BEWONER, { sub: 'oidc-rosa', name: 'Rosa Inlogdienst' }),
      initiatiefInput(opzet, 50_000, 10_000, { titel: 'Bankjes op het Pancratiusplein' }),
    );
    const page = await browser.context.newPage();
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    await page.getByRole('link', { name: 'Log eerst in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inloggen bij de gemeente Heerlen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/mijn-initiatieven');
    expect(await axeOvertredingen(page)).toEqual([]);
    await schermafdruk(page, 'buurtportaal-inloggen-oidc');

    const verzoeken = provider.tokenVerzoeken.length;
    await page.getByRole('button', { name: 'Inloggen via de gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn initiatieven' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bankjes op het Pancratiusplein' }).waitFor();
    await page.getByText('Ingelogd als Rosa Inlogdienst').waitFor();

    // PKCE with S256, a fresh state and nonce; one successful exchange; no code left in the URL.
    const verzoek = provider.autorisaties.at(-1)!;
    expect(verzoek.get('code_challenge_method')).toBe('S256');
    expect(verzoek.get('redirect_uri')).toBe(`${basis}/buurtportaal/inloggen`);
    expect(verzoek.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verzoek.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(provider.tokenVerzoeken.slice(verzoeken)).toEqual([{ geweigerd: null }]);
    expect(page.url()).toBe(`${basis}/buurtportaal/mijn-initiatieven`);
    expect(await opslag(page, 'buurtwerk.oidc')).toBeNull();
    expect(await axeOvertredingen(page)).toEqual([]);

    // Signing out ends the session here and at the provider, and comes back to the start page.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${basis}/buurtportaal/`);
    await page.getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
    expect(provider.afmeldingen.at(-1)?.get('post_logout_redirect_uri')).toBe(`${basis}/buurtportaal/`);
    expect(provider.afmeldingen.at(-1)?.get('id_token_hint')).toMatch(/^ey/);
    expect(await opslag(page, 'buurtwerk.token')).toBeNull();
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    await page.getByRole('link', { name: 'Log eerst in' }).waitFor();
    await page.close();
  });

  it('logt ook een medewerker in het Regiepaneel in via dezelfde inlogdienst', async () => {
    provider.gebruiker = { sub: 'oidc-rik', name: 'Rik Regisseur', roles: ['BUURTREGISSEUR'] };
    const page = await browser.context.newPage();
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByRole('button', { name: 'Inloggen via de gemeente' }).click();
    await page.getByText('Je bent ingelogd als Rik Regisseur.').waitFor();
    expect(provider.autorisaties.at(-1)?.get('redirect_uri')).toBe(`${basis}/regiepaneel/inloggen`);
    expect(page.url()).toBe(`${basis}/regiepaneel/inloggen`);
    expect(await axeOvertredingen(page)).toEqual([]);
    await page.close();
  });

  /** Runs in the app's page before its own scripts whenever the provider sends the browser back. */
  const bijTerugkeer = (page: Page, script: string) =>
    page.addInitScript({ content: `if (new URLSearchParams(location.search).has('code')) { ${script} }` });

  it('weigert een terugkeer met een andere state (CSRF) zonder de code in te wisselen', async () => {
    const page = await browser.context.newPage();
    await bijTerugkeer(
      page,
      `const u = new URL(location.href); u.searchParams.set('state', 'vervalst'); history.replaceState(null, '', u);`,
    );
    const verzoeken = provider.tokenVerzoeken.length;
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByRole('button', { name: 'Inloggen via de gemeente' }).click();
    await page.getByRole('alert').getByText('Deze inlogpoging is niet hier begonnen of is verlopen.', { exact: false }).waitFor();
    expect(provider.tokenVerzoeken.length).toBe(verzoeken);
    expect(await ingelogd(page).count()).toBe(0);
    expect(await opslag(page, 'buurtwerk.token')).toBeNull();
    expect(page.url()).toBe(`${basis}/buurtportaal/inloggen`);
    expect(await axeOvertredingen(page)).toEqual([]);
    await schermafdruk(page, 'buurtportaal-inloggen-geweigerd');
    await page.close();
  });

  it('wordt geweigerd door de inlogdienst als de code_verifier niet klopt', async () => {
    const page = await browser.context.newPage();
    await bijTerugkeer(
      page,
      `const p = JSON.parse(sessionStorage.getItem('buurtwerk.oidc'));
       p.verifier = 'a'.repeat(43);
       sessionStorage.setItem('buurtwerk.oidc', JSON.stringify(p));`,
    );
    const verzoeken = provider.tokenVerzoeken.length;
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByRole('button', { name: 'Inloggen via de gemeente' }).click();
    await page.getByRole('alert').getByText('De inlogdienst weigerde het inloggen.', { exact: false }).waitFor();
    expect(provider.tokenVerzoeken.slice(verzoeken)).toEqual([{ geweigerd: 'code_verifier past niet bij de code_challenge' }]);
    expect(await ingelogd(page).count()).toBe(0);
    expect(await opslag(page, 'buurtwerk.token')).toBeNull();
    expect(await axeOvertredingen(page)).toEqual([]);
    await page.close();
  });

  it('meldt het als de inlogdienst onbereikbaar is, zonder demogebruikers aan te bieden', async () => {
    const onbereikbaar = await startWebServer(ctx, {
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'buurtportaal', scopes: 'openid', bearer: 'access_token' },
    });
    try {
      const res = await fetch(`${onbereikbaar.basis}/web/config.json`);
      expect(res.status).toBe(503);
      const page = await browser.context.newPage();
      await page.goto(`${onbereikbaar.basis}/buurtportaal/inloggen`);
      await page
        .getByRole('alert')
        .getByText('De inlogdienst van de gemeente is nu niet bereikbaar.', { exact: false })
        .waitFor();
      expect(await page.getByRole('button', { name: 'Inloggen via de gemeente' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Inloggen als demogebruiker' }).count()).toBe(0);
      expect(await axeOvertredingen(page)).toEqual([]);
      await page.close();
    } finally {
      await onbereikbaar.app.close();
    }
  });

  it('biedt zonder inlogdienst alleen de ontwikkel-inlog aan', async () => {
    const zonder = await startWebServer(ctx);
    try {
      expect(await (await fetch(`${zonder.basis}/web/config.json`)).json()).toEqual({ ontwikkelinlog: true, oidc: null });
      const page = await browser.context.newPage();
      await page.goto(`${zonder.basis}/buurtportaal/inloggen`);
      await page.getByRole('button', { name: 'Inloggen als demogebruiker' }).waitFor();
      expect(await page.getByRole('button', { name: 'Inloggen via de gemeente' }).count()).toBe(0);
      await page.close();
    } finally {
      await zonder.app.close();
    }
  });

  it('negeert een teruggestuurde code waar deze tab niet om vroeg (ingeschoven link)', async () => {
    // Someone else's valid code and state, sent to the victim as a link: no attempt of this tab.
    const { code, state } = await provider.haalCode(`${basis}/buurtportaal/inloggen`, 'b'.repeat(43));
    const page = await browser.context.newPage();
    const verzoeken = provider.tokenVerzoeken.length;
    await page.goto(`${basis}/buurtportaal/inloggen?code=${code}&state=${state}`);
    await page.getByRole('alert').getByText('Deze inlogpoging is niet hier begonnen of is verlopen.', { exact: false }).waitFor();
    expect(provider.tokenVerzoeken.length).toBe(verzoeken);
    expect(await ingelogd(page).count()).toBe(0);
    expect(page.url()).toBe(`${basis}/buurtportaal/inloggen`);
    await page.close();
  });
});
