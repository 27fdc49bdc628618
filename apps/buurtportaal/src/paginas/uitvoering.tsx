import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { datum } from '@web-gedeeld/datum';
import { centenUitInvoer, euro } from '@web-gedeeld/geld';
import { statusnaam } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalUitvoeringGegevensQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const GEGEVENS = graphql(`
  query BuurtportaalUitvoeringGegevens {
    mijnInitiatieven {
      id
      referentie
      titel
      status
      besluit {
        verleendBedrag
        genomenOp
      }
    }
  }
`);

const MELDEN = graphql(`
  mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {
    uitvoeringMelden(id: $id, verslag: $verslag, werkelijkeKosten: $werkelijkeKosten) {
      id
      status
      verslag
      werkelijkeKosten
    }
  }
`);

type Initiatief = BuurtportaalUitvoeringGegevensQuery['mijnInitiatieven'][number];
type Fouten = Partial<Record<'verslag' | 'kosten', string>>;

/**
 * Reporting the execution after a grant (verantwoording): what was done and what it really cost.
 * The municipality then settles the grant (vaststelling); the API holds every rule about that.
 */
export function UitvoeringPagina({ id }: { id: string }) {
  usePaginatitel('Uitvoering melden', APP_NAAM);
  const [initiatief, zetInitiatief] = useState<Initiatief | null>(null);
  const [laadfout, zetLaadfout] = useState<string | null>(null);
  const [verslag, zetVerslag] = useState('');
  const [kosten, zetKosten] = useState('');
  const [fouten, zetFouten] = useState<Fouten>({});
  const [apiFout, zetApiFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [gemeld, zetGemeld] = useState(false);
  const klaarKop = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let actueel = true;
    vraag(GEGEVENS)
      .then((d) => {
        if (!actueel) {
          return;
        }
        const i = d.mijnInitiatieven.find((m) => m.id === id);
        if (!i) {
          zetLaadfout('Dit initiatief is niet van jou of bestaat niet. Bekijk je initiatieven bij Mijn initiatieven.');
        } else if (i.status !== 'TOEGEKEND') {
          zetLaadfout(
            `Je kunt de uitvoering alleen melden als je initiatief is toegekend. “${i.titel}” heeft de status ${statusnaam(i.status).toLowerCase()}.`,
          );
        } else {
          zetInitiatief(i);
        }
      })
      .catch((e: unknown) => actueel && zetLaadfout(foutmelding(e, 'Je initiatief kon niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [id]);

  useEffect(() => {
    if (gemeld) {
      klaarKop.current?.focus();
    }
  }, [gemeld]);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetApiFout(null);
    const nieuw: Fouten = {};
    if (verslag.trim() === '') {
      nieuw.verslag = 'Vertel kort wat je hebt gedaan en hoe het ging.';
    }
    const bedrag = centenUitInvoer(kosten);
    if (bedrag.soort === 'leeg') {
      nieuw.kosten = 'Vul in wat het initiatief echt heeft gekost, bijvoorbeeld 480 of 479,95.';
    } else if (bedrag.soort === 'fout') {
      nieuw.kosten = bedrag.melding;
    }
    zetFouten(nieuw);
    if (Object.keys(nieuw).length > 0 || bedrag.soort !== 'bedrag') {
      window.setTimeout(
        () => document.querySelector<HTMLElement>(nieuw.verslag ? '[name="verslag"]' : '[name="kosten"]')?.focus(),
        0,
      );
      return;
    }
    zetBezig(true);
    try {
      await vraag(MELDEN, { id, verslag: verslag.trim(), werkelijkeKosten: bedrag.centen });
      zetGemeld(true);
    } catch (fout) {
      const r = leesbareFout(fout, {
        verslag: { naam: 'verslag', label: 'Verslag' },
        werkelijkeKosten: { naam: 'kosten', label: 'Werkelijke kosten' },
      });
      zetFouten(r.perVeld);
      zetApiFout(r.algemeen);
    } finally {
      zetBezig(false);
    }
  };

  if (laadfout) {
    return (
      <>
        <Heading1>Uitvoering melden</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{laadfout}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink naar="/mijn-initiatieven">Naar Mijn initiatieven</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!initiatief) {
    return (
      <>
        <Heading1>Uitvoering melden</Heading1>
        <Paragraph role="status">Laden …</Paragraph>
      </>
    );
  }
  if (gemeld) {
    return (
      <>
        <Heading1>Uitvoering melden</Heading1>
        <Alert type="ok">
          <Heading2 ref={klaarKop} tabIndex={-1}>
            Bedankt voor je verslag
          </Heading2>
          <Paragraph>
            De gemeente stelt nu de subsidie voor “{initiatief.titel}” vast. Je ziet het vastgestelde bedrag bij{' '}
            <AppLink naar="/mijn-initiatieven">Mijn initiatieven</AppLink>.
          </Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <>
      <Heading1>Uitvoering melden</Heading1>
      <Paragraph appearance="lead">
        Je initiatief “{initiatief.titel}” ({initiatief.referentie}) is toegekend
        {initiatief.besluit ? ` op ${datum(initiatief.besluit.genomenOp)}, met ${euro(initiatief.besluit.verleendBedrag)}` : ''}.
        Vertel de gemeente hoe het ging en wat het echt kostte. Daarna stelt de gemeente de subsidie vast: nooit hoger dan
        toegekend, en lager als het minder kostte.
      </Paragraph>
      <Foutsamenvatting
        fouten={Object.fromEntries(
          (['verslag', 'kosten'] as const).filter((k) => fouten[k]).map((k) => [k, fouten[k] as string]),
        )}
      />
      {apiFout && (
        <Alert type="error" role="alert">
          <Paragraph>{apiFout}</Paragraph>
        </Alert>
      )}
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="uitvoering-kop" className="buurtwerk-blok">
        <Heading2 id="uitvoering-kop">Je verslag</Heading2>
        <FormFieldTextarea
          name="verslag"
          label="Wat heb je gedaan en hoe ging het?"
          description="Bijvoorbeeld hoeveel bewoners er kwamen en wat het de buurt opleverde."
          required
          rows={6}
          maxLength={10000}
          value={verslag}
          onChange={(e) => zetVerslag(e.target.value)}
          invalid={Boolean(fouten.verslag)}
          errorMessage={fouten.verslag}
        />
        <FormFieldTextbox
          name="kosten"
          label="Werkelijke kosten in euro’s"
          description="Wat het initiatief in totaal heeft gekost, bijvoorbeeld 480 of 479,95"
          required
          inputMode="decimal"
          autoComplete="off"
          size={12}
          value={kosten}
          onChange={(e) => zetKosten((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.kosten)}
          errorMessage={fouten.kosten}
        />
        <div className="buurtwerk-knoppen">
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            Verslag versturen
          </Button>
        </div>
      </form>
    </>
  );
}
