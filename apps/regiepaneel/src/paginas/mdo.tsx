import {
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Foutmelding, Keuzeveld, Statusmelding } from '../beheervelden';
import { graphql } from '../gql';
import type { MdoActieStatus, RegiepaneelMdoAgendaQuery, RegiepaneelMdosQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const MDOS = graphql(`
  query RegiepaneelMdos {
    mdos {
      id
      titel
      datum
      status
      notulen
      deelnemers {
        naam
        afdeling
      }
      buurten {
        naam
      }
      acties {
        id
        besluit
        afdeling
        deadline
        status
        overTijd
        resultaat
        voortgang
        signaalId
      }
    }
    afdelingen {
      naam
    }
    buurten {
      id
      naam
    }
  }
`);

const AGENDA = graphql(`
  query RegiepaneelMdoAgenda($mdoId: ID!) {
    mdoAgenda(mdoId: $mdoId) {
      behoeften {
        id
        titel
        soort
        steun
        status
      }
      signalen {
        id
        referentie
        categorie
        afdeling
        reactieUiterlijk
      }
      plannen {
        id
        titel
        afdeling
        startdatum
      }
      opvolging {
        id
        besluit
        afdeling
        deadline
        overTijd
        voortgang
      }
    }
  }
`);

const PLANNEN = graphql(`
  mutation RegiepaneelMdoPlannen($input: MdoInput!) {
    mdoPlannen(input: $input) {
      id
    }
  }
`);

const NOTULEN = graphql(`
  mutation RegiepaneelMdoNotulen($id: ID!, $notulen: String!) {
    mdoNotulenVastleggen(id: $id, notulen: $notulen) {
      id
      status
    }
  }
`);

const ACTIE = graphql(`
  mutation RegiepaneelMdoActie($mdoId: ID!, $input: MdoActieInput!) {
    mdoActieToevoegen(mdoId: $mdoId, input: $input) {
      id
    }
  }
`);

const OPVOLGEN = graphql(`
  mutation RegiepaneelMdoOpvolgen($id: ID!, $mdoId: ID!, $voortgang: String!) {
    mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) {
      id
    }
  }
`);

const AFRONDEN = graphql(`
  mutation RegiepaneelMdoAfronden($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $terugkoppeling: String) {
    mdoActieAfronden(id: $id, status: $status, resultaat: $resultaat, signaalTerugkoppeling: $terugkoppeling) {
      id
    }
  }
`);

type Gegevens = RegiepaneelMdosQuery;
type Mdo = Gegevens['mdos'][number];
type Actie = Mdo['acties'][number];
type Agenda = RegiepaneelMdoAgendaQuery['mdoAgenda'];

const ACTIESTATUS: Record<MdoActieStatus, string> = { OPEN: 'Open', AFGEROND: 'Afgerond', VERVALLEN: 'Vervallen' };

/**
 * Multidisciplinary consultations (MDO): plan one about buurten with colleagues of departments,
 * read the agenda drawn from the record, record the minutes and the actions for the departments,
 * and follow them up in the next one. Internal: staff only.
 */
export function MdoPagina() {
  usePaginatitel('Multidisciplinair overleg', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [gekozen, zetGekozen] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);

  const laad = useCallback(async () => {
    zetG(await vraag(MDOS));
  }, []);
  useEffect(() => {
    laad().catch((e: unknown) => zetFout(foutmelding(e, 'De overleggen konden niet worden geladen.')));
  }, [laad]);
  const gewijzigd = (tekst: string) => {
    zetMelding(tekst);
    void laad();
  };
  const mdo = g?.mdos.find((m) => m.id === gekozen) ?? null;
  const openActies = g?.mdos.flatMap((m) => m.acties.filter((a) => a.status === 'OPEN').map((a) => ({ a, m }))) ?? [];
  return (
    <>
      <Heading1>Multidisciplinair overleg</Heading1>
      <Paragraph>
        Overleg met collega’s van afdelingen over een of meer buurten. De agenda komt uit de registratie: open behoeften, signalen
        over hun termijn, lopende plannen en open acties van eerdere overleggen. Besluiten worden acties voor de afdeling die
        verantwoordelijk is. De notulen zijn alleen voor medewerkers.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Statusmelding melding={melding} />
      {!g && !fout && <Paragraph role="status">Overleggen laden …</Paragraph>}
      {g && (
        <>
          <section aria-labelledby="mdo-lijst">
            <Heading2 id="mdo-lijst">Overleggen</Heading2>
            {g.mdos.length === 0 ? (
              <Paragraph>Er zijn nog geen overleggen over jouw buurten.</Paragraph>
            ) : (
              <div className="buurtwerk-tabel" role="region" aria-labelledby="mdo-tabel" tabIndex={0}>
                <Table>
                  <TableCaption id="mdo-tabel">Overleggen, nieuwste eerst</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Overleg</TableHeaderCell>
                      <TableHeaderCell scope="col">Datum</TableHeaderCell>
                      <TableHeaderCell scope="col">Buurten</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col">Acties</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {g.mdos.map((m) => (
                      <TableRow key={m.id}>
                        <TableHeaderCell scope="row">
                          <Button appearance="subtle-button" onClick={() => zetGekozen(m.id)} aria-pressed={m.id === gekozen}>
                            {m.titel}
                          </Button>
                        </TableHeaderCell>
                        <TableCell>{datum(m.datum)}</TableCell>
                        <TableCell>{m.buurten.map((b) => b.naam).join(', ')}</TableCell>
                        <TableCell>{m.status === 'GEHOUDEN' ? 'Gehouden' : 'Gepland'}</TableCell>
                        <TableCell>{m.acties.length}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          {mdo && <MdoDetail key={mdo.id} mdo={mdo} g={g} naWijziging={gewijzigd} />}
          <section aria-labelledby="mdo-acties">
            <Heading2 id="mdo-acties">Open acties voor de afdelingen</Heading2>
            {openActies.length === 0 ? (
              <Paragraph>Er staan geen acties open.</Paragraph>
            ) : (
              <div className="buurtwerk-tabel" role="region" aria-labelledby="mdo-acties-tabel" tabIndex={0}>
                <Table>
                  <TableCaption id="mdo-acties-tabel">Open acties, op deadline</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Actie</TableHeaderCell>
                      <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
                      <TableHeaderCell scope="col">Deadline</TableHeaderCell>
                      <TableHeaderCell scope="col">Overleg</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {[...openActies]
                      .sort((x, y) => x.a.deadline.localeCompare(y.a.deadline))
                      .map(({ a, m }) => (
                        <TableRow key={a.id}>
                          <TableHeaderCell scope="row">{a.besluit}</TableHeaderCell>
                          <TableCell>{a.afdeling}</TableCell>
                          <TableCell>
                            {datum(a.deadline)}
                            {a.overTijd ? ' (over tijd)' : ''}
                          </TableCell>
                          <TableCell>{m.titel}</TableCell>
                        </TableRow>
                      ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <Plannen g={g} naPlannen={gewijzigd} />
        </>
      )}
    </>
  );
}

function MdoDetail({ mdo, g, naWijziging }: { mdo: Mdo; g: Gegevens; naWijziging: (t: string) => void }) {
  const [agenda, zetAgenda] = useState<Agenda | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    vraag(AGENDA, { mdoId: mdo.id })
      .then((d) => zetAgenda(d.mdoAgenda))
      .catch((e: unknown) => zetFout(foutmelding(e, 'De agenda kon niet worden geladen.')));
  }, [mdo.id, mdo.acties.length]);
  return (
    <section aria-labelledby="mdo-detail" className="buurtwerk-kaart">
      <Heading2 id="mdo-detail">
        {mdo.titel}, {datum(mdo.datum)}
      </Heading2>
      <Paragraph>
        Over {mdo.buurten.map((b) => b.naam).join(', ')}. Deelnemers:{' '}
        {mdo.deelnemers.length === 0 ? 'nog niemand' : mdo.deelnemers.map((d) => `${d.naam} (${d.afdeling})`).join(', ')}.
      </Paragraph>
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <Heading3>Agenda</Heading3>
      {!agenda && !fout && <Paragraph role="status">Agenda laden …</Paragraph>}
      {agenda && (
        <>
          <Paragraph>Behoeften op de buurtagenda ({agenda.behoeften.length}):</Paragraph>
          <UnorderedList>
            {agenda.behoeften.map((b) => (
              <UnorderedListItem key={b.id}>
                {b.titel} ({b.steun} steun)
              </UnorderedListItem>
            ))}
            {agenda.behoeften.length === 0 && <UnorderedListItem>Geen open behoeften.</UnorderedListItem>}
          </UnorderedList>
          <Paragraph>Signalen over hun termijn ({agenda.signalen.length}):</Paragraph>
          <UnorderedList>
            {agenda.signalen.map((s) => (
              <UnorderedListItem key={s.id}>
                {s.referentie} {s.categorie}, bij {s.afdeling ?? 'geen afdeling'}, reactie uiterlijk {datum(s.reactieUiterlijk)}
              </UnorderedListItem>
            ))}
            {agenda.signalen.length === 0 && <UnorderedListItem>Geen signalen over tijd.</UnorderedListItem>}
          </UnorderedList>
          <Paragraph>Lopende plannen ({agenda.plannen.length}):</Paragraph>
          <UnorderedList>
            {agenda.plannen.map((p) => (
              <UnorderedListItem key={p.id}>
                {p.titel} ({p.afdeling}, start {datum(p.startdatum)})
              </UnorderedListItem>
            ))}
            {agenda.plannen.length === 0 && <UnorderedListItem>Geen lopende plannen.</UnorderedListItem>}
          </UnorderedList>
          <Heading3>Opvolging van eerdere overleggen</Heading3>
          {agenda.opvolging.length === 0 && <Paragraph>Geen open acties van eerdere overleggen.</Paragraph>}
          {agenda.opvolging.map((a) => (
            <Opvolgen key={a.id} actie={a} mdoId={mdo.id} naWijziging={naWijziging} />
          ))}
          <ActieToevoegen mdo={mdo} agenda={agenda} afdelingen={g.afdelingen.map((a) => a.naam)} naWijziging={naWijziging} />
        </>
      )}
      <Heading3>Besloten acties</Heading3>
      {mdo.acties.length === 0 && <Paragraph>Dit overleg heeft nog geen acties.</Paragraph>}
      {mdo.acties.map((a) => (
        <ActieKaart key={a.id} actie={a} naWijziging={naWijziging} />
      ))}
      <Notulen mdo={mdo} naWijziging={naWijziging} />
    </section>
  );
}

function Opvolgen({
  actie,
  mdoId,
  naWijziging,
}: {
  actie: Agenda['opvolging'][number];
  mdoId: string;
  naWijziging: (t: string) => void;
}) {
  const [voortgang, zetVoortgang] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const v = `opvolgen-${actie.id}`;
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!voortgang.trim()) {
      zetFouten({ [v]: 'Beschrijf de voortgang die de afdeling meldt.' });
      document.querySelector<HTMLElement>(`[name="${v}"]`)?.focus();
      return;
    }
    try {
      await vraag(OPVOLGEN, { id: actie.id, mdoId, voortgang: voortgang.trim() });
      naWijziging(`De voortgang van “${actie.besluit}” is vastgelegd.`);
    } catch (err) {
      const r = leesbareFout(err, { voortgang: { naam: v, label: 'Voortgang' } }, 'Vastleggen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Opvolgen: ${actie.besluit}`}>
      <Paragraph>
        <strong>{actie.besluit}</strong> ({actie.afdeling}, deadline {datum(actie.deadline)}
        {actie.overTijd ? ', over tijd' : ''}){actie.voortgang ? `. Laatste voortgang: ${actie.voortgang}` : ''}
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextbox
        name={v}
        label="Voortgang"
        value={voortgang}
        onChange={(e) => zetVoortgang((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten[v])}
        errorMessage={fouten[v]}
      />
      <Button type="submit" appearance="secondary-action-button">
        Voortgang vastleggen
      </Button>
    </form>
  );
}

function ActieToevoegen({
  mdo,
  agenda,
  afdelingen,
  naWijziging,
}: {
  mdo: Mdo;
  agenda: Agenda;
  afdelingen: string[];
  naWijziging: (t: string) => void;
}) {
  const leeg = { besluit: '', afdeling: '', deadline: '', signaalId: '', behoefteId: '' };
  const [w, zetW] = useState(leeg);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => zetW((x) => ({ ...x, [veld]: waarde }));
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!w.besluit.trim()) {
      f['actie-besluit'] = 'Beschrijf wat er besloten is.';
    }
    if (!w.afdeling) {
      f['actie-afdeling'] = 'Kies de afdeling die het uitvoert.';
    }
    if (!w.deadline) {
      f['actie-deadline'] = 'Vul de deadline in.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(ACTIE, {
        mdoId: mdo.id,
        input: {
          besluit: w.besluit.trim(),
          afdeling: w.afdeling,
          deadline: w.deadline,
          signaalId: w.signaalId || null,
          behoefteId: w.behoefteId || null,
        },
      });
      zetW(leeg);
      zetFout(null);
      naWijziging(`De actie voor ${w.afdeling} is vastgelegd.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          besluit: { naam: 'actie-besluit', label: 'Besluit' },
          afdeling: { naam: 'actie-afdeling', label: 'Afdeling' },
          deadline: { naam: 'actie-deadline', label: 'Deadline' },
          signaalId: { naam: 'actie-signaal', label: 'Signaal' },
          behoefteId: { naam: 'actie-behoefte', label: 'Behoefte' },
        },
        'De actie vastleggen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="actie-kop">
      <Heading3 id="actie-kop">Besluit als actie vastleggen</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextarea
        name="actie-besluit"
        label="Besluit"
        rows={2}
        value={w.besluit}
        onChange={(e) => zet('besluit')((e.target as HTMLTextAreaElement).value)}
        invalid={Boolean(fouten['actie-besluit'])}
        errorMessage={fouten['actie-besluit']}
      />
      <Keuzeveld
        id="actie-afdeling"
        naam="actie-afdeling"
        label="Afdeling"
        leeg="Kies"
        waarde={w.afdeling}
        fout={fouten['actie-afdeling']}
        keuzes={afdelingen.map((a) => ({ waarde: a, tekst: a }))}
        onKies={zet('afdeling')}
      />
      <FormFieldTextbox
        name="actie-deadline"
        label="Deadline"
        type="date"
        min={mdo.datum}
        value={w.deadline}
        onChange={(e) => zet('deadline')((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten['actie-deadline'])}
        errorMessage={fouten['actie-deadline']}
      />
      <Keuzeveld
        id="actie-signaal"
        naam="actie-signaal"
        label="Over signaal (niet verplicht)"
        beschrijving="Het signaal gaat dan meteen naar de gekozen afdeling."
        leeg="Geen signaal"
        waarde={w.signaalId}
        fout={fouten['actie-signaal']}
        keuzes={agenda.signalen.map((s) => ({ waarde: s.id, tekst: `${s.referentie} ${s.categorie}` }))}
        onKies={zet('signaalId')}
      />
      <Keuzeveld
        id="actie-behoefte"
        naam="actie-behoefte"
        label="Over behoefte (niet verplicht)"
        beschrijving="Een open behoefte wordt dan opgepakt."
        leeg="Geen behoefte"
        waarde={w.behoefteId}
        fout={fouten['actie-behoefte']}
        keuzes={agenda.behoeften.map((b) => ({ waarde: b.id, tekst: b.titel }))}
        onKies={zet('behoefteId')}
      />
      <Button type="submit" appearance="primary-action-button">
        Actie vastleggen
      </Button>
    </form>
  );
}

function ActieKaart({ actie: a, naWijziging }: { actie: Actie; naWijziging: (t: string) => void }) {
  const [status, zetStatus] = useState<'' | 'AFGEROND' | 'VERVALLEN'>('');
  const [resultaat, zetResultaat] = useState('');
  const [terugkoppeling, zetTerugkoppeling] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const v = `actie-${a.id}`;
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!status) {
      f[`${v}-status`] = 'Kies afgerond of vervallen.';
    }
    if (!resultaat.trim()) {
      f[`${v}-resultaat`] = 'Beschrijf wat er gedaan is, of waarom het vervalt.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0 || !status) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(AFRONDEN, {
        id: a.id,
        status,
        resultaat: resultaat.trim(),
        terugkoppeling: terugkoppeling.trim() || null,
      });
      naWijziging(`“${a.besluit}” is ${status === 'AFGEROND' ? 'afgerond' : 'vervallen'}.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          resultaat: { naam: `${v}-resultaat`, label: 'Resultaat' },
          signaalTerugkoppeling: { naam: `${v}-terugkoppeling`, label: 'Terugkoppeling' },
        },
        'Afronden is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <div className="buurtwerk-kaart">
      <Paragraph>
        <strong>{a.besluit}</strong>: {a.afdeling}, deadline {datum(a.deadline)}, {ACTIESTATUS[a.status].toLowerCase()}
        {a.overTijd ? ' (over tijd)' : ''}
        {a.voortgang ? `. Voortgang: ${a.voortgang}` : ''}
        {a.resultaat ? `. Resultaat: ${a.resultaat}` : ''}
      </Paragraph>
      {a.status === 'OPEN' && (
        <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Actie afronden: ${a.besluit}`}>
          <Foutsamenvatting fouten={fouten} algemeen={fout} />
          <Keuzeveld
            id={`${v}-status`}
            naam={`${v}-status`}
            label="Uitkomst"
            leeg="Kies"
            waarde={status}
            fout={fouten[`${v}-status`]}
            keuzes={[
              { waarde: 'AFGEROND', tekst: 'Afgerond' },
              { waarde: 'VERVALLEN', tekst: 'Vervallen' },
            ]}
            onKies={(x) => zetStatus(x as '' | 'AFGEROND' | 'VERVALLEN')}
          />
          <FormFieldTextbox
            name={`${v}-resultaat`}
            label="Resultaat"
            value={resultaat}
            onChange={(e) => zetResultaat((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten[`${v}-resultaat`])}
            errorMessage={fouten[`${v}-resultaat`]}
          />
          {a.signaalId && (
            <FormFieldTextarea
              name={`${v}-terugkoppeling`}
              label="Terugkoppeling aan de melder (niet verplicht)"
              description="Vul je dit in, dan wordt het signaal afgehandeld en krijgt de melder dit bericht."
              rows={2}
              value={terugkoppeling}
              onChange={(e) => zetTerugkoppeling((e.target as HTMLTextAreaElement).value)}
              invalid={Boolean(fouten[`${v}-terugkoppeling`])}
              errorMessage={fouten[`${v}-terugkoppeling`]}
            />
          )}
          <Button type="submit" appearance="secondary-action-button">
            Actie afronden
          </Button>
        </form>
      )}
    </div>
  );
}

function Notulen({ mdo, naWijziging }: { mdo: Mdo; naWijziging: (t: string) => void }) {
  const [tekst, zetTekst] = useState(mdo.notulen ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!tekst.trim()) {
      zetFouten({ 'mdo-notulen': 'Schrijf de notulen.' });
      document.querySelector<HTMLElement>('[name="mdo-notulen"]')?.focus();
      return;
    }
    try {
      await vraag(NOTULEN, { id: mdo.id, notulen: tekst.trim() });
      zetFouten({});
      zetFout(null);
      naWijziging('De notulen zijn vastgelegd.');
    } catch (err) {
      const r = leesbareFout(err, { notulen: { naam: 'mdo-notulen', label: 'Notulen' } }, 'Vastleggen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="notulen-kop">
      <Heading3 id="notulen-kop">Notulen</Heading3>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <FormFieldTextarea
        name="mdo-notulen"
        label="Notulen (alleen voor medewerkers)"
        rows={5}
        value={tekst}
        onChange={(e) => zetTekst((e.target as HTMLTextAreaElement).value)}
        invalid={Boolean(fouten['mdo-notulen'])}
        errorMessage={fouten['mdo-notulen']}
      />
      <Button type="submit" appearance="secondary-action-button">
        Notulen vastleggen
      </Button>
    </form>
  );
}

function Plannen({ g, naPlannen }: { g: Gegevens; naPlannen: (t: string) => void }) {
  const [titel, zetTitel] = useState('');
  const [dag, zetDag] = useState(vandaag());
  const [buurtId, zetBuurtId] = useState('');
  const [deelnemers, zetDeelnemers] = useState([{ naam: '', afdeling: '' }]);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!titel.trim()) {
      f['plan-titel'] = 'Vul een titel in.';
    }
    if (!dag) {
      f['plan-datum'] = 'Vul de datum in.';
    }
    if (!buurtId) {
      f['plan-buurt'] = 'Kies de buurt waar het overleg over gaat.';
    }
    deelnemers.forEach((d, i) => {
      if (d.naam.trim() && !d.afdeling) {
        f[`plan-afdeling-${i}`] = 'Kies de afdeling van deze deelnemer.';
      }
    });
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(PLANNEN, {
        input: {
          titel: titel.trim(),
          datum: dag,
          buurtIds: [buurtId],
          deelnemers: deelnemers.filter((d) => d.naam.trim()).map((d) => ({ naam: d.naam.trim(), afdeling: d.afdeling })),
        },
      });
      zetTitel('');
      zetDeelnemers([{ naam: '', afdeling: '' }]);
      zetFout(null);
      naPlannen(`Het overleg “${titel.trim()}” is gepland.`);
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          titel: { naam: 'plan-titel', label: 'Titel' },
          datum: { naam: 'plan-datum', label: 'Datum' },
          buurtIds: { naam: 'plan-buurt', label: 'Buurt' },
        },
        'Plannen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <section aria-labelledby="plan-kop">
      <Heading2 id="plan-kop">Overleg plannen</Heading2>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Overleg plannen">
        <FormFieldTextbox
          name="plan-titel"
          label="Titel"
          value={titel}
          onChange={(e) => zetTitel((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten['plan-titel'])}
          errorMessage={fouten['plan-titel']}
        />
        <FormFieldTextbox
          name="plan-datum"
          label="Datum"
          type="date"
          value={dag}
          onChange={(e) => zetDag((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten['plan-datum'])}
          errorMessage={fouten['plan-datum']}
        />
        <Keuzeveld
          id="plan-buurt"
          naam="plan-buurt"
          label="Buurt"
          leeg="Kies een buurt"
          waarde={buurtId}
          fout={fouten['plan-buurt']}
          keuzes={g.buurten.map((b) => ({ waarde: b.id, tekst: b.naam }))}
          onKies={zetBuurtId}
        />
        {deelnemers.map((d, i) => (
          <fieldset key={i} className="buurtwerk-kaart">
            <legend>Deelnemer {i + 1}</legend>
            <FormFieldTextbox
              name={`plan-naam-${i}`}
              label="Naam"
              value={d.naam}
              onChange={(e) => {
                const naam = (e.target as HTMLInputElement).value;
                zetDeelnemers((x) => x.map((y, j) => (j === i ? { ...y, naam } : y)));
              }}
            />
            <Keuzeveld
              id={`plan-afdeling-${i}`}
              naam={`plan-afdeling-${i}`}
              label="Afdeling"
              leeg="Kies"
              waarde={d.afdeling}
              fout={fouten[`plan-afdeling-${i}`]}
              keuzes={g.afdelingen.map((a) => ({ waarde: a.naam, tekst: a.naam }))}
              onKies={(afdeling) => zetDeelnemers((x) => x.map((y, j) => (j === i ? { ...y, afdeling } : y)))}
            />
          </fieldset>
        ))}
        <Button appearance="subtle-button" onClick={() => zetDeelnemers((x) => [...x, { naam: '', afdeling: '' }])}>
          Nog een deelnemer
        </Button>
        <Button type="submit" appearance="primary-action-button">
          Overleg plannen
        </Button>
      </form>
    </section>
  );
}
