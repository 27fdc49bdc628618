import { Alert, Button, FormFieldTextarea, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { euro } from '@web-gedeeld/geld';
import { aanvragersoort, statusnaam } from '@web-gedeeld/initiatief';
import { Brievenlijst } from '@web-gedeeld/brieven';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnInitiatievenQuery, VaststellingsGrond } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { Beslistermijn } from './beslistermijn';
import { BezwaarBlok, MIJN_BEZWAREN, type MijnBezwaar } from './bezwaar';
import { Paneladvies } from './paneladvies';

const MIJN = graphql(`
  query BuurtportaalMijnInitiatieven {
    mijnInitiatieven {
      id
      referentie
      titel
      status
      ingediendOp
      beslissenUiterlijk
      aanvullingVerzoek
      aanvullenUiterlijk
      opgeschortTot
      ingebrekestellingMogelijk
      verdaging {
        oorspronkelijkeTermijn
        nieuweTermijn
        motivering
      }
      dwangsom {
        ingebrekestellingOntvangen
        verschuldigdVanaf
        fase
        dagen
        bedrag
        besluit {
          verschuldigd
          bedrag
          motivering
        }
      }
      aanvragerSoort
      organisatie {
        naam
      }
      verslag
      werkelijkeKosten
      vaststelling {
        grond
        motivering
      }
      aanvragen {
        id
        instrument {
          naam
        }
        gevraagdBedrag
        toegekendBedrag
        vastgesteldBedrag
      }
      besluit {
        uitkomst
        motivering
        genomenOp
        genomenDoor
        verleendBedrag
        bezwaarMogelijkTot
        bezwaartermijnEinde
      }
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
      besluiten {
        id
      }
      historie {
        van
        naar
        op
        toelichting
      }
    }
  }
`);

/** Awb 4:46: why the subsidy was settled lower than granted, in words for the resident. */
const VASTSTELLINGSGROND: Record<VaststellingsGrond, string> = {
  WERKELIJKE_KOSTEN_LAGER: 'de werkelijke kosten lager waren dan begroot (Algemene wet bestuursrecht, artikel 4:46 lid 1)',
  ACTIVITEITEN_NIET_VERRICHT: 'de activiteiten niet of niet helemaal zijn uitgevoerd (artikel 4:46 lid 2 onder a)',
  VERPLICHTINGEN_NIET_NAGEKOMEN: 'niet is voldaan aan de verplichtingen van de subsidie (artikel 4:46 lid 2 onder b)',
  ONJUISTE_GEGEVENS: 'er onjuiste of onvolledige gegevens zijn verstrekt (artikel 4:46 lid 2 onder c)',
  VERLENING_ONJUIST:
    'de subsidie ten onrechte zo hoog was verleend, wat je wist of had moeten weten (artikel 4:46 lid 2 onder d)',
};

const INTREKKEN = graphql(`
  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {
    initiatiefIntrekken(id: $id, toelichting: $toelichting) {
      id
      status
    }
  }
`);

type Initiatief = BuurtportaalMijnInitiatievenQuery['mijnInitiatieven'][number];

/** Before a decision the initiator may withdraw (the API releases any reserved money). */
const INTREKBAAR = new Set(['CONCEPT', 'INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL']);

/**
 * Withdrawing, with a confirmation step in the page itself (no modal): the question gets focus,
 * "Niet intrekken" brings focus back to the button that opened it.
 */
function Intrekken({ i, klaar }: { i: Initiatief; klaar: (melding: string) => void }) {
  const [open, zetOpen] = useState(false);
  const [reden, zetReden] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const vraagKop = useRef<HTMLHeadingElement>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const eerder = useRef(false);
  useEffect(() => {
    if (open) {
      vraagKop.current?.focus();
    } else if (eerder.current) {
      knop.current?.focus();
    }
    eerder.current = true;
  }, [open]);

  const bevestig = async (): Promise<void> => {
    zetBezig(true);
    zetFout(null);
    try {
      await vraag(INTREKKEN, { id: i.id, toelichting: reden.trim() || null });
      klaar(`Je initiatief “${i.titel}” is ingetrokken.`);
    } catch (e) {
      zetFout(foutmelding(e, 'Intrekken is niet gelukt. Probeer het opnieuw.'));
      zetBezig(false);
    }
  };

  if (!open) {
    return (
      <div className="buurtwerk-knoppen">
        <Button ref={knop} appearance="secondary-action-button" onClick={() => zetOpen(true)}>
          Initiatief intrekken
        </Button>
      </div>
    );
  }
  return (
    <section className="buurtwerk-blok buurtwerk-bevestiging" aria-labelledby={`intrekken-${i.id}`}>
      <Heading3 id={`intrekken-${i.id}`} ref={vraagKop} tabIndex={-1}>
        Weet je zeker dat je “{i.titel}” wilt intrekken?
      </Heading3>
      <Paragraph>
        De gemeente behandelt je aanvraag dan niet verder
        {i.status === 'CONCEPT' ? '' : ' en geeft het geld dat voor je gereserveerd was weer vrij'}. Dit kun je niet ongedaan
        maken; je kunt wel een nieuw idee indienen.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <FormFieldTextarea
        name={`reden-${i.id}`}
        label="Waarom trek je het in? (niet verplicht)"
        rows={2}
        maxLength={2000}
        value={reden}
        onChange={(e) => zetReden(e.target.value)}
      />
      <div className="buurtwerk-knoppen">
        <Button appearance="primary-action-button" onClick={() => void bevestig()} disabled={bezig}>
          Ja, intrekken
        </Button>
        <Button appearance="secondary-action-button" onClick={() => zetOpen(false)} disabled={bezig}>
          Niet intrekken
        </Button>
      </div>
    </section>
  );
}

