import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
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
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BehoefteBron, BehoefteSoort, BehoefteStatus, RegiepaneelBuurtagendaQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BUURTKEUZE = graphql(`
  query RegiepaneelAgendaBuurten {
    buurten {
      id
      code
      naam
      wijk {
        naam
      }
    }
  }
`);

const AGENDA = graphql(`
  query RegiepaneelBuurtagenda($buurtId: ID!) {
    buurtagenda(buurtId: $buurtId) {
      id
      soort
      thema
      titel
      omschrijving
      bron
      status
      onderbouwing
      statusToelichting
      steun
      aangemaaktOp
      organisatie {
        naam
      }
      koppelingen {
        soort
        objectId
      }
    }
  }
`);

const TOEVOEGEN = graphql(`
  mutation RegiepaneelBehoefteToevoegen($input: BehoefteInput!) {
    behoefteToevoegen(input: $input) {
      id
    }
  }
`);

const STATUS = graphql(`
  mutation RegiepaneelBehoefteStatus($id: ID!, $status: BehoefteStatus!, $toelichting: String) {
    behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) {
      id
      status
    }
  }
`);

const KOPPELEN = graphql(`
  mutation RegiepaneelBehoefteKoppelen($behoefteId: ID!, $objectId: ID!) {
    behoefteKoppelen(behoefteId: $behoefteId, objectId: $objectId) {
      id
    }
  }
`);

type Behoefte = RegiepaneelBuurtagendaQuery['buurtagenda'][number];

const SOORT: Record<BehoefteSoort, string> = { WENS: 'Wens', BEHOEFTE: 'Behoefte', KNELPUNT: 'Knelpunt' };
const BRON: Record<BehoefteBron, string> = {
  BUURTREGISSEUR: 'Buurtregisseur',
  BEWONER: 'Bewoner',
  PARTNER: 'Partner',
  ENQUETE: 'Enquête',
  SIGNAAL: 'Signaal',
};
const STATUS_NAAM: Record<BehoefteStatus, string> = {
  INGEDIEND: 'Ingediend, nog bekijken',
  OPEN: 'Open',
  OPGEPAKT: 'Opgepakt',
  BEANTWOORD: 'Beantwoord',
  VERVALLEN: 'Vervallen',
  AFGEWEZEN: 'Afgewezen',
};
/** The same steps as the API's rules (libs/buurtregie, behoefte.rules.ts); the API checks them again. */
const VOLGENDE: Record<BehoefteStatus, BehoefteStatus[]> = {
  INGEDIEND: ['OPEN', 'AFGEWEZEN'],
  OPEN: ['OPGEPAKT', 'BEANTWOORD', 'VERVALLEN'],
  OPGEPAKT: ['OPEN', 'BEANTWOORD', 'VERVALLEN'],
  BEANTWOORD: ['OPEN'],
  VERVALLEN: ['OPEN'],
  AFGEWEZEN: [],
};
const KOPPELING: Record<string, string> = {
  INITIATIEF: 'initiatief',
  SIGNAAL: 'signaal',
  PLAN: 'plan',
  ACTIVITEIT: 'activiteit',
};

