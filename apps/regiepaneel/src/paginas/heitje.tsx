import {
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { euro } from '@web-gedeeld/geld';
import type { Ik } from '@web-gedeeld/gebruiker';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import {
  algemeneFout,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  toonFouten,
  type Veldfouten,
  veldfoutenVan,
} from '../beheervelden';
import { graphql } from '../gql';
import type { RegiepaneelHeitjeQuery, RegiepaneelHeitjeAfrekeningQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const HEITJE = graphql(`
  query RegiepaneelHeitje {
    heitjeKlussen {
      id
      titel
      buurtnaam
      beloning
      plaatsen
      plaatsenVrij
      budget
      organisatienaam
    }
    heitjeWinkels {
      id
      naam
      actief
    }
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
    organisaties(first: 100) {
      edges {
        node {
          id
          naam
        }
      }
    }
  }
`);

const KLUS = graphql(`
  mutation RegiepaneelHeitjeKlusAanmaken($input: HeitjeKlusInput!) {
    heitjeKlusAanmaken(input: $input) {
      id
      titel
      budget
    }
  }
`);

const WINKEL = graphql(`
  mutation RegiepaneelHeitjeWinkelRegistreren($input: HeitjeWinkelInput!) {
    heitjeWinkelRegistreren(input: $input) {
      id
      naam
    }
  }
`);

const KOERS = graphql(`
  mutation RegiepaneelHeitjeWisselkoers($input: HeitjeWisselkoersInput!) {
    heitjeWisselkoersVaststellen(input: $input)
  }
`);

const PLAFOND = graphql(`
  mutation RegiepaneelHeitjeJaarplafond($jaar: Int!, $maxHeitjes: Int!) {
    heitjeJaarplafondVaststellen(jaar: $jaar, maxHeitjes: $maxHeitjes)
  }
`);

const AFREKENING = graphql(`
  query RegiepaneelHeitjeAfrekening($maand: String!) {
    heitjeAfrekening(maand: $maand) {
      winkelId
      winkel
      betalingen
      heitjes
      bedrag
    }
  }
`);

type Gegevens = RegiepaneelHeitjeQuery;
type Regel = RegiepaneelHeitjeAfrekeningQuery['heitjeAfrekening'][number];

function Klusformulier({ g, klaar }: { g: Gegevens; klaar: (m: string) => void }) {
  const leeg = { titel: '', beschrijving: '', materialen: '', beloning: '', plaatsen: '', buurtId: '', organisatieId: '' };
  const [v, zetV] = useState(leeg);
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const formulier = useRef<HTMLFormElement>(null);
  const wijzig = (veld: keyof typeof leeg) => (waarde: string) => zetV((x) => ({ ...x, [veld]: waarde }));

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (v.titel.trim() === '') {
      f.titel = 'Geef de klus een titel.';
    }
    if (v.beschrijving.trim() === '') {
      f.beschrijving = 'Beschrijf wat er moet gebeuren.';
    }
    if (!v.buurtId) {
      f.buurtId = 'Kies de buurt.';
    }
    if (v.materialen.trim() === '') {
      f.materialen = 'Noem het materiaal dat de gemeente levert.';
    }
    if (!/^\d+$/.test(v.beloning.trim())) {
      f.beloning = 'Vul de beloning in heitjes in als geheel getal.';
    }
    if (!/^\d+$/.test(v.plaatsen.trim())) {
      f.plaatsen = 'Vul het aantal plaatsen in als geheel getal.';
    }
    if (!v.organisatieId) {
      f.organisatieId = 'Kies de begeleidende organisatie.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0) {
      return;
    }
    try {
      const { heitjeKlusAanmaken: k } = await vraag(KLUS, {
        input: {
          titel: v.titel.trim(),
          beschrijving: v.beschrijving.trim(),
          buurtId: v.buurtId,
          materialen: v.materialen.trim(),
          beloning: Number(v.beloning),
          plaatsen: Number(v.plaatsen),
          organisatieId: v.organisatieId,
        },
      });
      zetV(leeg);
      klaar(`Klus “${k.titel}” staat op het bord, met een budget van ${k.budget} heitjes.`);
    } catch (err) {
      zetFout(algemeneFout(err, 'De klus kon niet worden aangemaakt.'));
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    }
  };

  return (
    <form
      ref={formulier}
      id="klus-aanmaken"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="klus-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="klus-kop">Klus op het bord zetten</Heading2>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <FormFieldTextbox
        name="titel"
        label="Titel"
        autoComplete="off"
        value={v.titel}
        onChange={(e) => wijzig('titel')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.titel)}
        errorMessage={fouten.titel}
      />
      <FormFieldTextarea
        name="beschrijving"
        label="Wat moet er gebeuren?"
        rows={3}
        value={v.beschrijving}
        onChange={(e) => wijzig('beschrijving')(e.target.value)}
        invalid={Boolean(fouten.beschrijving)}
        errorMessage={fouten.beschrijving}
      />
      <Keuzeveld
        id="klus-buurt"
        naam="buurtId"
        label="Buurt"
        leeg="Kies een buurt"
        waarde={v.buurtId}
        keuzes={g.buurten.map((b) => ({ waarde: b.id, tekst: `${b.naam} (${b.wijk.naam})` }))}
        fout={fouten.buurtId}
        onKies={wijzig('buurtId')}
      />
      <FormFieldTextbox
        name="materialen"
        label="Materiaal van de gemeente"
        autoComplete="off"
        value={v.materialen}
        onChange={(e) => wijzig('materialen')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.materialen)}
        errorMessage={fouten.materialen}
      />
      <FormFieldTextbox
        name="beloning"
        label="Beloning per deelnemer (heitjes)"
        inputMode="numeric"
        size={6}
        value={v.beloning}
        onChange={(e) => wijzig('beloning')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.beloning)}
        errorMessage={fouten.beloning}
      />
      <FormFieldTextbox
        name="plaatsen"
        label="Aantal plaatsen"
        inputMode="numeric"
        size={4}
        value={v.plaatsen}
        onChange={(e) => wijzig('plaatsen')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.plaatsen)}
        errorMessage={fouten.plaatsen}
      />
      <Keuzeveld
        id="klus-organisatie"
        naam="organisatieId"
        label="Begeleidende organisatie"
        beschrijving="Haar leden bevestigen het werk; pas dan krijgt de bewoner de heitjes."
        leeg="Kies een organisatie"
        waarde={v.organisatieId}
        keuzes={g.organisaties.edges.map((e) => ({ waarde: e.node.id, tekst: e.node.naam }))}
        fout={fouten.organisatieId}
        onKies={wijzig('organisatieId')}
      />
      <Button type="submit" appearance="primary-action-button">
        Klus op het bord zetten
      </Button>
    </form>
  );
}