function InitiatiefKaart({
  i,
  bezwaren,
  gewijzigd,
}: {
  i: Initiatief;
  bezwaren: readonly MijnBezwaar[];
  gewijzigd: (melding: string) => void;
}) {
  const kop = `kop-${i.id}`;
  return (
    <section className="buurtwerk-blok" aria-labelledby={kop}>
      <Heading2 id={kop}>{i.titel}</Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Status</dt>
        <dd>
          <span
            data-testid="status"
            className={`buurtwerk-label${i.status === 'AFGEWEZEN' ? ' buurtwerk-label--geannuleerd' : ''}`}
          >
            {statusnaam(i.status)}
          </span>
        </dd>
        {i.status !== 'CONCEPT' && (
          <>
            <dt>Kenmerk</dt>
            <dd>{i.referentie}</dd>
          </>
        )}
        {i.ingediendOp && (
          <>
            <dt>Ingediend op</dt>
            <dd>{datumTijd(i.ingediendOp)}</dd>
          </>
        )}
        {i.beslissenUiterlijk && !i.besluit && i.status !== 'INGETROKKEN' && (
          <>
            <dt>Besluit uiterlijk</dt>
            <dd>{datum(i.beslissenUiterlijk)}</dd>
          </>
        )}
        <dt>Aanvrager</dt>
        <dd>{i.organisatie ? `${i.organisatie.naam} (organisatie)` : aanvragersoort(i.aanvragerSoort)}</dd>
      </dl>
      <Beslistermijn i={i} gewijzigd={gewijzigd} />
      {i.status === 'CONCEPT' && (
        <Paragraph>
          Dit is een concept: nog niet ingediend. <AppLink naar={`/idee/${i.id}`}>Verder met “{i.titel}”</AppLink>
        </Paragraph>
      )}
      {i.status === 'AANVULLING_GEVRAAGD' && i.aanvullingVerzoek && (
        <Alert type="warning">
          <Paragraph>
            De gemeente vraagt je om aanvulling: {i.aanvullingVerzoek}
            {i.aanvullenUiterlijk ? ` Graag uiterlijk ${datum(i.aanvullenUiterlijk)}.` : ''} Tot dan staat de beslistermijn stil.
          </Paragraph>
          <Paragraph>
            <AppLink naar={`/idee/${i.id}/aanvullen`}>Aanvulling geven voor “{i.titel}”</AppLink>
          </Paragraph>
        </Alert>
      )}
      {i.status === 'TOEGEKEND' && (
        <Paragraph>
          Is je initiatief uitgevoerd? Vertel de gemeente hoe het ging en wat het echt kostte; daarna stelt de gemeente de
          subsidie vast. <AppLink naar={`/uitvoering/${i.id}`}>Uitvoering melden voor “{i.titel}”</AppLink>
        </Paragraph>
      )}
      {i.verslag && (
        <section aria-labelledby={`verslag-${i.id}`}>
          <Heading3 id={`verslag-${i.id}`}>Jouw verslag van de uitvoering</Heading3>
          <Paragraph>{i.verslag}</Paragraph>
          {i.werkelijkeKosten != null && <Paragraph>Werkelijke kosten: {euro(i.werkelijkeKosten)}</Paragraph>}
        </section>
      )}
      {i.historie.some((h) => h.naar === 'BIJ_BUURTPANEL') && (
        <Paneladvies initiatiefId={i.id} besluitDoor={i.besluit?.genomenDoor ?? null} />
      )}
      {i.besluit && (
        <section aria-labelledby={`besluit-${i.id}`}>
          <Heading3 id={`besluit-${i.id}`}>
            Besluit:{' '}
            {i.besluit.uitkomst === 'TOEGEKEND'
              ? 'toegekend'
              : i.besluit.uitkomst === 'AFGEWEZEN'
                ? 'afgewezen'
                : 'niet behandeld'}
          </Heading3>
          <Paragraph>{i.besluit.motivering}</Paragraph>
          <dl className="buurtwerk-feitenlijst">
            <dt>Besloten op</dt>
            <dd>{datumTijd(i.besluit.genomenOp)}</dd>
            <dt>Besloten door</dt>
            <dd>{i.besluit.genomenDoor}</dd>
            {i.besluit.uitkomst === 'TOEGEKEND' && (
              <>
                <dt>Toegekend</dt>
                <dd>{euro(i.besluit.verleendBedrag)}</dd>
              </>
            )}
            {i.besluit.bezwaartermijnEinde && (
              <>
                <dt>Bezwaar maken kan tot en met</dt>
                <dd>{datum(i.besluit.bezwaartermijnEinde)}</dd>
              </>
            )}
          </dl>
          <BezwaarBlok
            initiatiefId={i.id}
            besluitId={i.besluiten.at(-1)?.id ?? null}
            bezwaarMogelijkTot={i.besluit.bezwaarMogelijkTot}
            bezwaren={bezwaren}
            klaar={gewijzigd}
          />
          <Paragraph className="buurtwerk-klein">
            {i.besluit.bezwaartermijnEinde
              ? `Ben je het niet eens met dit besluit? Dan kun je tot en met ${datum(i.besluit.bezwaartermijnEinde)} bezwaar maken bij het college van burgemeester en wethouders van Heerlen (Algemene wet bestuursrecht, artikel 6:7 en 6:8). In de besluitbrief hieronder staat hoe.`
              : 'De termijn voor bezwaar (zes weken) begint op de dag nadat wij je de besluitbrief hebben gestuurd. In de brief staat hoe je bezwaar maakt.'}
          </Paragraph>
        </section>
      )}
      {i.vaststelling && (
        <section aria-labelledby={`vaststelling-${i.id}`}>
          <Heading3 id={`vaststelling-${i.id}`}>Vaststelling van de subsidie</Heading3>
          {i.vaststelling.grond && (
            <Paragraph>Lager vastgesteld dan toegekend, omdat {VASTSTELLINGSGROND[i.vaststelling.grond]}.</Paragraph>
          )}
          {i.vaststelling.motivering && <Paragraph>{i.vaststelling.motivering}</Paragraph>}
        </section>
      )}
      {i.aanvragen.length > 0 && (
        <>
          <Heading3>Gevraagde ondersteuning</Heading3>
          <ul>
            {i.aanvragen.map((a) => (
              <li key={a.id}>
                {a.instrument.naam}
                {a.gevraagdBedrag != null ? `: gevraagd ${euro(a.gevraagdBedrag)}` : ''}
                {a.toegekendBedrag != null ? `, toegekend ${euro(a.toegekendBedrag)}` : ''}
                {a.vastgesteldBedrag != null ? `, vastgesteld ${euro(a.vastgesteldBedrag)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {i.brieven.length > 0 && (
        <section aria-labelledby={`brieven-${i.id}`}>
          <Heading3 id={`brieven-${i.id}`}>Brieven van de gemeente</Heading3>
          <Brievenlijst brieven={i.brieven} />
        </section>
      )}
      <details>
        <summary>Geschiedenis ({i.historie.length})</summary>
        <ol>
          {i.historie.map((h, n) => (
            <li key={n}>
              {datumTijd(h.op)}: {h.van ? `${statusnaam(h.van)} → ` : ''}
              {statusnaam(h.naar)}
              {h.toelichting ? ` (${h.toelichting})` : ''}
            </li>
          ))}
        </ol>
      </details>
      {INTREKBAAR.has(i.status) && <Intrekken i={i} klaar={gewijzigd} />}
    </section>
  );
}

/** The resident's own initiatives: status, deadlines, decisions with the objection deadline, history. */
export function MijnInitiatievenPagina() {
  usePaginatitel('Mijn initiatieven', APP_NAAM);
  const [lijst, zetLijst] = useState<Initiatief[] | null>(null);
  const [bezwaren, zetBezwaren] = useState<MijnBezwaar[]>([]);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const laad = useCallback((isActueel: () => boolean = () => true) => {
    Promise.all([vraag(MIJN), vraag(MIJN_BEZWAREN)])
      .then(([d, b]) => {
        if (isActueel()) {
          zetLijst(d.mijnInitiatieven);
          zetBezwaren(b.mijnBezwaren);
        }
      })
      .catch((e: unknown) => isActueel() && zetFout(foutmelding(e, 'Je initiatieven konden niet worden geladen.')));
  }, []);
  useEffect(() => {
    let actueel = true;
    laad(() => actueel);
    return () => {
      actueel = false;
    };
  }, [laad]);
  const gewijzigd = (tekst: string): void => {
    zetMelding(tekst);
    laad();
    // The card's own controls are gone now: focus goes to the message at the top.
    window.setTimeout(() => document.getElementById('mijn-melding')?.focus(), 0);
  };
  return (
    <>
      <Heading1>Mijn initiatieven</Heading1>
      <Paragraph>
        Hier volg je je ideeën: de status, wanneer de gemeente uiterlijk beslist, het besluit en tot wanneer je bezwaar kunt
        maken. <AppLink naar="/idee">Nieuw idee indienen</AppLink>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph id="mijn-melding" tabIndex={-1}>
              {melding}
            </Paragraph>
          </Alert>
        )}
      </div>
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : lijst.length === 0
            ? 'Je hebt nog geen initiatieven.'
            : `${lijst.length} ${lijst.length === 1 ? 'initiatief' : 'initiatieven'}.`}
      </p>
      {lijst?.map((i) => (
        <InitiatiefKaart key={i.id} i={i} bezwaren={bezwaren} gewijzigd={gewijzigd} />
      ))}
    </>
  );
}
