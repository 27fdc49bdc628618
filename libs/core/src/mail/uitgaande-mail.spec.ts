import { createServer, type Server } from 'node:net';
import { laadMailConfig, smtpTransport } from './uitgaande-mail.service';

/** The smallest SMTP server that accepts one conversation and remembers what it received. */
function nepSmtpServer(): Promise<{ server: Server; poort: number; ontvangen: string[] }> {
  const ontvangen: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 nep.heerlen.test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let eind: number;
      while ((eind = inData ? buffer.indexOf('\r\n.\r\n') : buffer.indexOf('\r\n')) >= 0) {
        if (inData) {
          ontvangen.push(buffer.slice(0, eind));
          buffer = buffer.slice(eind + 5);
          inData = false;
          socket.write('250 OK: in de wachtrij\r\n');
          continue;
        }
        const regel = buffer.slice(0, eind);
        buffer = buffer.slice(eind + 2);
        const opdracht = regel.slice(0, 4).toUpperCase();
        if (opdracht === 'EHLO') {
          socket.write('250-nep.heerlen.test\r\n250 8BITMIME\r\n');
        } else if (opdracht === 'DATA') {
          inData = true;
          socket.write('354 Ga uw gang\r\n');
        } else if (opdracht === 'QUIT') {
          socket.end('221 Tot ziens\r\n');
        } else {
          socket.write('250 OK\r\n');
        }
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      resolve({ server, poort: typeof adres === 'object' && adres ? adres.port : 0, ontvangen });
    });
  });
}

describe('uitgaande mail', () => {
  it('verstuurt via SMTP naar SMTP_URL', async () => {
    const { server, poort, ontvangen } = await nepSmtpServer();
    try {
      const transport = smtpTransport(`smtp://127.0.0.1:${poort}`, 'Gemeente Heerlen <buurtwerk@heerlen.nl>');
      await transport.verstuur({ aan: 'anna@example.org', onderwerp: 'Aanmelding bevestigd', tekst: 'Beste Anna,\n\nTot dan!' });
      expect(ontvangen).toHaveLength(1);
      expect(ontvangen[0]).toContain('To: anna@example.org');
      expect(ontvangen[0]).toContain('Subject: Aanmelding bevestigd');
      expect(ontvangen[0]).toContain('Tot dan!');
    } finally {
      server.close();
    }
  });

  it.each([
    ['zonder SMTP_URL schrijft hij een logregel (ingebouwde standaard)', {}, { smtpUrl: null, intervalMs: 5000 }],
    [
      'neemt SMTP_URL en het interval over',
      { SMTP_URL: 'smtps://u:p@mail.heerlen.nl:465', MAIL_INTERVAL_MS: '0' },
      { smtpUrl: 'smtps://u:p@mail.heerlen.nl:465', intervalMs: 0 },
    ],
  ])('%s', (_naam, env, verwacht) => {
    expect(laadMailConfig(env)).toMatchObject(verwacht);
  });

  it.each([
    ['een ander protocol', { SMTP_URL: 'https://mail.heerlen.nl' }, 'SMTP_URL'],
    ['geen URL', { SMTP_URL: 'mail.heerlen.nl' }, 'SMTP_URL'],
    ['een interval dat geen getal is', { MAIL_INTERVAL_MS: 'vaak' }, 'MAIL_INTERVAL_MS'],
  ])('weigert bij het starten %s en noemt de variabele', (_naam, env, variabele) => {
    expect(() => laadMailConfig(env)).toThrow(variabele);
  });
});