function Instellingen({ g, klaar }: { g: Gegevens; klaar: (m: string) => void }) {
  const [winkel, zetWinkel] = useState('');
  const [winkelOrg, zetWinkelOrg] = useState('');
  const [vanaf, zetVanaf] = useState('');
  const [centen, zetCenten] = useState('');
  const [jaar, zetJaar] = useState(String(new Date().getFullYear()));
  const [max, zetMax] = useState('');
  const [fout, zetFout] = useState<string | null>(null);

  const doe = async (e: FormEvent, actie: () => Promise<string>): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    try {
      klaar(await actie());
    } catch (err) {
      zetFout(foutmelding(err, 'Opslaan is niet gelukt.'));
    }
  };

  return (
    <section className="buurtwerk-blok" aria-labelledby="instellingen-kop">
      <Heading2 id="instellingen-kop">Winkels, wisselkoers en jaarplafond</Heading2>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <form
        noValidate
        aria-label="Winkel aanmelden"
        onSubmit={(e) =>
          void doe(e, async () => {
            const { heitjeWinkelRegistreren: w } = await vraag(WINKEL, {
              input: { naam: winkel.trim(), organisatieId: winkelOrg },
            });
            return `${w.naam} neemt nu heitjes aan.`;
          })
        }
      >
        <FormFieldTextbox
          name="winkel"
          label="Naam van de winkel"
          value={winkel}
          onChange={(e) => zetWinkel((e.target as HTMLInputElement).value)}
        />
        <Keuzeveld
          id="winkel-organisatie"
          naam="winkelOrganisatie"
          label="Organisatie van de winkel"
          beschrijving="Haar leden bevestigen betalingen aan de kassa."
          leeg="Kies een organisatie"
          waarde={winkelOrg}
          keuzes={g.organisaties.edges.map((e) => ({ waarde: e.node.id, tekst: e.node.naam }))}
          onKies={zetWinkelOrg}
        />
        <Button type="submit" appearance="secondary-action-button">
          Winkel aanmelden
        </Button>
      </form>
      <form
        noValidate
        aria-label="Wisselkoers vaststellen"
        onSubmit={(e) =>
          void doe(e, async () => {
            await vraag(KOERS, { input: { geldigVanaf: vanaf, centenPerHeitje: Number(centen) } });
            return `Vanaf ${vanaf} is een heitje ${euro(Number(centen))} waard.`;
          })
        }
      >
        <FormFieldTextbox
          name="geldigVanaf"
          type="date"
          label="Wisselkoers geldig vanaf"
          value={vanaf}
          onChange={(e) => zetVanaf((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          name="centenPerHeitje"
          label="Waarde van één heitje (eurocent)"
          inputMode="numeric"
          size={6}
          value={centen}
          onChange={(e) => zetCenten((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          Wisselkoers vaststellen
        </Button>
      </form>
      <form
        noValidate
        aria-label="Jaarplafond vaststellen"
        onSubmit={(e) =>
          void doe(e, async () => {
            await vraag(PLAFOND, { jaar: Number(jaar), maxHeitjes: Number(max) });
            return `In ${jaar} mag een bewoner hoogstens ${max} heitjes verdienen.`;
          })
        }
      >
        <FormFieldTextbox
          name="jaar"
          label="Jaar"
          inputMode="numeric"
          size={4}
          value={jaar}
          onChange={(e) => zetJaar((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          name="maxHeitjes"
          label="Hoogstens te verdienen per bewoner (heitjes)"
          description="Zo blijven de verdiensten binnen wat de regels voor uitkeringen toestaan."
          inputMode="numeric"
          size={6}
          value={max}
          onChange={(e) => zetMax((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          Jaarplafond vaststellen
        </Button>
      </form>
    </section>
  );
}

function Afrekening() {
  const [maand, zetMaand] = useState(new Date().toISOString().slice(0, 7));
  const [regels, zetRegels] = useState<Regel[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  const toon = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    try {
      zetRegels((await vraag(AFREKENING, { maand })).heitjeAfrekening);
    } catch (err) {
      zetRegels(null);
      zetFout(foutmelding(err, 'De afrekening kon niet worden gemaakt.'));
    }
  };

  return (
    <section className="buurtwerk-blok" aria-labelledby="afrekening-kop">
      <Heading2 id="afrekening-kop">Afrekening met winkels</Heading2>
      <form noValidate aria-label="Afrekening tonen" onSubmit={(e) => void toon(e)}>
        <FormFieldTextbox
          name="maand"
          type="month"
          label="Maand"
          value={maand}
          onChange={(e) => zetMaand((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          Afrekening tonen
        </Button>
      </form>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {regels && regels.length === 0 && <Paragraph>In deze maand is nergens met heitjes betaald.</Paragraph>}
      {regels && regels.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="afrekening-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="afrekening-bijschrift">Wat de gemeente per winkel betaalt over {maand}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Winkel</TableHeaderCell>
                <TableHeaderCell scope="col">Betalingen</TableHeaderCell>
                <TableHeaderCell scope="col">Heitjes</TableHeaderCell>
                <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {regels.map((r) => (
                <TableRow key={r.winkelId}>
                  <TableHeaderCell scope="row">{r.winkel}</TableHeaderCell>
                  <TableCell>{r.betalingen}</TableCell>
                  <TableCell>{r.heitjes}</TableCell>
                  <TableCell>{euro(r.bedrag)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** 't Heerlens Heitje: the job board, shops, exchange rate, yearly cap and the shops' monthly settlement. */
export function HeitjePagina({ ik }: { ik: Ik | null }) {
  usePaginatitel("'t Heerlens Heitje", APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const beleid = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(HEITJE));
    } catch (e) {
      zetFout(foutmelding(e, 'De klussen konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);
  const klaar = (m: string): void => {
    zetMelding(m);
    void laad();
  };

  return (
    <>
      <Heading1>'t Heerlens Heitje</Heading1>
      <Paragraph appearance="lead">
        Bewoners doen een klus in hun buurt, de begeleidende organisatie bevestigt het werk en de bewoner krijgt heitjes om bij
        winkels uit te geven. De gemeente rekent maandelijks in euro’s af met de winkels.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {!g && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {g && (
        <>
          <div className="buurtwerk-tabel" role="region" aria-labelledby="bord-bijschrift" tabIndex={0}>
            <Table>
              <TableCaption id="bord-bijschrift">Klussenbord</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Klus</TableHeaderCell>
                  <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                  <TableHeaderCell scope="col">Beloning</TableHeaderCell>
                  <TableHeaderCell scope="col">Plaatsen vrij</TableHeaderCell>
                  <TableHeaderCell scope="col">Budget over</TableHeaderCell>
                  <TableHeaderCell scope="col">Begeleiding</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {g.heitjeKlussen.map((k) => (
                  <TableRow key={k.id}>
                    <TableHeaderCell scope="row">{k.titel}</TableHeaderCell>
                    <TableCell>{k.buurtnaam}</TableCell>
                    <TableCell>{k.beloning}</TableCell>
                    <TableCell>
                      {k.plaatsenVrij} van {k.plaatsen}
                    </TableCell>
                    <TableCell>{k.budget}</TableCell>
                    <TableCell>{k.organisatienaam}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Klusformulier g={g} klaar={klaar} />
          {beleid && <Instellingen g={g} klaar={klaar} />}
          {beleid && <Afrekening />}
        </>
      )}
    </>
  );
}
