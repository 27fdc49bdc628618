import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { projectPad } from '@buurtwerk/core';
import type { JaarverslagModel } from './jaarverslag.model';
import { jaarverslagTabellen } from './jaarverslag.tabellen';

/** The font files of the decision letters (DejaVu Sans, free licence), read once per process. */
let letters: { gewoon: Buffer; vet: Buffer } | null = null;
function lettertypen(): { gewoon: Buffer; vet: Buffer } {
  letters ??= {
    gewoon: readFileSync(projectPad('libs', 'initiatives', 'assets', 'fonts', 'DejaVuSans.ttf')),
    vet: readFileSync(projectPad('libs', 'initiatives', 'assets', 'fonts', 'DejaVuSans-Bold.ttf')),
  };
  return letters;
}

/**
 * The year report as a tagged PDF/A-2a, the approach of the decision letters
 * (libs/initiatives/src/brieven/brief.pdf.ts): embedded fonts, Dutch language, a structure tree
 * (Document, H1, H2, P, Table/TR/TH/TD) so a screen reader reads the tables in order. The charts of
 * the web page are given here as their data tables.
 */
export function jaarverslagPdf(v: JaarverslagModel, gemaaktOp: Date): Promise<Buffer> {
  const { gewoon, vet } = lettertypen();
  const titel = `Jaarverslag buurtregie ${v.jaar}: ${v.gebied}`;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    font: gewoon as unknown as string,
    info: {
      Title: titel,
      Author: 'Gemeente Heerlen',
      Subject: titel,
      Creator: 'Buurtwerk',
      Producer: 'Buurtwerk (pdfkit)',
      CreationDate: gemaaktOp,
      ModDate: gemaaktOp,
    },
  });
  pdf.registerFont('gewoon', gewoon);
  pdf.registerFont('vet', vet);
  const delen: Buffer[] = [];
  pdf.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(delen)));
    pdf.on('error', reject);
  });
  const links = pdf.page.margins.left;
  const breedte = pdf.page.width - links - pdf.page.margins.right;
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const tekst = (tag: string, t: string, opties: { vet?: boolean; grootte?: number; na?: number } = {}) => {
    root.add(
      pdf.struct(tag, {}, () => {
        pdf
          .font(opties.vet ? 'vet' : 'gewoon')
          .fontSize(opties.grootte ?? 10.5)
          .text(t, links, pdf.y, { width: breedte, lineGap: 2 });
      }),
    );
    pdf.moveDown(opties.na ?? 0.6);
  };

  tekst('H1', titel, { vet: true, grootte: 16 });
  tekst(
    'P',
    `Schaal: ${v.schaal === 'STAD' ? 'de hele stad' : v.schaal === 'STADSDEEL' ? 'stadsdeel' : 'buurt'}. ` +
      `Berekend uit de registratie op ${gemaaktOp.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' })}; zonder persoonsgegevens.`,
    { grootte: 9.5, na: 1 },
  );
  for (const t of jaarverslagTabellen(v)) {
    if (pdf.y > pdf.page.height - 160) {
      pdf.addPage();
    }
    tekst('H2', t.titel, { vet: true, grootte: 12, na: 0.3 });
    if (t.rijen.length === 0) {
      tekst('P', 'Geen gegevens in dit jaar.');
      continue;
    }
    const tabel = pdf.struct('Table');
    root.add(tabel);
    const kolom = breedte / t.kop.length;
    const rij = (cellen: Array<string | number | null>, tag: 'TH' | 'TD') => {
      if (pdf.y > pdf.page.height - 90) {
        pdf.addPage();
      }
      const tr = pdf.struct('TR');
      tabel.add(tr);
      const y = pdf.y;
      let laagste = y;
      cellen.forEach((c, i) => {
        tr.add(
          pdf.struct(tag, {}, () => {
            pdf
              .font(tag === 'TH' ? 'vet' : 'gewoon')
              .fontSize(9.5)
              .text(c === null ? 'geen' : typeof c === 'number' ? c.toLocaleString('nl-NL') : c, links + i * kolom, y, {
                width: kolom - 6,
              });
          }),
        );
        laagste = Math.max(laagste, pdf.y);
      });
      tr.end();
      pdf.y = laagste + 3;
    };
    rij(t.kop, 'TH');
    for (const r of t.rijen) {
      rij(r, 'TD');
    }
    tabel.end();
    pdf.x = links;
    pdf.moveDown(0.8);
  }
  root.end();
  pdf.end();
  return klaar;
}
