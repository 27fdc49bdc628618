import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading3,
  Heading4,
  Paragraph,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { Brievenlijst } from '@web-gedeeld/brieven';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import type { BezwaarStatus, BuurtportaalMijnBezwarenQuery } from '../gql/graphql';

export const MIJN_BEZWAREN = graphql(`
  query BuurtportaalMijnBezwaren {
    mijnBezwaren {
      id
      referentie
      status
      ingediendOp
      tijdig
      bezwaartermijnEinde
      beslissenUiterlijk
      hoorzittingOp
      hoorzittingPlaats
      beslissing
      beroepMogelijkTot
      brieven {
        id
        soort
        kenmerk
        onderwerp
        datum
        kanaal
        verzendstatus
        verzondenOp
        pdfUrl
        html
      }
      initiatief {
        id
      }
    }
  }
`);

const MAKEN = graphql(`
  mutation BuurtportaalBezwaarMaken($input: BezwaarInput!) {
    bezwaarMaken(input: $input) {
      id
      referentie
    }
  }
`);

export type MijnBezwaar = BuurtportaalMijnBezwarenQuery['mijnBezwaren'][number];

const STATUS: Record<BezwaarStatus, string> = {
  ONTVANGEN: 'ontvangen',
  IN_BEHANDELING: 'in behandeling',
  HOORZITTING_GEPLAND: 'hoorzitting gepland',
  BESLOTEN: 'besloten',
  INGETROKKEN: 'ingetrokken',
};

const BESLISSING = { GEGROND: 'gegrond', ONGEGROND: 'ongegrond', NIET_ONTVANKELIJK: 'niet-ontvankelijk' } as const;

/**
 * "Bezwaar maken" on the decision of one's own initiative (Awb 6:4-6:5: online, signed by signing
 * in), and the state of the objections made.
 */
export function BezwaarBlok({
  initiatiefId,
  besluitId,
  bezwaarMogelijkTot,
  bezwaren,
  klaar,
}: {
  initiatiefId: string;
  besluitId: string | null;
  bezwaarMogelijkTot: string;
  bezwaren: readonly MijnBezwaar[];
  klaar: (melding: string) => void;
}) {
  const [open, zetOpen] = useState(false);
  const [adres, zetAdres] = useState('');
  const [gronden, zetGronden] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const eigen = bezwaren.filter((b) => b.initiatief?.id === initiatiefId);
  const lopend = eigen.some((b) => b.status !== 'BESLOTEN' && b.status !== 'INGETROKKEN');
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    if (!besluitId) {
      return;
    }
    if (!adres.trim() || !gronden.trim()) {
      zetFout('Vul je adres in en schrijf waarom je het niet eens bent met het besluit.');
      return;
    }
    try {
      const d = await vraag(MAKEN, { input: { besluitId, adres: adres.trim(), gronden: gronden.trim() } });
      klaar(`Je bezwaar is ontvangen. Het kenmerk is ${d.bezwaarMaken.referentie}. Je krijgt een bevestiging per e-mail.`);
    } catch (err) {
      zetFout(foutmelding(err, 'Je bezwaar is niet verstuurd. Probeer het opnieuw.'));
    }
  };
  return (
    <section aria-labelledby={`bezwaar-${initiatiefId}`}>
      <Heading3 id={`bezwaar-${initiatiefId}`}>Bezwaar</Heading3>
      {eigen.map((b) => (
        <div key={b.id} className="buurtwerk-blok">
          <Heading4>
            Bezwaar {b.referentie}: {STATUS[b.status]}
          </Heading4>
          <Paragraph>
            Ontvangen op {datumTijd(b.ingediendOp)}
            {b.tijdig
              ? '.'
              : `, na de bezwaartermijn (tot en met ${datum(b.bezwaartermijnEinde)}). De gemeente kijkt of je daar een goede reden voor had.`}
          </Paragraph>
          {b.hoorzittingOp && !b.beslissing && (
            <Paragraph>
              Hoorzitting: {datumTijd(b.hoorzittingOp)}, {b.hoorzittingPlaats}.
            </Paragraph>
          )}
          {!b.beslissing && b.status !== 'INGETROKKEN' && (
            <Paragraph>De gemeente beslist uiterlijk op {datum(b.beslissenUiterlijk)}.</Paragraph>
          )}
          {b.beslissing && (
            <>
              <Paragraph>
                Beslissing: je bezwaar is {BESLISSING[b.beslissing]}.
                {b.beroepMogelijkTot
                  ? ` Ben je het niet eens met de beslissing? Dan kun je tot en met ${datum(b.beroepMogelijkTot)} in beroep gaan bij de rechtbank Limburg (Algemene wet bestuursrecht, artikel 6:7, 6:8 en 8:1). In de brief staat hoe.`
                  : ' De termijn voor beroep (zes weken) begint op de dag nadat wij je de brief hebben gestuurd. In de brief staat hoe je in beroep gaat.'}
              </Paragraph>
            </>
          )}
          {b.brieven.length > 0 && (
            <>
              <Paragraph>Brieven over dit bezwaar:</Paragraph>
              <Brievenlijst brieven={b.brieven} />
            </>
          )}
        </div>
      ))}
      {besluitId && !lopend && !open && (
        <Paragraph>
          Ben je het niet eens met dit besluit? Dan kun je tot en met {datum(bezwaarMogelijkTot)} bezwaar maken (Algemene wet
          bestuursrecht, artikel 6:7).{' '}
          <Button appearance="secondary-action-button" onClick={() => zetOpen(true)}>
            Bezwaar maken
          </Button>
        </Paragraph>
      )}
      {besluitId && open && (
        <form noValidate onSubmit={(e) => void verstuur(e)} className="buurtwerk-blok" aria-label="Bezwaar maken">
          <Paragraph className="buurtwerk-klein">
            Je naam en je handtekening zijn je inlog: daarmee weet de gemeente dat het bezwaar van jou komt (Awb 6:5 en 2:16). De
            datum is de dag waarop je verstuurt.
          </Paragraph>
          {fout && (
            <Alert type="error" role="alert">
              <Paragraph>{fout}</Paragraph>
            </Alert>
          )}
          <FormFieldTextbox
            name="adres"
            label="Je adres"
            autoComplete="street-address"
            value={adres}
            onChange={(e) => zetAdres((e.target as HTMLInputElement).value)}
          />
          <FormFieldTextarea
            name="gronden"
            label="Waarom ben je het niet eens met het besluit?"
            rows={5}
            value={gronden}
            onChange={(e) => zetGronden(e.target.value)}
          />
          <div className="buurtwerk-knoppen">
            <Button type="submit" appearance="primary-action-button">
              Bezwaar versturen
            </Button>
            <Button appearance="secondary-action-button" onClick={() => zetOpen(false)}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