/** The buurtagenda of one buurt: curate what residents and partners brought in, add from surveys and signals, link what answers it. */
export function BuurtagendaPagina() {
  usePaginatitel('Buurtagenda', APP_NAAM);
  const [buurten, zetBuurten] = useState<Array<{ id: string; code: string; naam: string; wijk: { naam: string } }>>([]);
  const [buurtId, zetBuurtId] = useState('');
  const [lijst, zetLijst] = useState<Behoefte[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    vraag(BUURTKEUZE)
      .then((d) => {
        if (!actueel) {
          return;
        }
        zetBuurten(d.buurten);
        const code = new URLSearchParams(window.location.search).get('buurt')?.toUpperCase();
        const gekozen = code ? d.buurten.find((b) => b.code === code) : undefined;
        if (gekozen) {
          zetBuurtId(gekozen.id);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De buurten konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);

  const laad = useCallback(async (id: string) => {
    zetLijst(null);
    const d = await vraag(AGENDA, { buurtId: id });
    zetLijst(d.buurtagenda);
  }, []);

  useEffect(() => {
    if (buurtId) {
      laad(buurtId).catch((e: unknown) => zetFout(foutmelding(e, 'De buurtagenda kon niet worden geladen.')));
    }
  }, [buurtId, laad]);

  const gewijzigd = (tekst: string) => {
    zetMelding(tekst);
    zetFout(null);
    void laad(buurtId);
  };
  const buurt = buurten.find((b) => b.id === buurtId);
  const nieuw = lijst?.filter((b) => b.status === 'INGEDIEND').length ?? 0;
  return (
    <>
      <Heading1>Buurtagenda</Heading1>
      <Paragraph>
        Wensen, behoeften en knelpunten per buurt. Wat bewoners en partners inbrengen, komt pas op de openbare agenda als je het
        bekeken hebt: haal er namen en adressen uit en zet het op open, of wijs het af met een toelichting.
      </Paragraph>
      <form aria-label="Buurt kiezen" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="agenda-buurt">Buurt</FormLabel>
          <Select id="agenda-buurt" name="buurt" value={buurtId} onChange={(e) => zetBuurtId(e.target.value)}>
            <SelectOption value="">Kies een buurt</SelectOption>
            {buurten.map((b) => (
              <SelectOption key={b.id} value={b.id}>
                {b.naam} ({b.wijk.naam})
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div role="status">{melding && <Paragraph>{melding}</Paragraph>}</div>
      {buurtId && lijst === null && <Paragraph>Buurtagenda laden …</Paragraph>}
      {buurt && lijst && (
        <>
          <Paragraph className="buurtwerk-klein">
            {lijst.length} {lijst.length === 1 ? 'punt' : 'punten'} op de agenda van {buurt.naam}, waarvan {nieuw} nog te
            bekijken.
          </Paragraph>
          {lijst.length > 0 && (
            <div className="buurtwerk-tabel" role="region" aria-labelledby="agenda-bijschrift" tabIndex={0}>
              <Table>
                <TableCaption id="agenda-bijschrift">Buurtagenda van {buurt.naam}, nieuwste eerst</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Titel</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">Thema</TableHeaderCell>
                    <TableHeaderCell scope="col">Bron</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Steun</TableHeaderCell>
                    <TableHeaderCell scope="col">Gekoppeld</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lijst.map((b) => (
                    <TableRow key={b.id}>
                      <TableHeaderCell scope="row">
                        <a href={`#behoefte-${b.id}`}>{b.titel}</a>
                      </TableHeaderCell>
                      <TableCell>{SOORT[b.soort]}</TableCell>
                      <TableCell>{b.thema}</TableCell>
                      <TableCell>
                        {BRON[b.bron]}
                        {b.organisatie ? ` (${b.organisatie.naam})` : ''}
                      </TableCell>
                      <TableCell>{STATUS_NAAM[b.status]}</TableCell>
                      <TableCell>{b.steun}</TableCell>
                      <TableCell>{b.koppelingen.length}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {lijst.map((b) => (
            <BehoefteBehandelen key={b.id} behoefte={b} naWijziging={gewijzigd} />
          ))}
          <Toevoegen buurtId={buurt.id} buurtNaam={buurt.naam} naToevoegen={gewijzigd} />
        </>
      )}
    </>
  );
}

function BehoefteBehandelen({ behoefte: b, naWijziging }: { behoefte: Behoefte; naWijziging: (tekst: string) => void }) {
  const [status, zetStatus] = useState<BehoefteStatus | ''>('');
  const [toelichting, zetToelichting] = useState('');
  const [objectId, zetObjectId] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const v = `behoefte-${b.id}`;

  const wijzigStatus = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!status) {
      zetFouten({ [`${v}-status`]: 'Kies de nieuwe status.' });
      return;
    }
    try {
      await vraag(STATUS, { id: b.id, status, toelichting: toelichting.trim() || null });
      zetFouten({});
      zetFout(null);
      naWijziging(`“${b.titel}” is nu ${STATUS_NAAM[status].toLowerCase()}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        { toelichting: { naam: `${v}-toelichting`, label: 'Toelichting' } },
        'Status wijzigen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  const koppel = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!objectId.trim()) {
      zetFouten({ [`${v}-object`]: 'Vul het id in van een initiatief, signaal, plan of activiteit.' });
      return;
    }
    try {
      await vraag(KOPPELEN, { behoefteId: b.id, objectId: objectId.trim() });
      zetFouten({});
      zetFout(null);
      zetObjectId('');
      naWijziging(`Gekoppeld aan “${b.titel}”.`);
    } catch (err) {
      const r = leesbareFout(err, { objectId: { naam: `${v}-object`, label: 'Id' } }, 'Koppelen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <section aria-labelledby={`${v}-kop`} id={v} className="buurtwerk-kaart">
      <Heading2 id={`${v}-kop`}>{b.titel}</Heading2>
      <Paragraph className="buurtwerk-klein">
        {SOORT[b.soort]} · thema {b.thema} · {BRON[b.bron]} · {STATUS_NAAM[b.status]} · ingebracht op{' '}
        {datum(vandaag(new Date(b.aangemaaktOp)))} · {b.steun} {b.steun === 1 ? 'steunbetuiging' : 'steunbetuigingen'}
      </Paragraph>
      <Paragraph>{b.omschrijving}</Paragraph>
      {b.onderbouwing && <Paragraph>Onderbouwing: {b.onderbouwing}</Paragraph>}
      {b.statusToelichting && <Paragraph>Toelichting bij de status: {b.statusToelichting}</Paragraph>}
      {b.koppelingen.length > 0 && (
        <Paragraph>Gekoppeld: {b.koppelingen.map((k) => `${KOPPELING[k.soort]} ${k.objectId}`).join(', ')}</Paragraph>
      )}
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      {VOLGENDE[b.status].length > 0 && (
        <form noValidate onSubmit={(e) => void wijzigStatus(e)} aria-label={`Status van “${b.titel}” wijzigen`}>
          <Heading3>Status wijzigen</Heading3>
          <FormField invalid={Boolean(fouten[`${v}-status`])}>
            <FormLabel htmlFor={`${v}-status`}>Nieuwe status</FormLabel>
            {fouten[`${v}-status`] && (
              <FormFieldErrorMessage id={`${v}-status-fout`}>{fouten[`${v}-status`]}</FormFieldErrorMessage>
            )}
            <Select
              id={`${v}-status`}
              name={`${v}-status`}
              value={status}
              invalid={Boolean(fouten[`${v}-status`])}
              aria-describedby={fouten[`${v}-status`] ? `${v}-status-fout` : undefined}
              onChange={(e) => zetStatus(e.target.value as BehoefteStatus | '')}
            >
              <SelectOption value="">Kies</SelectOption>
              {VOLGENDE[b.status].map((s) => (
                <SelectOption key={s} value={s}>
                  {STATUS_NAAM[s]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormFieldTextarea
            name={`${v}-toelichting`}
            label="Toelichting"
            description="Verplicht bij beantwoorden, laten vervallen of afwijzen; de indiener en de buurt lezen hem."
            rows={2}
            value={toelichting}
            onChange={(e) => zetToelichting(e.target.value)}
            invalid={Boolean(fouten[`${v}-toelichting`])}
            errorMessage={fouten[`${v}-toelichting`]}
          />
          <Button type="submit" appearance="secondary-action-button">
            Status wijzigen
          </Button>
        </form>
      )}
      <form noValidate onSubmit={(e) => void koppel(e)} aria-label={`Iets koppelen aan “${b.titel}”`}>
        <FormFieldTextbox
          name={`${v}-object`}
          label="Koppelen aan initiatief, signaal, plan of activiteit"
          description="Het id uit de adresbalk van het dossier of signaal"
          value={objectId}
          onChange={(e) => zetObjectId((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten[`${v}-object`])}
          errorMessage={fouten[`${v}-object`]}
        />
        <Button type="submit" appearance="secondary-action-button">
          Koppelen
        </Button>
      </form>
    </section>
  );
}

function Toevoegen({
  buurtId,
  buurtNaam,
  naToevoegen,
}: {
  buurtId: string;
  buurtNaam: string;
  naToevoegen: (t: string) => void;
}) {
  const leeg = { soort: '', thema: '', titel: '', omschrijving: '', bron: 'BUURTREGISSEUR', onderbouwing: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  // The Utrecht form fields type their change event on the wrapper; the target is the input itself.
  const zet = (veld: keyof typeof leeg) => (e: { target: EventTarget }) =>
    zetW((x) => ({ ...x, [veld]: (e.target as HTMLInputElement).value }));

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!w.soort) {
      f['nieuw-soort'] = 'Kies wens, behoefte of knelpunt.';
    }
    if (!w.thema.trim()) {
      f['nieuw-thema'] = 'Vul een thema in.';
    }
    if (!w.titel.trim()) {
      f['nieuw-titel'] = 'Vul een titel in.';
    }
    if (!w.omschrijving.trim()) {
      f['nieuw-omschrijving'] = 'Beschrijf wat de buurt nodig heeft.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(TOEVOEGEN, {
        input: {
          buurtId,
          soort: w.soort as BehoefteSoort,
          thema: w.thema.trim(),
          titel: w.titel.trim(),
          omschrijving: w.omschrijving.trim(),
          bron: w.bron as BehoefteBron,
          onderbouwing: w.onderbouwing.trim() || null,
        },
      });
      zetW(leeg);
      zetFout(null);
      naToevoegen(`“${w.titel.trim()}” staat op de agenda van ${buurtNaam}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          thema: { naam: 'nieuw-thema', label: 'Thema' },
          titel: { naam: 'nieuw-titel', label: 'Titel' },
          omschrijving: { naam: 'nieuw-omschrijving', label: 'Omschrijving' },
          onderbouwing: { naam: 'nieuw-onderbouwing', label: 'Onderbouwing' },
        },
        'Toevoegen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <section aria-labelledby="nieuw-kop">
      <Heading2 id="nieuw-kop">Toevoegen aan de agenda van {buurtNaam}</Heading2>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Behoefte toevoegen">
        <FormField invalid={Boolean(fouten['nieuw-soort'])}>
          <FormLabel htmlFor="nieuw-soort">Soort</FormLabel>
          {fouten['nieuw-soort'] && <FormFieldErrorMessage id="nieuw-soort-fout">{fouten['nieuw-soort']}</FormFieldErrorMessage>}
          <Select
            id="nieuw-soort"
            name="nieuw-soort"
            value={w.soort}
            invalid={Boolean(fouten['nieuw-soort'])}
            aria-describedby={fouten['nieuw-soort'] ? 'nieuw-soort-fout' : undefined}
            onChange={zet('soort')}
          >
            <SelectOption value="">Kies</SelectOption>
            <SelectOption value="WENS">Wens</SelectOption>
            <SelectOption value="BEHOEFTE">Behoefte</SelectOption>
            <SelectOption value="KNELPUNT">Knelpunt</SelectOption>
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="nieuw-bron">Bron</FormLabel>
          <Select id="nieuw-bron" name="nieuw-bron" value={w.bron} onChange={zet('bron')}>
            <SelectOption value="BUURTREGISSEUR">Eigen waarneming (buurtregisseur)</SelectOption>
            <SelectOption value="ENQUETE">Enquête</SelectOption>
            <SelectOption value="SIGNAAL">Signalen uit de buurt</SelectOption>
          </Select>
        </FormField>
        <FormFieldTextbox
          name="nieuw-thema"
          label="Thema"
          value={w.thema}
          onChange={zet('thema')}
          invalid={Boolean(fouten['nieuw-thema'])}
          errorMessage={fouten['nieuw-thema']}
        />
        <FormFieldTextbox
          name="nieuw-titel"
          label="Titel"
          value={w.titel}
          onChange={zet('titel')}
          invalid={Boolean(fouten['nieuw-titel'])}
          errorMessage={fouten['nieuw-titel']}
        />
        <FormFieldTextarea
          name="nieuw-omschrijving"
          label="Omschrijving"
          rows={3}
          value={w.omschrijving}
          onChange={zet('omschrijving')}
          invalid={Boolean(fouten['nieuw-omschrijving'])}
          errorMessage={fouten['nieuw-omschrijving']}
        />
        <FormFieldTextarea
          name="nieuw-onderbouwing"
          label="Onderbouwing (niet verplicht)"
          description="Bijvoorbeeld de uitkomst van een enquête of het aantal signalen"
          rows={2}
          value={w.onderbouwing}
          onChange={zet('onderbouwing')}
        />
        <Button type="submit" appearance="primary-action-button">
          Toevoegen
        </Button>
      </form>
    </section>
  );
}
