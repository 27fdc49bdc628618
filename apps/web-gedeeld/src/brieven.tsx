/**
 * The letters of a file (decision letters, receipt confirmation, aanvulling request): what was sent,
 * when and how, the letter itself as its accessible HTML page, and the PDF as it was sent. Both web
 * apps show the same list; the API decides who may see it (the applicant and staff only).
 */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { API_URL } from './api';
import { datum, datumTijd } from './datum';
import { huidigToken } from './sessie';

export interface BriefRij {
  id: string;
  soort: string;
  kenmerk: string;
  onderwerp: string;
  datum: string;
  kanaal: string;
  verzendstatus: string;
  verzondenOp?: string | null;
  pdfUrl: string;
  html: string;
}

/** The API's REST paths sit beside its GraphQL endpoint. */
function restUrl(pad: string): string {
  return API_URL.replace(/\/graphql$/, '') + pad;
}

export function verzendtekst(b: Pick<BriefRij, 'verzendstatus' | 'verzondenOp' | 'kanaal'>): string {
  switch (b.verzendstatus) {
    case 'VERZONDEN':
      return `Verzonden per e-mail${b.verzondenOp ? ` op ${datumTijd(b.verzondenOp)}` : ''}`;
    case 'GEPLAATST':
      return `In het Buurtportaal gezet${b.verzondenOp ? ` op ${datumTijd(b.verzondenOp)}` : ''}`;
    case 'MISLUKT':
      return 'Verzenden per e-mail is mislukt';
    default:
      return b.kanaal === 'EMAIL' ? 'Wordt verzonden per e-mail' : 'Wordt in het Buurtportaal gezet';
  }
}

/** Download with the signed-in person's token (a plain link cannot carry it). */
async function downloadPdf(b: BriefRij): Promise<void> {
  const token = huidigToken();
  const res = await fetch(restUrl(b.pdfUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    throw new Error(String(res.status));
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `${b.kenmerk.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Brief({ b }: { b: BriefRij }) {
  const [fout, zetFout] = useState<string | null>(null);
  return (
    <li className="buurtwerk-brief" data-testid="brief">
      <strong>{b.onderwerp}</strong> ({b.kenmerk}, {datum(b.datum)})
      <br />
      <span className={`buurtwerk-label${b.verzendstatus === 'MISLUKT' ? ' buurtwerk-label--geannuleerd' : ''}`}>
        {verzendtekst(b)}
      </span>
      <details>
        <summary>Lees de brief “{b.onderwerp}”</summary>
        {/* The letter's own page: escaped text, no scripts; sandboxed all the same. */}
        <iframe title={`Brief: ${b.onderwerp}`} srcDoc={b.html} sandbox="" className="buurtwerk-briefweergave" />
      </details>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          zetFout(null);
          downloadPdf(b).catch(() => zetFout('De PDF kon niet worden gedownload. Probeer het opnieuw.'));
        }}
      >
        Download PDF van “{b.onderwerp}”
      </Button>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
    </li>
  );
}

export function Brievenlijst({ brieven }: { brieven: readonly BriefRij[] }) {
  if (brieven.length === 0) {
    return <Paragraph>Er zijn nog geen brieven.</Paragraph>;
  }
  return (
    <ul className="buurtwerk-brieven">
      {brieven.map((b) => (
        <Brief key={b.id} b={b} />
      ))}
    </ul>
  );
}
