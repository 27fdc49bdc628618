import { Button, FormFieldTextarea, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiFout, vraag } from '@web-gedeeld/api';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { type Keuze, Keuzeveld, Statusmelding } from '../beheervelden';
import { graphql } from '../gql';
import type { BriefBlok, RegiepaneelBrieftekstbeheerQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const TEKSTEN = graphql(`
  query RegiepaneelBrieftekstbeheer {
    brieftekstBlokken {
      regelingCode
      briefsoort
      blok
      tekst
    }
    subsidieregelingen {
      id
      code
      naam
    }
  }
`);

const OPSLAAN = graphql(`
  mutation RegiepaneelBrieftekstOpslaan($input: BrieftekstInput!) {
    brieftekstOpslaan(input: $input) {
      regelingCode
      briefsoort
      blok
      tekst
    }
  }
`);

type Blok = RegiepaneelBrieftekstbeheerQuery['brieftekstBlokken'][number];

/** The kinds of letter, in the order a file meets them (the API's BRIEFTEKST_SOORTEN). */
const SOORTEN: readonly Keuze[] = [
  { waarde: 'ONTVANGSTBEVESTIGING', tekst: 'Ontvangstbevestiging van de aanvraag (Awb 4:3a)' },
  { waarde: 'AANVULLINGSVERZOEK', tekst: 'Verzoek om aanvulling (Awb 4:5)' },
  { waarde: 'VERDAGING', tekst: 'Verdaging van de beslistermijn (Awb 4:14)' },
  { waarde: 'TOEKENNING', tekst: 'Besluit: toekenning' },
  { waarde: 'GEDEELTELIJKE_TOEKENNING', tekst: 'Besluit: gedeeltelijke toekenning' },
  { waarde: 'AFWIJZING', tekst: 'Besluit: afwijzing' },
  { waarde: 'BUITEN_BEHANDELING', tekst: 'Besluit: buiten behandeling (Awb 4:5)' },
  { waarde: 'VASTSTELLING', tekst: 'Besluit: vaststelling' },
  { waarde: 'DWANGSOM', tekst: 'Besluit: dwangsom (Awb 4:18)' },
  { waarde: 'BEZWAAR_ONTVANGST', tekst: 'Ontvangstbevestiging van een bezwaar (Awb 6:14)' },
  { waarde: 'BESLISSING_OP_BEZWAAR', tekst: 'Beslissing op bezwaar (Awb 7:12)' },
];

/** Only a grant says what is expected and how to report (Awb 4:37); the other letters have an opening and a closing. */
const MET_VERPLICHTINGEN = ['TOEKENNING', 'GEDEELTELIJKE_TOEKENNING'];

const BLOKNAAM: Record<BriefBlok, string> = {
  INLEIDING: 'Inleiding',
  VERPLICHTINGEN: 'Verplichtingen (na de vaste tekst over de activiteiten)',
  VERANTWOORDING: 'Verantwoording (na de vaste tekst over de verantwoordingsdatum)',
  SLOT: 'Slot',
};

const INVULVELDEN = ['naam', 'referentie', 'titel', 'periode', 'verantwoordenUiterlijk'];

/** The same check as the API (brief.inhoud.ts, onbekendePlaatshouders), so the message appears before saving. */
function invulveldFout(tekst: string): string | null {
  const onbekend = [...tekst.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((p) => !INVULVELDEN.includes(p));
  if (onbekend.length === 0) {
    return null;
  }
  return `Dit invulveld bestaat niet: ${onbekend.map((p) => `“${p}”`).join(', ')}. Tussen accolades kunnen alleen “naam”, “referentie”, “titel”, “periode” en “verantwoordenUiterlijk”.`;
}

const veldnaam = (blok: BriefBlok): string => `blok-${blok}`;

/**
 * The municipality's own wording of letters, per regeling (or the default for every regeling):
 * an opening and a closing, and for a grant the obligations and reporting. The legally required
 * parts (the decision, amounts, reasons, objection or appeal notice, signature) are fixed in the
 * software and are not edited here. For policy staff and administrators (brieftekstOpslaan).
 */
export function BrievenPagina() {
  usePaginatitel('Teksten van brieven', APP_NAAM);
  const [blokken, zetBlokken] = useState<Blok[] | null>(null);
  const [regelingen, zetRegelingen] = useState<Keuze[]>([]);
  const [laadfout, zetLaadfout] = useState<string | null>(null);
  const [regeling, zetRegeling] = useState('');
  const [soort, zetSoort] = useState('TOEKENNING');
  const [teksten, zetTeksten] = useState<Partial<Record<BriefBlok, string>>>({});
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const d = await vraag(TEKSTEN);
      zetBlokken(d.brieftekstBlokken);
      const codes = new Map<string, string>();
      for (const r of d.subsidieregelingen) {
        codes.set(r.code, r.naam);
      }
      zetRegelingen(
        [...codes].sort((a, b) => a[1].localeCompare(b[1], 'nl')).map(([code, naam]) => ({ waarde: code, tekst: naam })),
      );
    } catch (e) {
      zetLaadfout(
        e instanceof ApiFout && e.code === 'FORBIDDEN'
          ? 'Alleen beleidsmedewerkers en beheerders kunnen de teksten van brieven lezen en wijzigen. Vraag een van hen als een tekst anders moet.'
          : foutmelding(e, 'De teksten van de brieven konden niet worden geladen.'),
      );
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const zichtbaar = useMemo(
    () =>
      MET_VERPLICHTINGEN.includes(soort)
        ? (['INLEIDING', 'VERPLICHTINGEN', 'VERANTWOORDING', 'SLOT'] as BriefBlok[])
        : (['INLEIDING', 'SLOT'] as BriefBlok[]),
    [soort],
  );
  const opgeslagen = useCallback(
    (code: string, blok: BriefBlok): string =>
      blokken?.find((b) => b.regelingCode === code && b.briefsoort === soort && b.blok === blok)?.tekst ?? '',
    [blokken, soort],
  );

  // A new choice of regeling or kind shows what is stored for it.
  useEffect(() => {
    const nieuw: Partial<Record<BriefBlok, string>> = {};
    for (const blok of zichtbaar) {
      nieuw[blok] = opgeslagen(regeling, blok);
    }
    zetTeksten(nieuw);
    zetFouten({});
    zetFout(null);
  }, [regeling, soort, zichtbaar, opgeslagen]);

  if (laadfout) {
    return (
      <>
        <Heading1>Teksten van brieven</Heading1>
        <Foutsamenvatting fouten={{}} algemeen={laadfout} />
      </>
    );
  }

  const labels = Object.fromEntries(zichtbaar.map((b) => [veldnaam(b), BLOKNAAM[b]]));

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetMelding(null);
    const f: Record<string, string> = {};
    for (const blok of zichtbaar) {
      const tekst = teksten[blok] ?? '';
      const ongeldig = invulveldFout(tekst);
      if (ongeldig) {
        f[veldnaam(blok)] = ongeldig;
      } else if (tekst.length > 4000) {
        f[veldnaam(blok)] = `${BLOKNAAM[blok].split(' (')[0]} is te lang: hoogstens 4000 tekens.`;
      }
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`main [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    const gewijzigd = zichtbaar.filter((b) => (teksten[b] ?? '').trim() !== opgeslagen(regeling, b).trim());
    if (gewijzigd.length === 0) {
      zetMelding('Er is niets veranderd.');
      return;
    }
    zetBezig(true);
    const serverfouten: Record<string, string> = {};
    let algemeen: string | null = null;
    for (const blok of gewijzigd) {
      try {
        await vraag(OPSLAAN, { input: { regelingCode: regeling, briefsoort: soort, blok, tekst: teksten[blok] ?? '' } });
      } catch (err) {
        const r = leesbareFout(err, {
          tekst: { naam: veldnaam(blok), label: BLOKNAAM[blok].split(' (')[0] },
          regelingCode: { naam: 'regeling', label: 'Regeling' },
        });
        Object.assign(serverfouten, r.perVeld);
        algemeen ??= r.algemeen;
      }
    }
    zetBezig(false);
    zetFouten(serverfouten);
    zetFout(algemeen);
    if (Object.keys(serverfouten).length > 0 || algemeen) {
      const eerste = Object.keys(serverfouten)[0];
      if (eerste) {
        document.querySelector<HTMLElement>(`main [name="${eerste}"]`)?.focus();
      }
      await laad();
      return;
    }
    const naam = regeling === '' ? 'alle regelingen' : (regelingen.find((r) => r.waarde === regeling)?.tekst ?? regeling);
    zetMelding(
      `De teksten voor “${SOORTEN.find((s) => s.waarde === soort)?.tekst ?? soort}” (${naam}) zijn opgeslagen. Ze staan in de volgende brief van die soort; verzonden brieven veranderen niet.`,
    );
    await laad();
  };

  return (
    <>
      <Heading1>Teksten van brieven</Heading1>
      <Paragraph>
        Elke brief heeft vaste onderdelen die de wet vraagt: het besluit, de bedragen, de motivering, hoe iemand bezwaar maakt of
        in beroep gaat, en de ondertekening. Die staan vast in Buurtwerk. Hier schrijf je de eigen woorden van de gemeente
        eromheen, per regeling of voor alle regelingen tegelijk. Schrijf in eenvoudig Nederlands (B1) en spreek de lezer aan met
        u.
      </Paragraph>
      <Paragraph className="buurtwerk-klein">
        Invulvelden tussen accolades worden in de brief ingevuld: {'{naam}'}, {'{referentie}'}, {'{titel}'}, {'{periode}'} en{' '}
        {'{verantwoordenUiterlijk}'}. Een lege regel begint een nieuwe alinea.
      </Paragraph>
      <Statusmelding melding={melding} />
      {blokken === null ? (
        <Paragraph role="status">Teksten laden …</Paragraph>
      ) : (
        <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="brieftekst-kop" className="buurtwerk-blok">
          <Heading2 id="brieftekst-kop">Tekst kiezen en bewerken</Heading2>
          <Foutsamenvatting fouten={fouten} algemeen={fout} labels={labels} id="brieftekst-fouten" />
          <Keuzeveld
            id="brieftekst-regeling"
            naam="regeling"
            label="Regeling"
            beschrijving="Een tekst voor één regeling gaat voor de tekst voor alle regelingen."
            fout={fouten.regeling}
            waarde={regeling}
            keuzes={[{ waarde: '', tekst: 'Alle regelingen (standaardtekst)' }, ...regelingen]}
            onKies={zetRegeling}
          />
          <Keuzeveld
            id="brieftekst-soort"
            naam="briefsoort"
            label="Soort brief"
            waarde={soort}
            keuzes={SOORTEN}
            onKies={zetSoort}
          />
          {zichtbaar.map((blok) => {
            const standaard = regeling !== '' ? opgeslagen('', blok) : '';
            return (
              <FormFieldTextarea
                key={`${regeling}-${soort}-${blok}`}
                id={veldnaam(blok)}
                name={veldnaam(blok)}
                label={BLOKNAAM[blok]}
                description={
                  regeling === ''
                    ? 'Leeg: dit deel staat niet in de brief.'
                    : standaard
                      ? `Leeg: de standaardtekst staat in de brief: “${standaard}”`
                      : 'Leeg: dit deel staat niet in de brief (er is ook geen standaardtekst).'
                }
                rows={4}
                value={teksten[blok] ?? ''}
                onChange={(e) => zetTeksten((t) => ({ ...t, [blok]: e.target.value }))}
                invalid={Boolean(fouten[veldnaam(blok)])}
                errorMessage={fouten[veldnaam(blok)]}
              />
            );
          })}
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            Teksten opslaan
          </Button>
        </form>
      )}
    </>
  );
}
