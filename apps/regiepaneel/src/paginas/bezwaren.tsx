import {
  Alert,
  Button,
  FormField,
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
import { Brievenlijst } from '@web-gedeeld/brieven';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { centenUitInvoer, euro } from '@web-gedeeld/geld';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { DetailNogNiet } from '../detailstatus';
import { apiFouten } from '../formulier';
import { graphql } from '../gql';
import type {
  BezwaarBeslissing,
  BezwaarStatus,
  HoorzittingAfzienGrond,
  RegiepaneelBezwaarQuery,
  RegiepaneelBezwarenQuery,
  TermijnStatus,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BEZWAREN = graphql(`
  query RegiepaneelBezwaren($status: [BezwaarStatus!]) {
    bezwaren(first: 100, status: $status) {
      totalCount
      edges {
        node {
          id
          referentie
          status
          hoedanigheid
          indiener
          tijdig
          beslissenUiterlijk
          termijnStatus
          initiatief {
            referentie
            titel
          }
        }
      }
    }
  }
`);

const BEZWAAR = graphql(`
  query RegiepaneelBezwaar($id: ID!) {
    node(id: $id) {
      __typename
      ... on Bezwaar {
        id
        referentie
        status
        hoedanigheid
        indiener
        adres
        belang
        gronden
        ingediendOp
        besluitBekendgemaaktOp
        bezwaartermijnEinde
        tijdig
        termijnoverschrijdingVerschoonbaar
        termijnoverschrijdingMotivering
        behandeldDoor
        hoorzittingOp
        hoorzittingPlaats
        hoorzittingAfgezienGrond
        hoorzittingAfgezienMotivering
        adviescommissie
        beslissenUiterlijk
        termijnStatus
        verdagingWeken
        verdagingMotivering
        beslissing
        beslissingMotivering
        beslistOp
        beslistDoor
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
        besluit {
          soort
          genomenOp
          genomenDoor
          motivering
        }
        initiatief {
          id
          referentie
          titel
          aanvragen {
            id
            gevraagdBedrag
            toegekendBedrag
            instrument {
              naam
            }
          }
        }
      }
    }
  }
`);

const IN_BEHANDELING = graphql(`
  mutation RegiepaneelBezwaarInBehandeling($id: ID!) {
    bezwaarInBehandelingNemen(id: $id) {
      id
    }
  }
`);
const TERMIJN = graphql(`
  mutation RegiepaneelBezwaarTermijn($id: ID!, $verschoonbaar: Boolean!, $motivering: String!) {
    bezwaarTermijnoverschrijdingBeoordelen(id: $id, verschoonbaar: $verschoonbaar, motivering: $motivering) {
      id
    }
  }
`);
const PLANNEN = graphql(`
  mutation RegiepaneelHoorzittingPlannen($id: ID!, $op: DateTime!, $plaats: String!) {
    hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) {
      id
    }
  }
`);
const AFZIEN = graphql(`
  mutation RegiepaneelHoorzittingAfzien($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {
    hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) {
      id
    }
  }
`);
const COMMISSIE = graphql(`
  mutation RegiepaneelBezwaarAdviescommissie($id: ID!, $inschakelen: Boolean!) {
    bezwaarAdviescommissie(id: $id, inschakelen: $inschakelen) {
      id
    }
  }
`);
const VERDAGEN = graphql(`
  mutation RegiepaneelBezwaarVerdagen($id: ID!, $weken: Int!, $motivering: String!) {
    bezwaarBeslissingVerdagen(id: $id, weken: $weken, motivering: $motivering) {
      id
    }
  }
`);
const BESLISSEN = graphql(`
  mutation RegiepaneelBezwaarBeslissen($input: BezwaarBeslissingInput!) {
    bezwaarBeslissen(input: $input) {
      id
    }
  }
`);

type Bezwaar = Extract<NonNullable<RegiepaneelBezwaarQuery['node']>, { __typename: 'Bezwaar' }>;
type Regel = RegiepaneelBezwarenQuery['bezwaren']['edges'][number]['node'];

const STATUS: Record<BezwaarStatus, string> = {
  ONTVANGEN: 'Ontvangen',
  IN_BEHANDELING: 'In behandeling',
  HOORZITTING_GEPLAND: 'Hoorzitting gepland',
  BESLOTEN: 'Besloten',
  INGETROKKEN: 'Ingetrokken',
};
const TERMIJNSTATUS: Record<TermijnStatus, string> = {
  OP_TIJD: 'Op tijd',
  BIJNA_VERLOPEN: 'Bijna verlopen',
  VERLOPEN: 'Verlopen',
  // The shared enum has these for initiatives; an objection's term is never suspended or in default.
  OPGESCHORT: 'Opgeschort',
  IN_GEBREKE: 'In gebreke',
};
const BESLISSING: Record<BezwaarBeslissing, string> = {
  GEGROND: 'Gegrond',
  ONGEGROND: 'Ongegrond',
  NIET_ONTVANKELIJK: 'Niet-ontvankelijk',
};
/** Awb 7:3 sub a–e, in the staff member's words. */
const AFZIEN_GRONDEN: Record<HoorzittingAfzienGrond, string> = {
  KENNELIJK_NIET_ONTVANKELIJK: 'Kennelijk niet-ontvankelijk (7:3 onder a)',
  KENNELIJK_ONGEGROND: 'Kennelijk ongegrond (7:3 onder b)',
  AFSTAND_VAN_HOREN: 'Indiener wil niet gehoord worden (7:3 onder c)',
  NIET_TIJDIG_VERZOCHT: 'Niet op tijd gevraagd om gehoord te worden (7:3 onder d)',
  VOLLEDIG_TEGEMOETGEKOMEN: 'Volledig tegemoetgekomen (7:3 onder e)',
};

function Termijnlabel({ s }: { s: TermijnStatus | null | undefined }) {
  if (!s) {
    return null;
  }
  const klasse = s === 'OP_TIJD' ? '' : ' buurtwerk-label--geannuleerd';
  return <span className={`buurtwerk-label${klasse}`}>{TERMIJNSTATUS[s]}</span>;
}

/** The work queue of objections (Awb 7:10): the earliest decision deadline first. */
export function BezwarenPagina() {
  usePaginatitel('Bezwaren', APP_NAAM);
  const [ookAfgerond, zetOokAfgerond] = useState(false);
  const [lijst, zetLijst] = useState<Regel[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    zetLijst(null);
    vraag(BEZWAREN, {
      status: ookAfgerond ? ['ONTVANGEN', 'IN_BEHANDELING', 'HOORZITTING_GEPLAND', 'BESLOTEN', 'INGETROKKEN'] : null,
    })
      .then((d) => actueel && zetLijst(d.bezwaren.edges.map((e) => e.node)))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De bezwaren konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [ookAfgerond]);
  return (
    <>
      <Heading1>Bezwaren</Heading1>
      <Paragraph>
        Bezwaren tegen besluiten op initiatieven. De vroegste beslisdatum staat bovenaan: binnen zes weken na afloop van de
        bezwaartermijn, twaalf met een adviescommissie (Algemene wet bestuursrecht, artikel 7:10).
      </Paragraph>
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={() => zetOokAfgerond((x) => !x)}>
          {ookAfgerond ? 'Alleen open bezwaren tonen' : 'Ook besloten en ingetrokken bezwaren tonen'}
        </Button>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null ? 'Bezwaren laden …' : `${lijst.length} ${lijst.length === 1 ? 'bezwaar' : 'bezwaren'}.`}
      </p>
      {lijst && lijst.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="bezwaren-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="bezwaren-bijschrift">Bezwaren, de vroegste beslisdatum eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Bezwaar</TableHeaderCell>
                <TableHeaderCell scope="col">Initiatief</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Beslissen uiterlijk</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((b) => (
                <TableRow key={b.id}>
                  <TableHeaderCell scope="row">
                    <AppLink naar={`/bezwaren/${b.id}`}>{b.referentie}</AppLink>{' '}
                    <span className="buurtwerk-klein">
                      {b.indiener} ({b.hoedanigheid === 'AANVRAGER' ? 'aanvrager' : 'belanghebbende'})
                    </span>
                    {!b.tijdig && (
                      <>
                        {' '}
                        <span className="buurtwerk-label buurtwerk-label--geannuleerd">Te laat ingediend</span>
                      </>
                    )}
                  </TableHeaderCell>
                  <TableCell>{b.initiatief ? `${b.initiatief.referentie}: ${b.initiatief.titel}` : '–'}</TableCell>
                  <TableCell>{STATUS[b.status]}</TableCell>
                  <TableCell>
                    {datum(b.beslissenUiterlijk)} <Termijnlabel s={b.termijnStatus} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

/** A small form for one act on the objection: its own heading, fields, error and button. */
function Actie({
  id,
  titel,
  uitleg,
  knop,
  actie,
  children,
}: {
  id: string;
  titel: string;
  uitleg?: string;
  knop: string;
  actie: () => Promise<void>;
  children?: ReactNode;
}) {
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    try {
      await actie();
    } catch (err) {
      zetFout(apiFouten(err, [], `${knop} is niet gelukt.`).algemeen);
    }
  };
  return (
    <form id={id} noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${id}-kop`} className="buurtwerk-blok">
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      {uitleg && <Paragraph className="buurtwerk-klein">{uitleg}</Paragraph>}
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {children}
      <Button type="submit" appearance="primary-action-button">
        {knop}
      </Button>
    </form>
  );
}

function Keuze<T extends string>({
  id,
  label,
  waarde,
  opties,
  zet,
}: {
  id: string;
  label: string;
  waarde: T;
  opties: Record<T, string>;
  zet: (w: T) => void;
}) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} name={id} value={waarde} onChange={(e) => zet(e.target.value as T)}>
        {(Object.keys(opties) as T[]).map((k) => (
          <SelectOption key={k} value={k}>
            {opties[k]}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function Behandelen({ b, gelukt }: { b: Bezwaar; gelukt: (tekst: string) => void }) {
  const [lateMotivering, zetLateMotivering] = useState('');
  const [verschoonbaar, zetVerschoonbaar] = useState<'ja' | 'nee'>('nee');
  const [op, zetOp] = useState('');
  const [plaats, zetPlaats] = useState('');
  const [grond, zetGrond] = useState<HoorzittingAfzienGrond>('AFSTAND_VAN_HOREN');
  const [afzienMotivering, zetAfzienMotivering] = useState('');
  const [weken, zetWeken] = useState<'1' | '2' | '3' | '4' | '5' | '6'>('6');
  const [verdaagMotivering, zetVerdaagMotivering] = useState('');
  const [beslissing, zetBeslissing] = useState<BezwaarBeslissing>('ONGEGROND');
  const [motivering, zetMotivering] = useState('');
  const [nieuw, zetNieuw] = useState<'GEEN' | 'TOEGEKEND' | 'AFGEWEZEN'>('GEEN');
  const [bedragen, zetBedragen] = useState<Record<string, string>>({});
  const geld = b.initiatief?.aanvragen.filter((a) => a.gevraagdBedrag != null) ?? [];
  return (
    <>
      {b.status === 'ONTVANGEN' && (
        <Actie
          id="bezwaar-in-behandeling"
          titel="In behandeling nemen"
          knop="In behandeling nemen"
          actie={async () => {
            await vraag(IN_BEHANDELING, { id: b.id });
            gelukt('Je hebt het bezwaar in behandeling genomen.');
          }}
        />
      )}
      {!b.tijdig && (
        <Actie
          id="bezwaar-termijn"
          titel="Te laat ingediend: verschoonbaar?"
          uitleg="Kan de indiener redelijkerwijs niet verweten worden dat het bezwaar te laat kwam? Dan behandel je het inhoudelijk (Awb 6:11)."
          knop="Oordeel vastleggen"
          actie={async () => {
            await vraag(TERMIJN, { id: b.id, verschoonbaar: verschoonbaar === 'ja', motivering: lateMotivering });
            gelukt('Je oordeel over de termijnoverschrijding is vastgelegd.');
          }}
        >
          <Keuze
            id="bezwaar-verschoonbaar"
            label="Verschoonbaar"
            waarde={verschoonbaar}
            opties={{ ja: 'Ja, verschoonbaar', nee: 'Nee, niet verschoonbaar' }}
            zet={zetVerschoonbaar}
          />
          <FormFieldTextarea
            name="motivering"
            label="Motivering"
            rows={3}
            value={lateMotivering}
            onChange={(e) => zetLateMotivering(e.target.value)}
          />
        </Actie>
      )}
      <Actie
        id="bezwaar-hoorzitting"
        titel={b.hoorzittingOp ? 'Hoorzitting verplaatsen' : 'Hoorzitting plannen'}
        uitleg="De indiener krijgt een uitnodiging per e-mail (Awb 7:2)."
        knop="Hoorzitting plannen"
        actie={async () => {
          await vraag(PLANNEN, { id: b.id, op: new Date(op).toISOString(), plaats });
          gelukt('De hoorzitting is gepland en de indiener is uitgenodigd.');
        }}
      >
        <FormFieldTextbox
          name="op"
          type="datetime-local"
          label="Datum en tijd"
          value={op}
          onChange={(e) => zetOp((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          name="plaats"
          label="Plaats"
          value={plaats}
          onChange={(e) => zetPlaats((e.target as HTMLInputElement).value)}
        />
      </Actie>
      <Actie
        id="bezwaar-afzien"
        titel="Afzien van horen"
        uitleg="Alleen op een van de gronden van artikel 7:3 Awb, met een motivering."
        knop="Afzien van horen"
        actie={async () => {
          await vraag(AFZIEN, { id: b.id, grond, motivering: afzienMotivering });
          gelukt('Vastgelegd dat van horen wordt afgezien.');
        }}
      >
        <Keuze id="bezwaar-afzien-grond" label="Grond" waarde={grond} opties={AFZIEN_GRONDEN} zet={zetGrond} />
        <FormFieldTextarea
          name="motivering"
          label="Motivering"
          rows={3}
          value={afzienMotivering}
          onChange={(e) => zetAfzienMotivering(e.target.value)}
        />
      </Actie>
      <Actie
        id="bezwaar-commissie"
        titel="Adviescommissie"
        uitleg={
          b.adviescommissie
            ? 'Een adviescommissie hoort en adviseert; de beslistermijn is twaalf weken (Awb 7:13, 7:10).'
            : 'Zonder adviescommissie is de beslistermijn zes weken (Awb 7:10).'
        }
        knop={b.adviescommissie ? 'Geen adviescommissie' : 'Adviescommissie inschakelen'}
        actie={async () => {
          await vraag(COMMISSIE, { id: b.id, inschakelen: !b.adviescommissie });
          gelukt('De beslistermijn is aangepast.');
        }}
      />
      {b.verdagingWeken === 0 && (
        <Actie
          id="bezwaar-verdagen"
          titel="Beslissing verdagen"
          uitleg="Eén keer, hoogstens zes weken; de indiener krijgt bericht (Awb 7:10, derde lid)."
          knop="Verdagen"
          actie={async () => {
            await vraag(VERDAGEN, { id: b.id, weken: Number(weken), motivering: verdaagMotivering });
            gelukt('De beslissing is verdaagd en de indiener heeft bericht gekregen.');
          }}
        >
          <Keuze
            id="bezwaar-weken"
            label="Aantal weken"
            waarde={weken}
            opties={{ '1': '1 week', '2': '2 weken', '3': '3 weken', '4': '4 weken', '5': '5 weken', '6': '6 weken' }}
            zet={zetWeken}
          />
          <FormFieldTextarea
            name="motivering"
            label="Reden voor de indiener"
            rows={3}
            value={verdaagMotivering}
            onChange={(e) => zetVerdaagMotivering(e.target.value)}
          />
        </Actie>
      )}
      <Actie
        id="bezwaar-beslissen"
        titel="Beslissen op het bezwaar"
        uitleg="De indiener krijgt de brief met de beslissing en de mogelijkheid van beroep bij de rechtbank Limburg. Wie het besluit nam, beslist niet op het bezwaar (Awb 7:5)."
        knop="Beslissing nemen"
        actie={async () => {
          const regels = nieuw === 'TOEGEKEND' ? geld.filter((a) => (bedragen[a.id] ?? '').trim() !== '') : [];
          const omgezet = regels.map((a) => ({ a, r: centenUitInvoer(bedragen[a.id]) }));
          const fout = omgezet.find((x) => x.r.soort !== 'bedrag');
          if (fout) {
            throw new Error(`Het bedrag bij ${fout.a.instrument.naam} is geen geldig bedrag.`);
          }
          await vraag(BESLISSEN, {
            input: {
              bezwaarId: b.id,
              beslissing,
              motivering,
              nieuweUitkomst: beslissing === 'GEGROND' && nieuw !== 'GEEN' ? nieuw : null,
              bedragen: omgezet.map((x) => ({ aanvraagId: x.a.id, bedrag: x.r.soort === 'bedrag' ? x.r.centen : 0 })),
            },
          });
          gelukt('Op het bezwaar is beslist. De brief is verstuurd.');
        }}
      >
        <Keuze id="bezwaar-beslissing" label="Beslissing" waarde={beslissing} opties={BESLISSING} zet={zetBeslissing} />
        {beslissing === 'GEGROND' && (
          <Keuze
            id="bezwaar-nieuw"
            label="Nieuw besluit in plaats van het herroepen besluit (Awb 7:11)"
            waarde={nieuw}
            opties={{ GEEN: 'Geen nieuw besluit op de aanvraag', TOEGEKEND: 'Toekennen', AFGEWEZEN: 'Afwijzen' }}
            zet={zetNieuw}
          />
        )}
        {beslissing === 'GEGROND' &&
          nieuw === 'TOEGEKEND' &&
          geld.map((a) => (
            <FormFieldTextbox
              key={a.id}
              name={`bedrag-${a.id}`}
              label={`Nieuw bedrag ${a.instrument.naam} (gevraagd ${euro(a.gevraagdBedrag ?? 0)}, nu ${euro(a.toegekendBedrag ?? 0)})`}
              value={bedragen[a.id] ?? ''}
              onChange={(e) => {
                const w = (e.target as HTMLInputElement).value;
                zetBedragen((x) => ({ ...x, [a.id]: w }));
              }}
            />
          ))}
        <FormFieldTextarea
          name="motivering"
          label="Motivering (komt in de brief)"
          rows={5}
          value={motivering}
          onChange={(e) => zetMotivering(e.target.value)}
        />
      </Actie>
    </>
  );
}

/** One objection: what was objected and why, its terms, and the hearing and the decision. */
export function BezwaarPagina({ id }: { id: string }) {
  const [b, zetB] = useState<Bezwaar | null>(null);
  const [geladen, zetGeladen] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  usePaginatitel(b ? `Bezwaar ${b.referentie}` : 'Bezwaar', APP_NAAM);
  const laad = useCallback(async (): Promise<void> => {
    try {
      const d = await vraag(BEZWAAR, { id });
      zetB(d.node?.__typename === 'Bezwaar' ? d.node : null);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'Het bezwaar kon niet worden geladen.'));
    } finally {
      zetGeladen(true);
    }
  }, [id]);
  useEffect(() => {
    void laad();
  }, [laad]);
  const gelukt = (tekst: string): void => {
    zetMelding(tekst);
    void laad().then(() => meldingRef.current?.focus());
  };
  if (!geladen || !b) {
    return (
      <DetailNogNiet
        geladen={geladen}
        soort="Bezwaar"
        fout={fout}
        terug={{ naar: '/bezwaren', tekst: 'Terug naar de bezwaren' }}
      />
    );
  }
  const open = b.status !== 'BESLOTEN' && b.status !== 'INGETROKKEN';
  return (
    <>
      <Paragraph>
        <AppLink naar="/bezwaren">Bezwaren</AppLink>
      </Paragraph>
      <Heading1>Bezwaar {b.referentie}</Heading1>
      <div role="status" ref={meldingRef} tabIndex={-1}>
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
        <dt>Status</dt>
        <dd>{STATUS[b.status]}</dd>
        <dt>Initiatief</dt>
        <dd>
          {b.initiatief ? (
            <AppLink naar={`/initiatief/${b.initiatief.id}`}>
              {b.initiatief.referentie}: {b.initiatief.titel}
            </AppLink>
          ) : (
            '–'
          )}
        </dd>
        <dt>Besluit waartegen</dt>
        <dd>
          {b.besluit
            ? `${b.besluit.soort.toLowerCase().replace(/_/g, ' ')}, ${datumTijd(b.besluit.genomenOp)}, ${b.besluit.genomenDoor}`
            : '–'}
        </dd>
        <dt>Indiener</dt>
        <dd>
          {b.indiener} ({b.hoedanigheid === 'AANVRAGER' ? 'aanvrager' : 'belanghebbende'}), {b.adres}
        </dd>
        <dt>Ontvangen</dt>
        <dd>{datumTijd(b.ingediendOp)}</dd>
        <dt>Bezwaartermijn tot en met</dt>
        <dd>
          {datum(b.bezwaartermijnEinde)}
          {b.besluitBekendgemaaktOp ? ` (bekendgemaakt ${datum(b.besluitBekendgemaaktOp)})` : ' (besluit nog niet bekendgemaakt)'}
          {!b.tijdig && (
            <>
              {' '}
              <span className="buurtwerk-label buurtwerk-label--geannuleerd">Te laat ingediend</span>
            </>
          )}
        </dd>
        {!b.tijdig && (
          <>
            <dt>Termijnoverschrijding</dt>
            <dd>
              {b.termijnoverschrijdingVerschoonbaar === null
                ? 'Nog niet beoordeeld'
                : `${b.termijnoverschrijdingVerschoonbaar ? 'Verschoonbaar' : 'Niet verschoonbaar'}: ${b.termijnoverschrijdingMotivering ?? ''}`}
            </dd>
          </>
        )}
        <dt>Beslissen uiterlijk</dt>
        <dd>
          {datum(b.beslissenUiterlijk)} <Termijnlabel s={b.termijnStatus} />
          {b.adviescommissie ? ' (met adviescommissie)' : ''}
          {b.verdagingWeken > 0 ? ` (${b.verdagingWeken} weken verdaagd: ${b.verdagingMotivering ?? ''})` : ''}
        </dd>
        <dt>Horen</dt>
        <dd>
          {b.hoorzittingOp
            ? `${datumTijd(b.hoorzittingOp)}, ${b.hoorzittingPlaats ?? ''}`
            : b.hoorzittingAfgezienGrond
              ? `Afgezien: ${AFZIEN_GRONDEN[b.hoorzittingAfgezienGrond]}. ${b.hoorzittingAfgezienMotivering ?? ''}`
              : 'Nog niet gepland'}
        </dd>
        {b.behandeldDoor && (
          <>
            <dt>In behandeling bij</dt>
            <dd>{b.behandeldDoor}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="gronden-kop">
        <Heading2 id="gronden-kop">Gronden van het bezwaar</Heading2>
        <Paragraph>{b.gronden}</Paragraph>
        {b.belang && <Paragraph>Belang van de indiener: {b.belang}</Paragraph>}
      </section>
      {b.beslissing && (
        <section aria-labelledby="beslissing-kop">
          <Heading2 id="beslissing-kop">
            Beslissing: {BESLISSING[b.beslissing].toLowerCase()} ({b.beslistOp ? datumTijd(b.beslistOp) : ''}, {b.beslistDoor})
          </Heading2>
          <Paragraph>{b.beslissingMotivering}</Paragraph>
          <Paragraph>
            {b.beroepMogelijkTot
              ? `Beroep bij de rechtbank Limburg mogelijk tot en met ${datum(b.beroepMogelijkTot)} (zes weken vanaf de dag na verzending van de brief).`
              : 'De beroepstermijn begint zodra de brief is verzonden (Awb 6:8).'}
          </Paragraph>
        </section>
      )}
      <section aria-labelledby="bezwaarbrieven-kop">
        <Heading2 id="bezwaarbrieven-kop">Brieven aan de indiener</Heading2>
        <Brievenlijst brieven={b.brieven} />
      </section>
      {open && <Behandelen b={b} gelukt={gelukt} />}
    </>
  );
}
