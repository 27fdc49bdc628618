/**
 * Recipe: read the result of a citizen-budget round (burgerbegroting) with the explanation per
 * project, and, for a signed-in voter, what they paid from their share under Equal Shares
 * (`mijnBijdrage`). Only public HTTP: POST /graphql. See burgerbegroting-uitslag.md.
 *
 *   BUURTWERK_API=https://api.buurtwerk.heerlen.nl RONDE_ID=<id> [BUURTWERK_TOKEN=<resident token>] \
 *   npx ts-node docs/recepten/burgerbegroting-uitslag.ts
 */

export interface Uitslag {
  naam: string;
  /** Euro cents. */
  budget: number;
  regel: string;
  gesloten: boolean;
  /** Why there is no result (yet), in Dutch; null when there is one. */
  melding: string | null;
  /** Euro cents spent on the chosen projects. */
  totaleKosten: number | null;
  aantalStemmers: number;
  /** The chosen projects in the order they were chosen. */
  gekozen: Array<{ code: string; titel: string; kosten: number }>;
  /** Every project with why it was or was not chosen. */
  uitleg: Array<{
    code: string;
    titel: string;
    gekozen: boolean | null;
    stemmen: number | null;
    reden: string | null;
    tekst: string | null;
  }>;
  /** Only with a voter's token, after closing, for a round counted with Equal Shares. */
  mijnBijdrage: { budget: string; totaal: string; perProject: Array<{ titel: string; bedrag: string }> } | null;
}

const RONDE = `query($id: ID!) { node(id: $id) { ... on Begrotingsronde {
  naam budget regel gesloten uitslagMelding totaleKosten aantalStemmers
  uitslag { code titel kosten }
  projecten { code titel gekozen aantalStemmen uitlegReden uitleg }
  mijnBijdrage { budget totaal perProject { project { titel } bedrag } }
} } }`;

interface Antwoord {
  naam: string;
  budget: number;
  regel: string;
  gesloten: boolean;
  uitslagMelding: string | null;
  totaleKosten: number | null;
  aantalStemmers: number;
  uitslag: Array<{ code: string; titel: string; kosten: number }> | null;
  projecten: Array<{
    code: string;
    titel: string;
    gekozen: boolean | null;
    aantalStemmen: number | null;
    uitlegReden: string | null;
    uitleg: string | null;
  }>;
  mijnBijdrage: { budget: string; totaal: string; perProject: Array<{ project: { titel: string }; bedrag: string }> } | null;
}

export async function main(opties: { api: string; rondeId: string; token?: string }): Promise<Uitslag> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opties.token) {
    headers.authorization = `Bearer ${opties.token}`;
  }
  const res = await fetch(new URL('/graphql', opties.api), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: RONDE, variables: { id: opties.rondeId } }),
  });
  const body = (await res.json()) as {
    data?: { node: Antwoord | null };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) {
    throw new Error(`GraphQL ${body.errors[0].extensions?.code ?? res.status}: ${body.errors[0].message}`);
  }
  const r = body.data?.node;
  if (!r) {
    throw new Error(`Begrotingsronde ${opties.rondeId} niet gevonden.`);
  }
  return {
    naam: r.naam,
    budget: r.budget,
    regel: r.regel,
    gesloten: r.gesloten,
    melding: r.uitslagMelding,
    totaleKosten: r.totaleKosten,
    aantalStemmers: r.aantalStemmers,
    gekozen: r.uitslag ?? [],
    uitleg: r.projecten.map((p) => ({
      code: p.code,
      titel: p.titel,
      gekozen: p.gekozen,
      stemmen: p.aantalStemmen,
      reden: p.uitlegReden,
      tekst: p.uitleg,
    })),
    mijnBijdrage: r.mijnBijdrage && {
      budget: r.mijnBijdrage.budget,
      totaal: r.mijnBijdrage.totaal,
      perProject: r.mijnBijdrage.perProject.map((p) => ({ titel: p.project.titel, bedrag: p.bedrag })),
    },
  };
}

/** The result as plain text, as a buurt page or newsletter might show it. */
export function alsTekst(u: Uitslag): string {
  const euro = (centen: number): string => `€ ${(centen / 100).toFixed(2).replace('.', ',')}`;
  if (u.melding) {
    return `${u.naam}: ${u.melding}`;
  }
  const regels = [
    `${u.naam}: ${u.gekozen.length} projecten gekozen voor ${euro(u.totaleKosten ?? 0)} van ${euro(u.budget)} (${u.aantalStemmers} stemmers).`,
  ];
  for (const p of u.uitleg) {
    regels.push(`- ${p.titel}: ${p.tekst ?? ''}`);
  }
  if (u.mijnBijdrage) {
    regels.push(`Jouw deel was ${u.mijnBijdrage.budget}; je betaalde ${u.mijnBijdrage.totaal}:`);
    for (const p of u.mijnBijdrage.perProject) {
      regels.push(`- ${p.bedrag} aan ${p.titel}`);
    }
  }
  return regels.join('\n');
}

if (require.main === module) {
  const rondeId = process.env.RONDE_ID;
  if (!rondeId) {
    console.error('Zet RONDE_ID (de id van de begrotingsronde).');
    process.exit(2);
  }
  main({ api: process.env.BUURTWERK_API ?? 'http://localhost:3000', rondeId, token: process.env.BUURTWERK_TOKEN })
    .then((u) => console.log(alsTekst(u)))
    .catch((fout: unknown) => {
      console.error(fout);
      process.exit(1);
    });
}
