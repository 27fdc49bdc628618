import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
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
import { vraag } from '@web-gedeeld/api';
import { datumTijd } from '@web-gedeeld/datum';
import { type FormVeld, foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type {
  BuurtportaalOrganisatorGegevensQuery,
  BuurtportaalVrijwilligersVanVerzoekQuery,
  VrijwilligersThema,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { wanneer } from '../opmaak';
import { THEMA, THEMAS, vrijwilligerStatus } from '../vrijwilligers-opmaak';

const GEGEVENS = graphql(`
  query BuurtportaalOrganisatorGegevens {
    mijnVrijwilligersverzoeken {
      id
      titel
      begin
      eind
      status
      aantal
      plaatsenBeschikbaar
      wachtlijst
      organisatorNaam
    }
    mijnOrganisaties {
      id
      naam
    }
    mijnInitiatieven {
      id
      titel
      status
    }
    buurten {
      id
      naam
    }
  }
`);

const PLAATSEN = graphql(`
  mutation BuurtportaalVrijwilligersverzoekPlaatsen($input: VrijwilligersverzoekInput!) {
    vrijwilligersverzoekPlaatsen(input: $input) {
      id
      titel
    }
  }
`);

const VRIJWILLIGERS = graphql(`
  query BuurtportaalVrijwilligersVanVerzoek($id: ID!) {
    vrijwilligersVanVerzoek(verzoekId: $id) {
      id
      naam
      email
      telefoon
      toelichting
      status
      wachtlijstPositie
      bevestigdOp
    }
  }
`);

const BEVESTIGEN = graphql(`
  mutation BuurtportaalVrijwilligerBevestigen($id: ID!) {
    vrijwilligerBevestigen(aanmeldingId: $id) {
      id
      bevestigdOp
    }
  }
`);

type Gegevens = BuurtportaalOrganisatorGegevensQuery;
type Vrijwilliger = BuurtportaalVrijwilligersVanVerzoekQuery['vrijwilligersVanVerzoek'][number];

const VELDEN: Record<string, FormVeld> = {
  organisatieId: { naam: 'namens', label: 'Namens' },
  initiatiefId: { naam: 'namens', label: 'Namens' },
  titel: { naam: 'titel', label: 'Wat ga je doen' },
  beschrijving: { naam: 'beschrijving', label: 'Beschrijving' },
  begin: { naam: 'begin', label: 'Begin' },
  eind: { naam: 'eind', label: 'Einde' },
  buurtId: { naam: 'buurt', label: 'Buurt' },
  locatie: { naam: 'locatie', label: 'Waar' },
  aantal: { naam: 'aantal', label: 'Hoeveel vrijwilligers' },
  minimumLeeftijd: { naam: 'minimumLeeftijd', label: 'Minimumleeftijd' },
};

function Plaatsformulier({ g, bijGeplaatst }: { g: Gegevens; bijGeplaatst: (titel: string) => void }) {
  const initiatieven = g.mijnInitiatieven.filter((i) => i.status === 'TOEGEKEND');
  const [namens, zetNamens] = useState('');
  const [titel, zetTitel] = useState('');
  const [beschrijving, zetBeschrijving] = useState('');
  const [thema, zetThema] = useState<VrijwilligersThema>('OVERIG');
  const [buurtId, zetBuurtId] = useState('');
  const [begin, zetBegin] = useState('');
  const [eind, zetEind] = useState('');
  const [locatie, zetLocatie] = useState('');
  const [aantal, zetAantal] = useState('1');
  const [vaardigheden, zetVaardigheden] = useState('');
  const [leeftijd, zetLeeftijd] = useState('');
  const [vog, zetVog] = useState(false);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!namens) {
      f.namens = 'Kies namens welke organisatie of welk initiatief je vrijwilligers zoekt.';
    }
    if (titel.trim() === '') {
      f.titel = 'Vul in wat de vrijwilligers gaan doen.';
    }
    if (beschrijving.trim() === '') {
      f.beschrijving = 'Vul een beschrijving in.';
    }
    if (!buurtId) {
      f.buurt = 'Kies een buurt.';
    }
    if (!begin || Number.isNaN(new Date(begin).getTime())) {
      f.begin = 'Vul een begindatum en -tijd in.';
    }
    if (locatie.trim() === '') {
      f.locatie = 'Vul in waar het is.';
    }
    if (!/^\d+$/.test(aantal) || Number(aantal) < 1) {
      f.aantal = 'Vul een aantal van 1 of meer in.';
    }
    if (leeftijd !== '' && !/^\d{1,2}$/.test(leeftijd)) {
      f.minimumLeeftijd = 'Vul een leeftijd in jaren in, of laat het leeg.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`#verzoek-plaatsen [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    const [soort, id] = namens.split(':');
    zetBezig(true);
    try {
      const { vrijwilligersverzoekPlaatsen } = await vraag(PLAATSEN, {
        input: {
          organisatieId: soort === 'organisatie' ? id : null,
          initiatiefId: soort === 'initiatief' ? id : null,
          titel: titel.trim(),
          beschrijving: beschrijving.trim(),
          thema,
          buurtId,
          begin: new Date(begin).toISOString(),
          eind: eind ? new Date(eind).toISOString() : null,
          locatie: locatie.trim(),
          aantal: Number(aantal),
          vaardigheden: vaardigheden
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
          minimumLeeftijd: leeftijd === '' ? null : Number(leeftijd),
          vogNodig: vog,
        },
      });
      bijGeplaatst(vrijwilligersverzoekPlaatsen.titel);
    } catch (e) {
      const r = leesbareFout(e, VELDEN, 'Plaatsen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    } finally {
      zetBezig(false);
    }
  };
  if (g.mijnOrganisaties.length === 0 && initiatieven.length === 0) {
    return (
      <Paragraph>
        Vrijwilligers zoeken kan namens een organisatie waar je bij hoort, of voor je eigen toegekende initiatief. Je hebt nu geen
        van beide.
      </Paragraph>
    );
  }
  return (
    <form
      id="verzoek-plaatsen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="plaatsen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="plaatsen-kop">Nieuwe vraag om vrijwilligers</Heading2>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <FormField invalid={Boolean(fouten.namens)}>
        <FormLabel htmlFor="verzoek-namens">Namens</FormLabel>
        {fouten.namens && <FormFieldErrorMessage id="verzoek-namens-fout">{fouten.namens}</FormFieldErrorMessage>}
        <Select
          id="verzoek-namens"
          name="namens"
          value={namens}
          invalid={Boolean(fouten.namens)}
          aria-describedby={fouten.namens ? 'verzoek-namens-fout' : undefined}
          onChange={(e) => zetNamens(e.target.value)}
        >
          <SelectOption value="">Kies</SelectOption>
          {g.mijnOrganisaties.map((o) => (
            <SelectOption key={o.id} value={`organisatie:${o.id}`}>
              {o.naam}
            </SelectOption>
          ))}
          {initiatieven.map((i) => (
            <SelectOption key={i.id} value={`initiatief:${i.id}`}>
              Initiatief: {i.titel}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormFieldTextbox
        name="titel"
        label="Wat gaan de vrijwilligers doen?"
        required
        value={titel}
        onChange={(e) => zetTitel((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.titel)}
        errorMessage={fouten.titel}
      />
      <FormFieldTextarea
        name="beschrijving"
        label="Beschrijving"
        required
        rows={4}
        value={beschrijving}
        onChange={(e) => zetBeschrijving(e.target.value)}
        invalid={Boolean(fouten.beschrijving)}
        errorMessage={fouten.beschrijving}
      />
      <div className="buurtwerk-formulierrij">
        <FormField>
          <FormLabel htmlFor="verzoek-thema">Thema</FormLabel>
          <Select id="verzoek-thema" name="thema" value={thema} onChange={(e) => zetThema(e.target.value as VrijwilligersThema)}>
            {THEMAS.map((t) => (
              <SelectOption key={t} value={t}>
                {THEMA[t]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField invalid={Boolean(fouten.buurt)}>
          <FormLabel htmlFor="verzoek-buurt">Buurt</FormLabel>
          {fouten.buurt && <FormFieldErrorMessage id="verzoek-buurt-fout">{fouten.buurt}</FormFieldErrorMessage>}
          <Select
            id="verzoek-buurt"
            name="buurt"
            value={buurtId}
            invalid={Boolean(fouten.buurt)}
            aria-describedby={fouten.buurt ? 'verzoek-buurt-fout' : undefined}
            onChange={(e) => zetBuurtId(e.target.value)}
          >
            <SelectOption value="">Kies een buurt</SelectOption>
            {g.buurten.map((b) => (
              <SelectOption key={b.id} value={b.id}>
                {b.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          name="begin"
          type="datetime-local"
          label="Begin"
          required
          value={begin}
          onChange={(e) => zetBegin((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.begin)}
          errorMessage={fouten.begin}
        />
        <FormFieldTextbox
          name="eind"
          type="datetime-local"
          label="Einde (niet verplicht)"
          value={eind}
          onChange={(e) => zetEind((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.eind)}
          errorMessage={fouten.eind}
        />
      </div>
      <FormFieldTextbox
        name="locatie"
        label="Waar?"
        required
        value={locatie}
        onChange={(e) => zetLocatie((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.locatie)}
        errorMessage={fouten.locatie}
      />
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          name="aantal"
          inputMode="numeric"
          label="Hoeveel vrijwilligers?"
          required
          value={aantal}
          onChange={(e) => zetAantal((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.aantal)}
          errorMessage={fouten.aantal}
        />
        <FormFieldTextbox
          name="minimumLeeftijd"
          inputMode="numeric"
          label="Minimumleeftijd (niet verplicht)"
          value={leeftijd}
          onChange={(e) => zetLeeftijd((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.minimumLeeftijd)}
          errorMessage={fouten.minimumLeeftijd}
        />
      </div>
      <FormFieldTextbox
        name="vaardigheden"
        label="Handige vaardigheden (niet verplicht)"
        description="Gescheiden door komma’s, bijvoorbeeld: tuinieren, EHBO"
        value={vaardigheden}
        onChange={(e) => zetVaardigheden((e.target as HTMLInputElement).value)}
      />
      <div className="buurtwerk-keuze">
        <Checkbox id="verzoek-vog" name="vog" checked={vog} onChange={(e) => zetVog(e.target.checked)} />{' '}
        <FormLabel htmlFor="verzoek-vog" type="checkbox">
          Een Verklaring Omtrent het Gedrag (VOG) is nodig
        </FormLabel>
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Vraag plaatsen
      </Button>
    </form>
  );
}

function Vrijwilligers({ verzoekId, titel }: { verzoekId: string; titel: string }) {
  const [lijst, zetLijst] = useState<Vrijwilliger[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [teller, zetTeller] = useState(0);
  useEffect(() => {
    let actueel = true;
    vraag(VRIJWILLIGERS, { id: verzoekId })
      .then((d) => actueel && zetLijst(d.vrijwilligersVanVerzoek))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De vrijwilligers konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [verzoekId, teller]);
  const bevestig = async (id: string): Promise<void> => {
    try {
      await vraag(BEVESTIGEN, { id });
      zetTeller((t) => t + 1);
    } catch (e) {
      zetFout(foutmelding(e, 'Bevestigen is niet gelukt.'));
    }
  };
  if (fout) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{fout}</Paragraph>
      </Alert>
    );
  }
  if (lijst === null) {
    return <Paragraph role="status">Laden …</Paragraph>;
  }
  if (lijst.length === 0) {
    return <Paragraph>Nog niemand heeft zich aangemeld.</Paragraph>;
  }
  return (
    <Table>
      <TableCaption>Vrijwilligers voor {titel}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Contact</TableHeaderCell>
          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Bevestigen</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lijst.map((v) => (
          <TableRow key={v.id}>
            <TableCell>{v.naam}</TableCell>
            <TableCell>
              {v.email}
              {v.telefoon ? `, ${v.telefoon}` : ''}
            </TableCell>
            <TableCell>{v.toelichting ?? ''}</TableCell>
            <TableCell>{vrijwilligerStatus(v.status, v.wachtlijstPositie ?? null, v.bevestigdOp !== null)}</TableCell>
            <TableCell>
              {v.status === 'AANGEMELD' && v.bevestigdOp === null ? (
                <Button type="button" appearance="secondary-action-button" onClick={() => void bevestig(v.id)}>
                  Bevestig {v.naam}
                </Button>
              ) : v.bevestigdOp ? (
                `Bevestigd op ${datumTijd(v.bevestigdOp)}`
              ) : (
                ''
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** For organisers (members of an organisation, initiators of a granted initiative): post requests, see and confirm volunteers. */
export function VrijwilligersZoekenPagina() {
  usePaginatitel('Vrijwilligers zoeken', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [teller, zetTeller] = useState(0);
  const [open, zetOpen] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    vraag(GEGEVENS)
      .then((d) => actueel && zetG(d))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Je gegevens konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [teller]);
  return (
    <>
      <Heading1>Vrijwilligers zoeken</Heading1>
      <Paragraph>
        Zoek vrijwilligers namens je organisatie of voor je toegekende initiatief. Alleen jij (en de andere leden van je
        organisatie) zien wie zich aanmeldt. <AppLink naar="/vrijwilligerswerk">Alle vragen om vrijwilligers</AppLink>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {g === null && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {g && (
        <>
          <Heading2>Mijn vragen</Heading2>
          {g.mijnVrijwilligersverzoeken.length === 0 && (
            <Paragraph>Je hebt nog geen vragen om vrijwilligers geplaatst.</Paragraph>
          )}
          {g.mijnVrijwilligersverzoeken.map((v) => (
            <section key={v.id} className="buurtwerk-blok" aria-labelledby={`mijn-verzoek-${v.id}`}>
              <Heading2 id={`mijn-verzoek-${v.id}`}>
                <AppLink naar={`/vrijwilligerswerk/${v.id}`}>{v.titel}</AppLink>
              </Heading2>
              <Paragraph>
                {v.organisatorNaam} · {wanneer(v.begin, v.eind)} · {v.aantal - v.plaatsenBeschikbaar} van de {v.aantal} plaatsen
                bezet
                {v.wachtlijst > 0 ? `, ${v.wachtlijst} op de wachtlijst` : ''}
                {v.status === 'GEANNULEERD' ? ' · ingetrokken' : ''}
              </Paragraph>
              {open === v.id ? (
                <Vrijwilligers verzoekId={v.id} titel={v.titel} />
              ) : (
                <Button type="button" appearance="secondary-action-button" onClick={() => zetOpen(v.id)}>
                  Vrijwilligers bekijken voor {v.titel}
                </Button>
              )}
            </section>
          ))}
          <Plaatsformulier
            key={teller}
            g={g}
            bijGeplaatst={(titel) => {
              zetMelding(`Je vraag “${titel}” staat online.`);
              zetTeller((t) => t + 1);
            }}
          />
        </>
      )}
    </>
  );
}
