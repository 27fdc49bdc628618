import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  FormField,
  FormFieldErrorMessage,
  RadioButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiFout, vraag } from '@web-gedeeld/api';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { datum, datumTijd, vandaag } from '@web-gedeeld/datum';
import { centenAlsInvoer, centenUitInvoer, euro } from '@web-gedeeld/geld';
import { aanvragersoort, conflictgrond, schaalnaam, statusnaam } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { Brievenlijst } from '@web-gedeeld/brieven';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { RegiepaneelDossierQuery, VaststellingsGrond } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { termijnstand, termijntekst } from '../termijn';
import { DetailNogNiet } from '../detailstatus';
import { Termijnhandelingen } from './termijnhandelingen';
import { BesluitVoorbereidingOverzicht, useBesluitVoorbereiding, wijktAf } from '../besluitvoorbereiding';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { PaneladviesBesluit } from './paneladviesbesluit';

const DOSSIER = graphql(`
  query RegiepaneelDossier($id: ID!) {
    node(id: $id) {
      __typename
      ... on Initiatief {
        id
        referentie
        titel
        beschrijving
        status
        schaal
        aanvragerSoort
        aantalBetrokkenBewoners
        startdatum
        einddatum
        indiener
        ingediendOp
        beslissenUiterlijk
        aanvullenUiterlijk
        termijnStatus
        opgeschortTot
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
          vaststellenUiterlijk
          besluit {
            verschuldigd
            bedrag
            motivering
          }
        }
        verslag
        werkelijkeKosten
        vaststelling {
          grond
          motivering
        }
        organisatie {
          naam
        }
        buurten {
          naam
        }
        aanvragen {
          id
          instrument {
            naam
            soort
          }
          regeling {
            naam
            versie
          }
          gevraagdBedrag
          eigenBijdrage
          toelichting
          gereserveerdBedrag
          toegekendBedrag
          vastgesteldBedrag
        }
        toetsresultaat {
          ontvankelijk
          bevindingen {
            voorwaarde
            voldaan
            toelichting
          }
        }
        belangenconflicten {
          persoon
          grond
          toelichting
          organisatie {
            naam
          }
        }
        besluit {
          uitkomst
          motivering
          genomenDoor
          genomenOp
          verleendBedrag
          bezwaarMogelijkTot
          bezwaartermijnEinde
          bekendgemaaktOp
          mandaat
          verschoningen {
            persoon
            grond
          }
        }
        berichtkanaal
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
        historie {
          van
          naar
          door
          op
          toelichting
        }
      }
    }
  }
`);

const IN_BEHANDELING = graphql(`
  mutation RegiepaneelInBehandeling($id: ID!) {
    initiatiefInBehandelingNemen(id: $id) {
      id
      status
    }
  }
`);

const BESLUIT = graphql(`
  mutation RegiepaneelBesluit($input: BesluitInput!) {
    besluitNemen(input: $input) {
      id
      status
    }
  }
`);

const VASTSTELLEN = graphql(`
  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String, $grond: VaststellingsGrond) {
    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting, grond: $grond) {
      id
      status
    }
  }
`);

/** Awb 4:46: the grounds for settling lower than granted, as staff read them. */
const VASTSTELLINGSGRONDEN: Record<VaststellingsGrond, string> = {
  WERKELIJKE_KOSTEN_LAGER: 'De werkelijke kosten waren lager dan begroot (Awb 4:46 lid 1)',
  ACTIVITEITEN_NIET_VERRICHT: 'De activiteiten zijn niet of niet helemaal uitgevoerd (Awb 4:46 lid 2 onder a)',
  VERPLICHTINGEN_NIET_NAGEKOMEN: 'De verplichtingen van de subsidie zijn niet nagekomen (Awb 4:46 lid 2 onder b)',
  ONJUISTE_GEGEVENS: 'Er zijn onjuiste of onvolledige gegevens verstrekt (Awb 4:46 lid 2 onder c)',
  VERLENING_ONJUIST: 'De verlening was onjuist en de ontvanger wist dat of had het moeten weten (Awb 4:46 lid 2 onder d)',
};

type Dossier = Extract<NonNullable<RegiepaneelDossierQuery['node']>, { __typename: 'Initiatief' }>;
type Aanvraag = Dossier['aanvragen'][number];

