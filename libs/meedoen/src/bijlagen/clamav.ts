import { connect } from 'node:net';

/**
 * Scans bytes with a ClamAV daemon over TCP (clamd's INSTREAM command: chunks with a 4-byte
 * big-endian length, ended by a zero length). Resolves null when clean, the signature name when
 * infected; rejects when clamd cannot be reached or answers otherwise, so an upload is never
 * accepted unscanned while scanning is configured.
 */
export function scanMetClamav(inhoud: Buffer, host: string, poort: number, timeoutMs: number): Promise<string | null> {
  return new Promise((klaar, mis) => {
    const sok = connect({ host, port: poort });
    const delen: Buffer[] = [];
    sok.setTimeout(timeoutMs, () => sok.destroy(new Error('ClamAV antwoordt niet op tijd')));
    sok.once('error', mis);
    sok.on('data', (d: Buffer) => delen.push(d));
    sok.once('close', () => {
      const antwoord = Buffer.concat(delen).toString('utf8').replace(/\0/g, '').trim();
      if (/: OK$/.test(antwoord)) {
        klaar(null);
        return;
      }
      const gevonden = /: (.+) FOUND$/.exec(antwoord);
      if (gevonden) {
        klaar(gevonden[1]);
        return;
      }
      mis(new Error(`Onverwacht antwoord van ClamAV: ${antwoord.slice(0, 200)}`));
    });
    sok.once('connect', () => {
      sok.write('zINSTREAM\0');
      for (let i = 0; i < inhoud.length; i += 64 * 1024) {
        const stuk = inhoud.subarray(i, i + 64 * 1024);
        const lengte = Buffer.alloc(4);
        lengte.writeUInt32BE(stuk.length);
        sok.write(lengte);
        sok.write(stuk);
      }
      sok.write(Buffer.alloc(4));
    });
  });
}
