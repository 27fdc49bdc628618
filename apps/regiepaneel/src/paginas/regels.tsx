import {
  Button,
  Checkbox,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum } from '@web-gedeeld/datum';
import type { Ik } from '@web-gedeeld/gebruiker';
import { centenAlsInvoer, centenUitInvoer } from '@web-gedeeld/geld';
import { aanvragersoort, schaalnaam } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import {
  toonFouten,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  type Veldfouten,
  veldfoutenVan,
  algemeneFout,
  regelFoutmelding,
} from '../beheervelden';
import { graphql } from '../gql';
import type {
  AanvragerSoort,
  Besluitvorming,
  InitiatiefInput,
  RegiepaneelRegelsQuery,
  RegiepaneelRegelToetsQuery,
  Schaal,
  SubsidieregelingInput,
  Verdeelmethode,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const REGELS = graphql(`
  query RegiepaneelRegels {
    subsidieregelingen {
      id
      code
      versie
      naam
      beschrijving
      geldigVan
      geldigTot
      schalen
      aanvragers
      maximumBedrag
      beslistermijnWeken
      besluitvorming
      verdeelmethode
      voorwaarden {
        code
        omschrijving
        regel
      }
    }
    menukaart {
      id
      naam
      soort
      regeling {
        code
      }
    }
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
  }
`);

const VASTSTELLEN = graphql(`
  mutation RegiepaneelRegelingVaststellen($input: SubsidieregelingInput!) {
    subsidieregelingVaststellen(input: $input) {
      id
      code
      versie
      naam
    }
  }
`);

const TOETS = graphql(`
  query RegiepaneelRegelToets($input: InitiatiefInput!, $concept: SubsidieregelingInput) {
    toetsInitiatief(input: $input, concept: $concept) {
      ontvankelijk
      bevindingen {
        voorwaarde
        voldaan
        toelichting
      }
    }
  }
`);

type Gegevens = RegiepaneelRegelsQuery;
type Regeling = Gegevens['subsidieregelingen'][number];
type Toetsresultaat = RegiepaneelRegelToetsQuery['toetsInitiatief'];

const SCHALEN: readonly Schaal[] = ['BUURT', 'STADSDEEL', 'STAD'];
const AANVRAGERS: readonly AanvragerSoort[] = ['BEWONER', 'BEWONERSGROEP', 'ORGANISATIE'];
const BESLUITVORMING: Record<Besluitvorming, string> = {
  AMBTELIJK: 'De gemeente beslist',
  BUURTPANEL: 'Een buurtpanel beslist (buurtaktie-regeling)',
};
const VERDEELMETHODE: Record<Verdeelmethode, string> = {
  VOLGORDE_VAN_BINNENKOMST: 'In volgorde van binnenkomst (Awb 4:26)',
  VERGELIJKENDE_BEOORDELING: 'Vergelijkende beoordeling per periode',
};
/** The facts a condition may use, as the API names them (docs/domein.md, invariant 4). */
const GEGEVENS_UITLEG =
  'gevraagdBedrag en eigenBijdrage (in centen), eigenBijdrageProcent, aanvragerSoort, organisatieSoort, schaal, aantalBuurten, aantalBetrokkenBewoners, dagenTotStart, looptijdDagen';

interface VoorwaardeInvoer {
  sleutel: number;
  code: string;
  omschrijving: string;
  regel: string;
}

interface RegelInvoer {
  code: string;
  naam: string;
  beschrijving: string;
  geldigVan: string;
  geldigTot: string;
  schalen: Schaal[];
  aanvragers: AanvragerSoort[];
  maximumBedrag: string;
  beslistermijnWeken: string;
  besluitvorming: Besluitvorming;
  verdeelmethode: Verdeelmethode;
  voorwaarden: VoorwaardeInvoer[];
}

let volgnummer = 0;

function uitRegeling(r: Regeling | undefined): RegelInvoer {
  if (!r) {
    return {
      code: '',
      naam: '',
      beschrijving: '',
      geldigVan: '',
      geldigTot: '',
      schalen: ['BUURT'],
      aanvragers: ['BEWONER', 'BEWONERSGROEP'],
      maximumBedrag: '',
      beslistermijnWeken: '8',
      besluitvorming: 'AMBTELIJK',
      verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
      voorwaarden: [],
    };
  }
  return {
    code: r.code,
    naam: r.naam,
    beschrijving: r.beschrijving,
    geldigVan: r.geldigVan,
    geldigTot: r.geldigTot ?? '',
    schalen: [...r.schalen],
    aanvragers: [...r.aanvragers],
    maximumBedrag: r.maximumBedrag != null ? centenAlsInvoer(r.maximumBedrag) : '',
    beslistermijnWeken: String(r.beslistermijnWeken),
    besluitvorming: r.besluitvorming,
    verdeelmethode: r.verdeelmethode,
    voorwaarden: r.voorwaarden.map((v) => ({
      sleutel: ++volgnummer,
      code: v.code,
      omschrijving: v.omschrijving,
      regel: JSON.stringify(v.regel as unknown),
    })),
  };
}

/** The JSON of a condition, or the syntax error to show at its field (what it means is the API's to judge). */
function leesRegel(tekst: string): { waarde: unknown } | { fout: string } {
  if (tekst.trim() === '') {
    return { fout: 'Vul de regel in als JSON Logic, bijvoorbeeld {">=": [{"var": "eigenBijdrageProcent"}, 10]}.' };
  }
  try {
    return { waarde: JSON.parse(tekst) as unknown };
  } catch {
    return { fout: 'Dit is geen geldige JSON: controleer haakjes, komma’s en aanhalingstekens.' };
  }
}

/**
 * The form as the API's input, with this app's own checks per field (syntax and required
 * fields; what a rule means is the API's to judge). `input` is null while a field is wrong.
 */
function leesInvoer(invoer: RegelInvoer): { fouten: Veldfouten; input: SubsidieregelingInput | null } {
  const f: Veldfouten = {};
  if (invoer.code.trim() === '') {
    f.code = 'Vul een code in hoofdletters in, bijvoorbeeld BUURTAKTIE.';
  }
  if (invoer.naam.trim() === '') {
    f.naam = 'Geef de regeling een naam.';
  }
  if (invoer.beschrijving.trim() === '') {
    f.beschrijving = 'Beschrijf de regeling.';
  }
  if (invoer.geldigVan === '') {
    f.geldigVan = 'Vul de datum in vanaf wanneer de regeling geldt.';
  }
  if (invoer.schalen.length === 0) {
    f.schalen = 'Kies minstens één schaal.';
  }
  if (invoer.aanvragers.length === 0) {
    f.aanvragers = 'Kies minstens één soort aanvrager.';
  }
  const maximum = centenUitInvoer(invoer.maximumBedrag);
  if (maximum.soort === 'fout') {
    f.maximumBedrag = maximum.melding;
  }
  if (!/^\d+$/.test(invoer.beslistermijnWeken.trim())) {
    f.beslistermijnWeken = 'Vul een geheel aantal weken in.';
  }
  const voorwaarden = invoer.voorwaarden.map((v, n) => {
    const r = leesRegel(v.regel);
    if ('fout' in r) {
      f[`voorwaarden[${n}].regel`] = r.fout;
    }
    if (v.code.trim() === '') {
      f[`voorwaarden[${n}].code`] = 'Vul een code in, bijvoorbeeld EIGEN_BIJDRAGE.';
    }
    if (v.omschrijving.trim() === '') {
      f[`voorwaarden[${n}].omschrijving`] = 'Beschrijf de voorwaarde in gewone taal.';
    }
    return { code: v.code.trim(), omschrijving: v.omschrijving.trim(), regel: 'waarde' in r ? r.waarde : null };
  });
  if (Object.keys(f).length > 0) {
    return { fouten: f, input: null };
  }
  return {
    fouten: f,
    input: {
      code: invoer.code.trim(),
      naam: invoer.naam.trim(),
      beschrijving: invoer.beschrijving.trim(),
      geldigVan: invoer.geldigVan,
      geldigTot: invoer.geldigTot || null,
      schalen: invoer.schalen,
      aanvragers: invoer.aanvragers,
      maximumBedrag: maximum.soort === 'bedrag' ? maximum.centen : null,
      beslistermijnWeken: Number(invoer.beslistermijnWeken.trim()),
      besluitvorming: invoer.besluitvorming,
      verdeelmethode: invoer.verdeelmethode,
      voorwaarden,
    },
  };
}

/** What the trial request is checked against: the stored version, or (for who may edit) the form as it is now. */
type Concept = { soort: 'vastgesteld' } | { soort: 'concept'; input: SubsidieregelingInput } | { soort: 'onvolledig' };

function Keuzevakjes<T extends string>({
  naam,
  legenda,
  opties,
  gekozen,
  tekst,
  fout,
  onWijzig,
}: {
  naam: string;
  legenda: string;
  opties: readonly T[];
  gekozen: readonly T[];
  tekst: (o: T) => string;
  fout?: string;
  onWijzig: (lijst: T[]) => void;
}) {
  return (
    <fieldset
      className="buurtwerk-fieldset utrecht-form-field"
      aria-describedby={fout ? `regel-${naam}-fout` : undefined}
      data-veld={naam}
      tabIndex={-1}
    >
      <legend className="utrecht-form-label">{legenda}</legend>
      {fout && <FormFieldErrorMessage id={`regel-${naam}-fout`}>{fout}</FormFieldErrorMessage>}
      {opties.map((o) => (
        <div key={o} className="buurtwerk-keuze">
          <Checkbox
            id={`regel-${naam}-${o}`}
            name={naam}
            value={o}
            checked={gekozen.includes(o)}
            invalid={Boolean(fout)}
            onChange={(e) => onWijzig(e.target.checked ? [...gekozen, o] : gekozen.filter((x) => x !== o))}
          />{' '}
          <FormLabel htmlFor={`regel-${naam}-${o}`} type="checkbox">
            {tekst(o)}
          </FormLabel>
        </div>
      ))}
    </fieldset>
  );
}

function Bevindingen({ resultaat }: { resultaat: Toetsresultaat }) {
  const niet = resultaat.bevindingen.filter((b) => !b.voldaan).length;
  return (
    <>
      <Paragraph>
        <strong>
          {resultaat.ontvankelijk
            ? resultaat.bevindingen.length === 1
              ? 'De proefaanvraag voldoet aan de regel die geldt.'
              : `De proefaanvraag voldoet aan alle ${resultaat.bevindingen.length} regels.`
            : `${niet} van de ${resultaat.bevindingen.length} regels ${niet === 1 ? 'is' : 'zijn'} niet voldaan.`}
        </strong>
      </Paragraph>
      <ul className="buurtwerk-bevindingen">
        {resultaat.bevindingen.map((b) => (
          <li key={b.voorwaarde} className={b.voldaan ? undefined : 'buurtwerk-bevinding--niet'}>
            <span className={`buurtwerk-label${b.voldaan ? '' : ' buurtwerk-label--geannuleerd'}`}>
              {b.voldaan ? 'Voldaan' : 'Niet voldaan'}
            </span>{' '}
            {b.toelichting.replace(/^(Niet )?voldaan:\s*/i, '')} <span className="buurtwerk-klein">({b.voorwaarde})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A trial request checked with toetsInitiatief while the staff member types (debounced): the
 * exact check that runs at submission, against the rule as it stands in the form (for who may
 * vaststellen it; the API stores nothing) or else as it is vastgesteld now.
 */
function Proefaanvraag({ g, code, versie, concept }: { g: Gegevens; code: string; versie: number | null; concept: Concept }) {
  const geld = g.menukaart.filter((i) => i.soort === 'FINANCIELE_BIJDRAGE' && i.regeling?.code === code);
  const [instrumentId, zetInstrumentId] = useState(geld[0]?.id ?? '');
  const [gevraagd, zetGevraagd] = useState('500');
  const [eigen, zetEigen] = useState('100');
  const [aanvrager, zetAanvrager] = useState<AanvragerSoort>('BEWONERSGROEP');
  const [schaal, zetSchaal] = useState<Schaal>('BUURT');
  const [buurtId, zetBuurtId] = useState(g.buurten[0]?.id ?? '');
  const [bewoners, zetBewoners] = useState('10');
  const [startdatum, zetStartdatum] = useState('');
  const [einddatum, zetEinddatum] = useState('');
  const [resultaat, zetResultaat] = useState<Toetsresultaat | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  const g1 = centenUitInvoer(gevraagd);
  const e1 = centenUitInvoer(eigen);
  const fouten: Veldfouten = {};
  if (g1.soort === 'fout') {
    fouten.gevraagd = g1.melding;
  }
  if (e1.soort === 'fout') {
    fouten.eigen = e1.melding;
  }
  if (bewoners.trim() !== '' && !/^\d+$/.test(bewoners.trim())) {
    fouten.bewoners = 'Vul een geheel aantal in.';
  }
  const conceptKlaar = concept.soort !== 'onvolledig';
  const klaar = instrumentId !== '' && buurtId !== '' && Object.keys(fouten).length === 0 && conceptKlaar;
  const sleutel = klaar
    ? JSON.stringify({
        concept: concept.soort === 'concept' ? concept.input : null,
        titel: 'Proefaanvraag',
        beschrijving: 'Proefaanvraag om de regels te controleren.',
        schaal,
        buurtIds: [buurtId],
        aanvragerSoort: aanvrager,
        aantalBetrokkenBewoners: bewoners.trim() === '' ? null : Number(bewoners.trim()),
        startdatum: startdatum || null,
        einddatum: einddatum || null,
        aanvragen: [
          {
            instrumentId,
            gevraagdBedrag: g1.soort === 'bedrag' ? g1.centen : null,
            eigenBijdrage: e1.soort === 'bedrag' ? e1.centen : null,
          },
        ],
      })
    : null;

  useEffect(() => {
    if (!sleutel) {
      return;
    }
    let actueel = true;
    zetBezig(true);
    const wacht = window.setTimeout(() => {
      const { concept: regel, ...input } = JSON.parse(sleutel) as InitiatiefInput & { concept: SubsidieregelingInput | null };
      vraag(TOETS, { input, concept: regel })
        .then((d) => {
          if (actueel) {
            zetResultaat(d.toetsInitiatief);
            zetMelding(null);
          }
        })
        .catch((e: unknown) => actueel && zetMelding(regelFoutmelding(e, 'De controle lukte nu niet.')))
        .finally(() => actueel && zetBezig(false));
    }, 400);
    return () => {
      actueel = false;
      window.clearTimeout(wacht);
    };
    // `versie` re-runs the check once a new version of the rule is vastgesteld.
  }, [sleutel, versie]);

  let inhoud: ReactNode;
  if (geld.length === 0) {
    inhoud = (
      <Paragraph>
        Er staat nog geen geldbijdrage onder deze regeling op de menukaart. Voeg die toe op de{' '}
        <AppLink naar="/menukaart">menukaart</AppLink> om een proefaanvraag te doen.
      </Paragraph>
    );
  } else if (!conceptKlaar) {
    inhoud = (
      <Paragraph>
        De regeling in het formulier is nog niet compleet of bevat een fout. Zodra die klopt, controleren we de proefaanvraag
        opnieuw.
      </Paragraph>
    );
  } else if (!klaar) {
    inhoud = <Paragraph>Verbeter eerst de proefgegevens, dan controleren we opnieuw.</Paragraph>;
  } else if (melding) {
    inhoud = <Paragraph>{melding}</Paragraph>;
  } else if (resultaat) {
    inhoud = <Bevindingen resultaat={resultaat} />;
  } else {
    inhoud = <Paragraph>De proefaanvraag wordt gecontroleerd …</Paragraph>;
  }

  return (
    <section className="buurtwerk-blok buurtwerk-regeleditor__proef" aria-labelledby="proef-kop">
      <Heading2 id="proef-kop">Proefaanvraag</Heading2>
      <Paragraph className="buurtwerk-klein">
        {concept.soort === 'vastgesteld' ? (
          <>
            Terwijl je typt, controleert Buurtwerk deze aanvraag met dezelfde toets als bij het indienen, tegen de vastgestelde
            versie{versie !== null ? ` (versie ${versie})` : ''} van de regeling.
          </>
        ) : (
          <>
            Terwijl je typt, controleert Buurtwerk deze aanvraag met dezelfde toets als bij het indienen, tegen de regeling zoals
            die nu in het formulier staat. Zo zie je het effect van een wijziging voordat je die vaststelt; er wordt niets
            opgeslagen.
          </>
        )}
        {bezig && sleutel ? ' Bezig met controleren …' : ''}
      </Paragraph>
      {geld.length > 0 && (
        <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Gegevens van de proefaanvraag">
          <Keuzeveld
            id="proef-instrument"
            naam="proef-instrument"
            label="Geldbijdrage"
            waarde={instrumentId}
            keuzes={geld.map((i) => ({ waarde: i.id, tekst: i.naam }))}
            onKies={zetInstrumentId}
          />
          <div className="buurtwerk-formulierrij">
            <FormFieldTextbox
              name="proef-gevraagd"
              label="Gevraagd, in euro’s"
              inputMode="decimal"
              autoComplete="off"
              size={10}
              value={gevraagd}
              onChange={(e) => zetGevraagd((e.target as HTMLInputElement).value)}
              invalid={Boolean(fouten.gevraagd)}
              errorMessage={fouten.gevraagd}
            />
            <FormFieldTextbox
              name="proef-eigen"
              label="Eigen bijdrage, in euro’s"
              inputMode="decimal"
              autoComplete="off"
              size={10}
              value={eigen}
              onChange={(e) => zetEigen((e.target as HTMLInputElement).value)}
              invalid={Boolean(fouten.eigen)}
              errorMessage={fouten.eigen}
            />
          </div>
          <Keuzeveld
            id="proef-aanvrager"
            naam="proef-aanvrager"
            label="Wie vraagt aan"
            waarde={aanvrager}
            keuzes={(['BEWONER', 'BEWONERSGROEP'] as const).map((a) => ({ waarde: a, tekst: aanvragersoort(a) }))}
            onKies={(w) => zetAanvrager(w as AanvragerSoort)}
          />
          <div className="buurtwerk-formulierrij">
            <Keuzeveld
              id="proef-schaal"
              naam="proef-schaal"
              label="Schaal"
              waarde={schaal}
              keuzes={SCHALEN.map((s) => ({ waarde: s, tekst: schaalnaam(s) }))}
              onKies={(w) => zetSchaal(w as Schaal)}
            />
            <Keuzeveld
              id="proef-buurt"
              naam="proef-buurt"
              label="Buurt"
              waarde={buurtId}
              keuzes={g.buurten.map((b) => ({ waarde: b.id, tekst: `${b.naam} (${b.wijk.naam})` }))}
              onKies={zetBuurtId}
            />
          </div>
          <FormFieldTextbox
            name="proef-bewoners"
            label="Betrokken bewoners"
            inputMode="numeric"
            autoComplete="off"
            size={6}
            value={bewoners}
            onChange={(e) => zetBewoners((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.bewoners)}
            errorMessage={fouten.bewoners}
          />
          <div className="buurtwerk-formulierrij">
            <FormFieldTextbox
              name="proef-start"
              type="date"
              label="Startdatum"
              value={startdatum}
              onChange={(e) => zetStartdatum((e.target as HTMLInputElement).value)}
            />
            <FormFieldTextbox
              name="proef-eind"
              type="date"
              label="Einddatum"
              value={einddatum}
              onChange={(e) => zetEinddatum((e.target as HTMLInputElement).value)}
            />
          </div>
        </form>
      )}
      <div aria-live="polite" data-testid="proef-bevindingen">
        {inhoud}
      </div>
    </section>
  );
}

function Regelformulier({
  regeling,
  magVaststellen,
  klaar,
  onConcept,
}: {
  regeling: Regeling | undefined;
  magVaststellen: boolean;
  klaar: (melding: string, code: string) => void;
  /** The form as a concept rule while it changes (only for who may vaststellen), for the trial request. */
  onConcept: (concept: Concept) => void;
}) {
  const [invoer, zetInvoer] = useState<RegelInvoer>(() => uitRegeling(regeling));
  const conceptSleutel = magVaststellen ? JSON.stringify(leesInvoer(invoer).input) : null;
  useEffect(() => {
    if (conceptSleutel !== null) {
      const input = JSON.parse(conceptSleutel) as SubsidieregelingInput | null;
      onConcept(input ? { soort: 'concept', input } : { soort: 'onvolledig' });
    }
  }, [conceptSleutel, onConcept]);
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);
  const wijzig = (deel: Partial<RegelInvoer>): void => zetInvoer((i) => ({ ...i, ...deel }));
  const wijzigVoorwaarde = (sleutel: number, deel: Partial<VoorwaardeInvoer>): void =>
    zetInvoer((i) => ({ ...i, voorwaarden: i.voorwaarden.map((v) => (v.sleutel === sleutel ? { ...v, ...deel } : v)) }));

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const { fouten: f, input } = leesInvoer(invoer);
    toonFouten(formulier.current, f, zetFouten);
    if (!input) {
      return;
    }
    zetBezig(true);
    try {
      const { subsidieregelingVaststellen: r } = await vraag(VASTSTELLEN, { input });
      klaar(
        regeling && r.versie === regeling.versie
          ? `Er is niets gewijzigd: versie ${r.versie} van ${r.naam} blijft gelden.`
          : `Versie ${r.versie} van ${r.naam} is vastgesteld. Nieuwe aanvragen worden hieraan getoetst.`,
        r.code,
      );
    } catch (err) {
      zetFout(algemeneFout(err, 'De regeling kon niet worden vastgesteld.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  const veld = (naam: keyof RegelInvoer, label: string, extra: { description?: string; type?: string; size?: number } = {}) => (
    <FormFieldTextbox
      name={naam}
      label={label}
      description={extra.description}
      type={extra.type}
      size={extra.size}
      autoComplete="off"
      value={invoer[naam] as string}
      onChange={(e) => wijzig({ [naam]: (e.target as HTMLInputElement).value })}
      invalid={Boolean(fouten[naam])}
      errorMessage={fouten[naam]}
      readOnly={!magVaststellen}
    />
  );

  return (
    <form
      ref={formulier}
      id="regel-vaststellen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="regel-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="regel-kop">{regeling ? `${regeling.naam}, versie ${regeling.versie}` : 'Nieuwe regeling'}</Heading2>
      {regeling && (
        <Paragraph className="buurtwerk-klein">
          Geldt vanaf {datum(regeling.geldigVan)}
          {regeling.geldigTot ? ` tot en met ${datum(regeling.geldigTot)}` : ''}. Een wijziging wordt een nieuwe versie;
          ingediende aanvragen houden de versie waaraan ze zijn getoetst.
        </Paragraph>
      )}
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {regeling ? (
        <Paragraph>
          Code: <strong>{regeling.code}</strong>
        </Paragraph>
      ) : (
        veld('code', 'Code', { description: 'Hoofdletters, cijfers, - en _, bijvoorbeeld BUURTAKTIE.', size: 20 })
      )}
      {veld('naam', 'Naam')}
      <FormFieldTextarea
        name="beschrijving"
        label="Beschrijving"
        rows={3}
        value={invoer.beschrijving}
        onChange={(e) => wijzig({ beschrijving: e.target.value })}
        invalid={Boolean(fouten.beschrijving)}
        errorMessage={fouten.beschrijving}
        readOnly={!magVaststellen}
      />
      <div className="buurtwerk-formulierrij">
        {veld('geldigVan', 'Geldig vanaf', { type: 'date' })}
        {veld('geldigTot', 'Geldig tot en met (niet verplicht)', { type: 'date' })}
      </div>
      <Keuzevakjes
        naam="schalen"
        legenda="Voor initiatieven op de schaal van"
        opties={SCHALEN}
        gekozen={invoer.schalen}
        tekst={schaalnaam}
        fout={fouten.schalen}
        onWijzig={(schalen) => wijzig({ schalen })}
      />
      <Keuzevakjes
        naam="aanvragers"
        legenda="Wie mag aanvragen"
        opties={AANVRAGERS}
        gekozen={invoer.aanvragers}
        tekst={aanvragersoort}
        fout={fouten.aanvragers}
        onWijzig={(aanvragers) => wijzig({ aanvragers })}
      />
      <div className="buurtwerk-formulierrij">
        {veld('maximumBedrag', 'Maximum per aanvraag, in euro’s (niet verplicht)', { size: 12 })}
        {veld('beslistermijnWeken', 'Beslistermijn in weken', { size: 4 })}
      </div>
      <div className="buurtwerk-formulierrij">
        <Keuzeveld
          id="regel-besluitvorming"
          naam="besluitvorming"
          label="Wie beslist"
          waarde={invoer.besluitvorming}
          keuzes={(Object.keys(BESLUITVORMING) as Besluitvorming[]).map((b) => ({ waarde: b, tekst: BESLUITVORMING[b] }))}
          fout={fouten.besluitvorming}
          onKies={(w) => wijzig({ besluitvorming: w as Besluitvorming })}
        />
        <Keuzeveld
          id="regel-verdeelmethode"
          naam="verdeelmethode"
          label="Verdeling van het plafond"
          waarde={invoer.verdeelmethode}
          keuzes={(Object.keys(VERDEELMETHODE) as Verdeelmethode[]).map((v) => ({ waarde: v, tekst: VERDEELMETHODE[v] }))}
          fout={fouten.verdeelmethode}
          onKies={(w) => wijzig({ verdeelmethode: w as Verdeelmethode })}
        />
      </div>

      <Heading3>Voorwaarden</Heading3>
      <Paragraph className="buurtwerk-klein">
        Elke voorwaarde heeft een omschrijving voor mensen en een regel in JSON Logic die Buurtwerk controleert. Bruikbare
        gegevens: {GEGEVENS_UITLEG}.
      </Paragraph>
      {invoer.voorwaarden.length === 0 && <Paragraph>Deze regeling heeft nog geen eigen voorwaarden.</Paragraph>}
      {invoer.voorwaarden.map((v, n) => {
        const live = v.regel.trim() === '' ? null : leesRegel(v.regel);
        const regelFout = fouten[`voorwaarden[${n}].regel`] ?? (live && 'fout' in live ? live.fout : undefined);
        return (
          <fieldset key={v.sleutel} className="buurtwerk-fieldset buurtwerk-voorwaarde buurtwerk-blok">
            <legend className="utrecht-form-label">Voorwaarde {n + 1}</legend>
            <FormFieldTextbox
              name={`voorwaarden[${n}].code`}
              label="Code"
              size={24}
              autoComplete="off"
              value={v.code}
              onChange={(e) => wijzigVoorwaarde(v.sleutel, { code: (e.target as HTMLInputElement).value })}
              invalid={Boolean(fouten[`voorwaarden[${n}].code`])}
              errorMessage={fouten[`voorwaarden[${n}].code`]}
              readOnly={!magVaststellen}
            />
            <FormFieldTextbox
              name={`voorwaarden[${n}].omschrijving`}
              label="Omschrijving"
              autoComplete="off"
              value={v.omschrijving}
              onChange={(e) => wijzigVoorwaarde(v.sleutel, { omschrijving: (e.target as HTMLInputElement).value })}
              invalid={Boolean(fouten[`voorwaarden[${n}].omschrijving`])}
              errorMessage={fouten[`voorwaarden[${n}].omschrijving`]}
              readOnly={!magVaststellen}
            />
            <FormFieldTextarea
              name={`voorwaarden[${n}].regel`}
              label="Regel (JSON Logic)"
              rows={2}
              spellCheck={false}
              value={v.regel}
              onChange={(e) => wijzigVoorwaarde(v.sleutel, { regel: e.target.value })}
              invalid={Boolean(regelFout)}
              errorMessage={regelFout}
              readOnly={!magVaststellen}
            />
            {magVaststellen && (
              <Button
                appearance="secondary-action-button"
                onClick={() => zetInvoer((i) => ({ ...i, voorwaarden: i.voorwaarden.filter((w) => w.sleutel !== v.sleutel) }))}
              >
                Voorwaarde {n + 1} verwijderen
              </Button>
            )}
          </fieldset>
        );
      })}
      {magVaststellen && (
        <div className="buurtwerk-knoppen">
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              zetInvoer((i) => ({
                ...i,
                voorwaarden: [...i.voorwaarden, { sleutel: ++volgnummer, code: '', omschrijving: '', regel: '' }],
              }))
            }
          >
            Voorwaarde toevoegen
          </Button>
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            {regeling ? 'Nieuwe versie vaststellen' : 'Regeling vaststellen'}
          </Button>
        </div>
      )}
    </form>
  );
}

/** Subsidy rules: read and edit (as a new version), with a trial request checked live by the API. */
export function RegelsPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Regels', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [code, zetCode] = useState<string | null>(null);
  const [concept, zetConcept] = useState<Concept>({ soort: 'vastgesteld' });
  const magVaststellen = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');

  const laad = useCallback(async (): Promise<void> => {
    try {
      const d = await vraag(REGELS);
      zetG(d);
      zetCode((c) => c ?? d.subsidieregelingen[0]?.code ?? '');
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De regels konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const regeling = g?.subsidieregelingen.find((r) => r.code === code);
  return (
    <>
      <Heading1>Regels</Heading1>
      <Paragraph>
        De subsidieregelingen waaraan Buurtwerk aanvragen toetst. Een wijziging stel je vast als nieuwe versie; met de
        proefaanvraag zie je meteen wat de toets ervan vindt.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {g === null || code === null ? (
        !fout && <Paragraph role="status">Regels laden …</Paragraph>
      ) : g.subsidieregelingen.length === 0 && !magVaststellen ? (
        <Paragraph>Er is nog geen subsidieregeling vastgesteld. Een beleidsmedewerker of beheerder stelt die vast.</Paragraph>
      ) : (
        <>
          <Keuzeveld
            id="regels-keuze"
            naam="regeling"
            label="Regeling"
            waarde={code}
            keuzes={[
              ...g.subsidieregelingen.map((r) => ({ waarde: r.code, tekst: `${r.naam} (${r.code}, versie ${r.versie})` })),
              ...(magVaststellen ? [{ waarde: '', tekst: 'Nieuwe regeling' }] : []),
            ]}
            onKies={(c) => {
              zetMelding(null);
              zetCode(c);
            }}
          />
          <div className="buurtwerk-regeleditor">
            <Regelformulier
              key={`${code}-${regeling?.versie ?? 0}`}
              regeling={regeling}
              magVaststellen={magVaststellen}
              klaar={(m, c) => {
                zetMelding(m);
                zetCode(c);
                void laad();
              }}
              onConcept={zetConcept}
            />
            {regeling && (
              <Proefaanvraag
                key={regeling.code}
                g={g}
                code={regeling.code}
                versie={regeling.versie}
                concept={magVaststellen ? concept : { soort: 'vastgesteld' }}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