/** A refusal in plain Dutch, each field named by its label (never a path or the raw API text). */
function meldingVan(e: unknown): string {
  return foutmelding(e);
}

/** Amount fields in euros per request; returns cents per aanvraag id, or field errors. */
function leesBedragen(
  aanvragen: Aanvraag[],
  invoer: Record<string, string>,
): { bedragen: Array<{ aanvraagId: string; bedrag: number }>; fouten: Record<string, string> } {
  const bedragen: Array<{ aanvraagId: string; bedrag: number }> = [];
  const fouten: Record<string, string> = {};
  for (const a of aanvragen) {
    const r = centenUitInvoer(invoer[a.id] ?? '');
    if (r.soort === 'fout') {
      fouten[a.id] = r.melding;
    } else if (r.soort === 'bedrag') {
      bedragen.push({ aanvraagId: a.id, bedrag: r.centen });
    }
  }
  return { bedragen, fouten };
}

function Besluitformulier({ d, klaar }: { d: Dossier; klaar: () => void }) {
  const geldAanvragen = d.aanvragen.filter((a) => a.gevraagdBedrag != null);
  const [uitkomst, zetUitkomst] = useState<'TOEGEKEND' | 'AFGEWEZEN' | ''>('');
  const [motivering, zetMotivering] = useState('');
  const [bedragen, zetBedragen] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      geldAanvragen.map((a) => [a.id, centenAlsInvoer(Math.min(a.gevraagdBedrag ?? 0, a.gereserveerdBedrag ?? 0))]),
    ),
  );
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  // Issue 19: the deciding body, the unmet conditions and a reasoned override when the rule is departed from.
  const { v: voorbereiding, fout: voorbereidingFout } = useBesluitVoorbereiding(d.id);
  const [afwijkingMotivering, zetAfwijkingMotivering] = useState('');
  const gelezenNu = leesBedragen(geldAanvragen, bedragen).bedragen;
  const afwijking = wijktAf(voorbereiding, uitkomst, gelezenNu);

  const dialoog = useRef<HTMLDialogElement>(null);
  const [teBevestigen, zetTeBevestigen] = useState<Array<{ aanvraagId: string; bedrag: number }> | null>(null);

  /** Checks the form, then asks for confirmation: a decision cannot be undone (issue 19). */
  const verstuur = (e: FormEvent): void => {
    e.preventDefault();
    zetFout(null);
    const gelezen = leesBedragen(geldAanvragen, bedragen);
    const f: Record<string, string> = uitkomst === 'TOEGEKEND' ? { ...gelezen.fouten } : {};
    if (!uitkomst) {
      f.uitkomst = 'Kies toekennen of afwijzen.';
    }
    if (motivering.trim() === '') {
      f.motivering = 'Een besluit heeft een motivering nodig (Awb 3:46).';
    }
    if (afwijking && afwijkingMotivering.trim() === '') {
      f.afwijkingMotivering = 'Dit besluit wijkt af van de regeling: leg uit waarom.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      const eerste = Object.keys(f)[0];
      document.querySelector<HTMLElement>(`[name="${veldnaam(eerste)}"]`)?.focus();
      return;
    }
    zetTeBevestigen(uitkomst === 'TOEGEKEND' ? gelezen.bedragen : []);
    dialoog.current?.showModal();
  };

  const vastleggen = async (gekozen: Array<{ aanvraagId: string; bedrag: number }>): Promise<void> => {
    dialoog.current?.close();
    zetBezig(true);
    try {
      await vraag(BESLUIT, {
        input: {
          initiatiefId: d.id,
          uitkomst: uitkomst as 'TOEGEKEND' | 'AFGEWEZEN',
          motivering: motivering.trim(),
          bedragen: uitkomst === 'TOEGEKEND' ? gekozen : [],
          ...(afwijking ? { afwijken: true, afwijkingMotivering: afwijkingMotivering.trim() } : {}),
        },
      });
      klaar();
    } catch (e) {
      // The API's refusal at the field it concerns: an amount (input.bedragen[i].bedrag) or the motivation.
      const r = leesbareFout(e, (delen) => {
        if (delen[1] === 'motivering') {
          return { naam: 'motivering', label: 'Motivering' };
        }
        if (delen[1] === 'afwijkingMotivering' || delen[1] === 'afwijken') {
          return { naam: 'afwijkingMotivering', label: 'Waarom je afwijkt van de regeling' };
        }
        const aanvraag = delen[1] === 'bedragen' ? gekozen[Number(delen[2])] : undefined;
        const a = aanvraag && geldAanvragen.find((g) => g.id === aanvraag.aanvraagId);
        return a ? { naam: a.id, label: `Het bedrag voor ${a.instrument.naam}` } : null;
      });
      zetFouten(r.perVeld);
      zetFout(r.algemeen ?? 'Het besluit is niet vastgelegd. Kijk bij de gemarkeerde velden.');
      const eerste = Object.keys(r.perVeld)[0];
      if (eerste) {
        document.querySelector<HTMLElement>(`[name="${veldnaam(eerste)}"]`)?.focus();
      }
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form noValidate onSubmit={verstuur} aria-labelledby="besluit-kop" className="buurtwerk-blok">
      <Heading2 id="besluit-kop">Besluit nemen</Heading2>
      {voorbereiding && (
        <BesluitVoorbereidingOverzicht
          v={voorbereiding}
          naamVan={(id) => d.aanvragen.find((a) => a.id === id)?.instrument.naam ?? 'Aanvraag'}
        />
      )}
      {voorbereidingFout && (
        <Alert type="warning">
          <Paragraph>{voorbereidingFout}</Paragraph>
        </Alert>
      )}
      <Foutsamenvatting
        id="besluit-fouten"
        fouten={Object.fromEntries(Object.entries(fouten).map(([k, v]) => [veldnaam(k), v]))}
        algemeen={fout}
        labels={{ uitkomst: 'Uitkomst', motivering: 'Motivering' }}
      />
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.uitkomst ? 'uitkomst-fout' : undefined}
      >
        <legend className="utrecht-form-label">Uitkomst</legend>
        {fouten.uitkomst && (
          <p id="uitkomst-fout" className="utrecht-form-field-error-message">
            {fouten.uitkomst}
          </p>
        )}
        {(['TOEGEKEND', 'AFGEWEZEN'] as const).map((u) => (
          <div key={u} className="buurtwerk-keuze">
            <RadioButton
              id={`uitkomst-${u}`}
              name="uitkomst"
              value={u}
              checked={uitkomst === u}
              invalid={Boolean(fouten.uitkomst)}
              onChange={() => zetUitkomst(u)}
            />{' '}
            <FormLabel htmlFor={`uitkomst-${u}`} type="radio">
              {u === 'TOEGEKEND' ? 'Toekennen' : 'Afwijzen'}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      {uitkomst === 'TOEGEKEND' &&
        geldAanvragen.map((a) => (
          <FormFieldTextbox
            key={a.id}
            name={`bedrag-${a.id}`}
            label={`Toe te kennen voor ${a.instrument.naam}, in euro’s`}
            description={`Gevraagd ${euro(a.gevraagdBedrag ?? 0)}; nu beschikbaar binnen het plafond ${euro(
              voorbereiding?.aanvragen.find((v) => v.aanvraagId === a.id)?.beschikbaarBedrag ?? a.gereserveerdBedrag ?? 0,
            )}.`}
            inputMode="decimal"
            autoComplete="off"
            value={bedragen[a.id] ?? ''}
            onChange={(e) => zetBedragen((b) => ({ ...b, [a.id]: (e.target as HTMLInputElement).value }))}
            invalid={Boolean(fouten[a.id])}
            errorMessage={fouten[a.id]}
            size={12}
          />
        ))}
      <FormFieldTextarea
        name="motivering"
        label="Motivering"
        description="De initiatiefnemer leest deze motivering bij het besluit."
        rows={4}
        value={motivering}
        onChange={(e) => zetMotivering(e.target.value)}
        invalid={Boolean(fouten.motivering)}
        errorMessage={fouten.motivering}
      />
      {afwijking && (
        <FormFieldTextarea
          name="afwijkingMotivering"
          label="Waarom je afwijkt van de regeling"
          description="Dit besluit wijkt af van de regeling (zie hierboven). Dat mag alleen bewust en met een reden; die komt in het dossier en het auditlog."
          rows={3}
          value={afwijkingMotivering}
          onChange={(e) => zetAfwijkingMotivering(e.target.value)}
          invalid={Boolean(fouten.afwijkingMotivering)}
          errorMessage={fouten.afwijkingMotivering}
        />
      )}
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Besluit vastleggen
      </Button>
      <dialog
        ref={dialoog}
        aria-labelledby="besluit-bevestigen-kop"
        aria-describedby="besluit-bevestigen-tekst"
        className="buurtwerk-dialoog"
        onClose={() => zetTeBevestigen(null)}
      >
        {teBevestigen && (
          <>
            <Heading2 id="besluit-bevestigen-kop">
              {uitkomst === 'TOEGEKEND' ? 'Toekennen vastleggen?' : 'Afwijzen vastleggen?'}
            </Heading2>
            <div id="besluit-bevestigen-tekst">
              <Paragraph>
                {uitkomst === 'TOEGEKEND'
                  ? `Je kent ${d.referentie} toe${
                      teBevestigen.length > 0
                        ? `: ${teBevestigen
                            .map(
                              (b) =>
                                `${euro(b.bedrag)} voor ${geldAanvragen.find((a) => a.id === b.aanvraagId)?.instrument.naam ?? 'een aanvraag'}`,
                            )
                            .join(', ')}`
                        : ''
                    }.`
                  : `Je wijst ${d.referentie} af.`}
              </Paragraph>
              <Paragraph>
                Een besluit kun je niet terugdraaien: de initiatiefnemer krijgt het met je motivering en kan er alleen bezwaar
                tegen maken.
              </Paragraph>
            </div>
            <div className="buurtwerk-knoppen">
              <Button type="button" appearance="primary-action-button" onClick={() => void vastleggen(teBevestigen)}>
                Ja, besluit vastleggen
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => dialoog.current?.close()} autoFocus>
                Nee, terug naar het formulier
              </Button>
            </div>
          </>
        )}
      </dialog>
    </form>
  );
}

/** The form field's name attribute for an error key (amounts are keyed by aanvraag id). */
function veldnaam(sleutel: string): string {
  return sleutel === 'uitkomst' || sleutel === 'motivering' || sleutel === 'afwijkingMotivering' ? sleutel : `bedrag-${sleutel}`;
}

function Vaststellingsformulier({ d, klaar }: { d: Dossier; klaar: () => void }) {
  const toegekend = d.aanvragen.filter((a) => a.toegekendBedrag != null);
  const [bedragen, zetBedragen] = useState<Record<string, string>>(() =>
    Object.fromEntries(toegekend.map((a) => [a.id, centenAlsInvoer(a.toegekendBedrag ?? 0)])),
  );
  const [toelichting, zetToelichting] = useState('');
  const [grond, zetGrond] = useState<VaststellingsGrond | ''>('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const gelezen = leesBedragen(toegekend, bedragen);
  // Awb 4:46: only a settlement below the grant has (and needs) a ground.
  const lager = toegekend.some((a) => {
    const b = gelezen.bedragen.find((x) => x.aanvraagId === a.id);
    return b !== undefined && b.bedrag < (a.toegekendBedrag ?? 0);
  });

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = { ...gelezen.fouten };
    if (toelichting.trim() === '') {
      f.toelichting = 'Een vaststelling heeft een motivering nodig (Awb 3:46).';
    }
    if (lager && !grond) {
      f.grond = 'Kies waarom je lager vaststelt dan is toegekend (Awb 4:46).';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      const eerste = Object.keys(f)[0];
      document
        .querySelector<HTMLElement>(
          `[name="${eerste === 'toelichting' || eerste === 'grond' ? eerste : `vastgesteld-${eerste}`}"]`,
        )
        ?.focus();
      return;
    }
    try {
      await vraag(VASTSTELLEN, {
        id: d.id,
        bedragen: gelezen.bedragen,
        toelichting: toelichting.trim(),
        grond: lager && grond ? grond : null,
      });
      klaar();
    } catch (e) {
      if (e instanceof ApiFout) {
        // The API's rule for a real reason is stricter than "not empty": show its words at the field.
        zetFouten(
          Object.fromEntries(
            e.velden.filter((v) => v.veld === 'toelichting' || v.veld === 'grond').map((v) => [v.veld, v.melding]),
          ),
        );
      }
      zetFout(meldingVan(e));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="vaststellen-kop" className="buurtwerk-blok">
      <Heading2 id="vaststellen-kop">Subsidie vaststellen</Heading2>
      <Paragraph>
        De initiatiefnemer meldde de uitvoering
        {d.werkelijkeKosten != null ? ` met werkelijke kosten van ${euro(d.werkelijkeKosten)}` : ''}. Stel per aanvraag het bedrag
        vast en motiveer dat; lager dan toegekend vraagt ook om de grond daarvoor (Awb 4:46).
      </Paragraph>
      {d.verslag && <Paragraph>Verslag: {d.verslag}</Paragraph>}
      <Foutsamenvatting
        id="vaststelling-fouten"
        fouten={Object.fromEntries(
          Object.entries(fouten).map(([k, v]) => [k === 'toelichting' || k === 'grond' ? k : `vastgesteld-${k}`, v]),
        )}
        algemeen={fout}
        labels={{ toelichting: 'Motivering', grond: 'Reden' }}
      />
      {toegekend.map((a) => (
        <FormFieldTextbox
          key={a.id}
          name={`vastgesteld-${a.id}`}
          label={`Vast te stellen voor ${a.instrument.naam}, in euro’s`}
          description={`Toegekend ${euro(a.toegekendBedrag ?? 0)}.`}
          inputMode="decimal"
          value={bedragen[a.id] ?? ''}
          onChange={(e) => zetBedragen((b) => ({ ...b, [a.id]: (e.target as HTMLInputElement).value }))}
          invalid={Boolean(fouten[a.id])}
          errorMessage={fouten[a.id]}
          size={12}
        />
      ))}
      {lager && (
        <FormField invalid={Boolean(fouten.grond)}>
          <FormLabel htmlFor="vaststelling-grond">Grond voor de lagere vaststelling</FormLabel>
          {fouten.grond && <FormFieldErrorMessage id="vaststelling-grond-fout">{fouten.grond}</FormFieldErrorMessage>}
          <Select
            id="vaststelling-grond"
            name="grond"
            value={grond}
            invalid={Boolean(fouten.grond)}
            aria-describedby={fouten.grond ? 'vaststelling-grond-fout' : undefined}
            onChange={(e) => zetGrond(e.target.value as VaststellingsGrond | '')}
          >
            <SelectOption value="">Kies een grond</SelectOption>
            {(Object.keys(VASTSTELLINGSGRONDEN) as VaststellingsGrond[]).map((g) => (
              <SelectOption key={g} value={g}>
                {VASTSTELLINGSGRONDEN[g]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      <FormFieldTextarea
        name="toelichting"
        label="Motivering van de vaststelling"
        description="Minstens één volledige zin; de initiatiefnemer leest waarom het bedrag zo is vastgesteld."
        rows={3}
        value={toelichting}
        onChange={(e) => zetToelichting(e.target.value)}
        invalid={Boolean(fouten.toelichting)}
        errorMessage={fouten.toelichting}
      />
      <Button type="submit" appearance="primary-action-button">
        Subsidie vaststellen
      </Button>
    </form>
  );
}

/** An initiative's file: facts, requests, findings, conflicts of interest, history and the staff actions. */
export function DossierPagina({ id }: { id: string }) {
  const [d, zetD] = useState<Dossier | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [geladen, zetGeladen] = useState(false);
  usePaginatitel(d ? `${d.referentie}: ${d.titel}` : 'Initiatief', APP_NAAM);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const { node } = await vraag(DOSSIER, { id });
      zetD(node?.__typename === 'Initiatief' ? node : null);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'Het initiatief kon niet worden geladen.'));
    } finally {
      zetGeladen(true);
    }
  }, [id]);
  useEffect(() => {
    void laad();
  }, [laad]);

  const inBehandeling = async (): Promise<void> => {
    try {
      await vraag(IN_BEHANDELING, { id });
      zetMelding('Je hebt het initiatief in behandeling genomen.');
      await laad();
    } catch (e) {
      zetFout(meldingVan(e));
    }
  };

  if (!geladen || !d) {
    return (
      <DetailNogNiet
        geladen={geladen}
        soort="Initiatief"
        fout={fout}
        terug={{ naar: '/werkvoorraad', tekst: 'Terug naar de werkvoorraad' }}
      />
    );
  }
  const nu = vandaag();
  const stand = termijnstand(d.beslissenUiterlijk, nu);
  return (
    <>
      <Paragraph>
        <AppLink naar="/werkvoorraad">Werkvoorraad</AppLink>
      </Paragraph>
      <Heading1>{d.titel}</Heading1>
      <div role="status">
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <dl className="buurtwerk-feitenlijst">
        <dt>Kenmerk</dt>
        <dd>{d.referentie}</dd>
        <dt>Status</dt>
        <dd>{statusnaam(d.status)}</dd>
        <dt>Indiener</dt>
        <dd>
          {d.indiener ?? 'Onbekend'} ({aanvragersoort(d.aanvragerSoort).toLowerCase()}
          {d.organisatie ? `, ${d.organisatie.naam}` : ''})
        </dd>
        <dt>Gebied</dt>
        <dd>
          {schaalnaam(d.schaal)}: {d.buurten.map((b) => b.naam).join(', ')}
        </dd>
        {d.ingediendOp && (
          <>
            <dt>Ingediend op</dt>
            <dd>{datumTijd(d.ingediendOp)}</dd>
          </>
        )}
        {d.beslissenUiterlijk && (
          <>
            <dt>Beslissen uiterlijk</dt>
            <dd>
              {datum(d.beslissenUiterlijk)}
              {d.termijnStatus === 'OPGESCHORT' && d.opgeschortTot && (
                <>
                  {' '}
                  <span className="buurtwerk-label">Opgeschort tot en met {datum(d.opgeschortTot)}: wacht op aanvulling</span>
                </>
              )}
              {d.termijnStatus === 'IN_GEBREKE' && (
                <>
                  {' '}
                  <span className="buurtwerk-label buurtwerk-label--geannuleerd">In gebreke gesteld</span>
                </>
              )}
              {!d.besluit && d.termijnStatus !== 'OPGESCHORT' && (stand === 'verstreken' || stand === 'bijna') && (
                <>
                  {' '}
                  <span
                    className={`buurtwerk-label ${stand === 'verstreken' ? 'buurtwerk-label--geannuleerd' : 'buurtwerk-label--waarschuwing'}`}
                  >
                    {stand === 'verstreken' ? 'Termijn verstreken' : 'Bijna'} ({termijntekst(d.beslissenUiterlijk, nu)})
                  </span>
                </>
              )}
            </dd>
          </>
        )}
        {d.verdaging && (
          <>
            <dt>Verdaagd</dt>
            <dd>
              van {datum(d.verdaging.oorspronkelijkeTermijn)} naar {datum(d.verdaging.nieuweTermijn)} (Awb 4:14):{' '}
              {d.verdaging.motivering}
            </dd>
          </>
        )}
        {d.aanvullenUiterlijk && d.status === 'AANVULLING_GEVRAAGD' && (
          <>
            <dt>Aanvullen uiterlijk</dt>
            <dd>{datum(d.aanvullenUiterlijk)}</dd>
          </>
        )}
        {d.dwangsom && (
          <>
            <dt>Dwangsom (Awb 4:17)</dt>
            <dd>
              In gebreke gesteld op {datum(d.dwangsom.ingebrekestellingOntvangen)};{' '}
              {d.dwangsom.fase === 'WACHTTIJD'
                ? `de dwangsom loopt vanaf ${datum(d.dwangsom.verschuldigdVanaf)} als er dan nog geen besluit is.`
                : `${d.dwangsom.dagen} ${d.dwangsom.dagen === 1 ? 'dag' : 'dagen'}: ${euro(d.dwangsom.bedrag)}${d.dwangsom.fase === 'LOOPT' ? ' (loopt nog)' : ' (gestopt)'}.`}
              {d.dwangsom.besluit &&
                ` Vastgesteld: ${d.dwangsom.besluit.verschuldigd ? euro(d.dwangsom.besluit.bedrag) : 'niet verschuldigd'} (${d.dwangsom.besluit.motivering})`}
            </dd>
          </>
        )}
        {(d.startdatum || d.einddatum) && (
          <>
            <dt>Wanneer</dt>
            <dd>
              {d.startdatum ? datum(d.startdatum) : '?'} tot {d.einddatum ? datum(d.einddatum) : '?'}
            </dd>
          </>
        )}
        {d.aantalBetrokkenBewoners != null && (
          <>
            <dt>Betrokken bewoners</dt>
            <dd>{d.aantalBetrokkenBewoners}</dd>
          </>
        )}
      </dl>
      <Paragraph>{d.beschrijving}</Paragraph>

      <section aria-labelledby="aanvragen-kop">
        <Heading2 id="aanvragen-kop">Aanvragen</Heading2>
        <div className="buurtwerk-tabel" role="region" aria-labelledby="aanvragen-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="aanvragen-bijschrift">Gevraagde ondersteuning en bedragen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Ondersteuning</TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Gevraagd
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Eigen bijdrage
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Gereserveerd
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Toegekend
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Vastgesteld
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.aanvragen.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">
                    {a.instrument.naam}
                    {a.regeling ? (
                      <span className="buurtwerk-klein">
                        {' '}
                        ({a.regeling.naam}, versie {a.regeling.versie})
                      </span>
                    ) : null}
                    {a.toelichting ? <span className="buurtwerk-klein"> – {a.toelichting}</span> : null}
                  </TableHeaderCell>
                  {[a.gevraagdBedrag, a.eigenBijdrage, a.gereserveerdBedrag, a.toegekendBedrag, a.vastgesteldBedrag].map(
                    (b, n) => (
                      <TableCell key={n} className="buurtwerk-getal">
                        {b != null ? euro(b) : '–'}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section aria-labelledby="bevindingen-kop">
        <Heading2 id="bevindingen-kop">Bevindingen bij ontvangst</Heading2>
        {d.toetsresultaat ? (
          <>
            <Paragraph>
              {d.toetsresultaat.ontvankelijk
                ? 'De aanvraag voldeed bij ontvangst aan de regels.'
                : 'De aanvraag voldeed bij ontvangst niet aan alle regels.'}
            </Paragraph>
            <ul className="buurtwerk-bevindingen">
              {d.toetsresultaat.bevindingen.map((b) => (
                <li key={b.voorwaarde} className={b.voldaan ? undefined : 'buurtwerk-bevinding--niet'}>
                  <span className={`buurtwerk-label${b.voldaan ? '' : ' buurtwerk-label--geannuleerd'}`}>
                    {b.voldaan ? 'Voldaan' : 'Niet voldaan'}
                  </span>{' '}
                  {b.toelichting.replace(/^(Niet )?voldaan:\s*/i, '')} <span className="buurtwerk-klein">({b.voorwaarde})</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>Nog niet ingediend: er zijn geen bevindingen.</Paragraph>
        )}
      </section>

      <section aria-labelledby="conflicten-kop">
        <Heading2 id="conflicten-kop">Belangenconflicten</Heading2>
        <Paragraph className="buurtwerk-klein">
          Wie hier staat, neemt niet deel aan het besluit of een stemming over dit initiatief (verschoning). Een belangenconflict
          is nooit een reden om de aanvraag anders te beoordelen.
        </Paragraph>
        {d.belangenconflicten.length === 0 ? (
          <Paragraph>Er zijn geen belangenconflicten bekend.</Paragraph>
        ) : (
          <ul>
            {d.belangenconflicten.map((c, n) => (
              <li key={n}>
                <strong>{c.persoon}</strong> moet zich verschonen: {conflictgrond(c.grond)}
                {c.organisatie ? ` (${c.organisatie.naam})` : ''}.
                {c.toelichting && c.toelichting.replace(/\.$/, '').toLowerCase() !== conflictgrond(c.grond)
                  ? ` ${c.toelichting}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      {d.besluit && (
        <section aria-labelledby="genomen-besluit-kop">
          <Heading2 id="genomen-besluit-kop">
            Besluit:{' '}
            {d.besluit.uitkomst === 'TOEGEKEND'
              ? 'toegekend'
              : d.besluit.uitkomst === 'AFGEWEZEN'
                ? 'afgewezen'
                : 'buiten behandeling gesteld'}
          </Heading2>
          <dl className="buurtwerk-feitenlijst">
            <dt>Genomen door</dt>
            <dd>{d.besluit.genomenDoor}</dd>
            <dt>Op</dt>
            <dd>{datumTijd(d.besluit.genomenOp)}</dd>
            <dt>Verleend</dt>
            <dd>{euro(d.besluit.verleendBedrag)}</dd>
            {d.besluit.mandaat && (
              <>
                <dt>Mandaat</dt>
                <dd>{d.besluit.mandaat}</dd>
              </>
            )}
            <dt>Bekendgemaakt</dt>
            <dd>
              {d.besluit.bekendgemaaktOp ? datumTijd(d.besluit.bekendgemaaktOp) : 'Nog niet: de brief is nog niet verzonden'}
            </dd>
            <dt>Bezwaar mogelijk tot en met</dt>
            <dd>
              {d.besluit.bezwaartermijnEinde ? datum(d.besluit.bezwaartermijnEinde) : 'Telt vanaf de verzending van de brief'}
            </dd>
            {d.besluit.verschoningen.length > 0 && (
              <>
                <dt>Verschoond</dt>
                <dd>{d.besluit.verschoningen.map((v) => `${v.persoon} (${conflictgrond(v.grond)})`).join('; ')}</dd>
              </>
            )}
          </dl>
          <Paragraph>{d.besluit.motivering}</Paragraph>
        </section>
      )}

      {d.vaststelling && (
        <section aria-labelledby="vaststelling-kop">
          <Heading2 id="vaststelling-kop">Vaststelling</Heading2>
          <dl className="buurtwerk-feitenlijst">
            <dt>Grond</dt>
            <dd>{d.vaststelling.grond ? VASTSTELLINGSGRONDEN[d.vaststelling.grond] : 'Vastgesteld op het toegekende bedrag'}</dd>
          </dl>
          {d.vaststelling.motivering && <Paragraph>{d.vaststelling.motivering}</Paragraph>}
        </section>
      )}

      {d.status === 'INGEDIEND' && (
        <div className="buurtwerk-blok">
          <Heading2>Behandelen</Heading2>
          <Paragraph>Neem het initiatief in behandeling om een besluit te kunnen nemen.</Paragraph>
          <Button appearance="primary-action-button" onClick={() => void inBehandeling()}>
            In behandeling nemen
          </Button>
        </div>
      )}
      {d.status === 'IN_BEHANDELING' && (
        <Besluitformulier
          d={d}
          klaar={() => {
            zetMelding('Het besluit is vastgelegd.');
            void laad();
          }}
        />
      )}
      {d.status === 'BIJ_BUURTPANEL' && (
        <PaneladviesBesluit
          initiatiefId={d.id}
          referentie={d.referentie}
          klaar={() => {
            zetMelding('Het besluit op het advies van het buurtpanel is vastgelegd.');
            void laad();
          }}
        />
      )}
      {d.status === 'UITGEVOERD' && (
        <Vaststellingsformulier
          d={d}
          klaar={() => {
            zetMelding('De subsidie is vastgesteld.');
            void laad();
          }}
        />
      )}

      <Termijnhandelingen
        d={d}
        vandaag={nu}
        klaar={(m) => {
          zetMelding(m);
          void laad();
        }}
      />
      <section aria-labelledby="brieven-kop">
        <Heading2 id="brieven-kop">Brieven</Heading2>
        <Paragraph>
          De aanvrager ontvangt brieven{' '}
          {d.berichtkanaal === 'PORTAAL' ? 'in het Buurtportaal' : 'per e-mail, met de brief als PDF'} (Awb 2:14).
        </Paragraph>
        <Brievenlijst brieven={d.brieven} />
      </section>

      <section aria-labelledby="historie-kop">
        <Heading2 id="historie-kop">Geschiedenis</Heading2>
        <ol>
          {d.historie.map((h, n) => (
            <li key={n}>
              {datumTijd(h.op)}: {h.van ? `${statusnaam(h.van)} → ` : ''}
              {statusnaam(h.naar)}, door {h.door}
              {h.toelichting ? ` (${h.toelichting})` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
