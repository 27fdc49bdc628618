import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { projectPad } from '@buurtwerk/core';
import type { BriefDocument } from './brief.document';

/** The font files, read once per process (a letter is made inside the decision's transaction). */
let letters: { gewoon: Buffer; vet: Buffer } | null = null;
function lettertypen(): { gewoon: Buffer; vet: Buffer } {
  letters ??= {
    gewoon: readFileSync(projectPad('libs', 'initiatives', 'assets', 'fonts', 'DejaVuSans.ttf')),
    vet: readFileSync(projectPad('libs', 'initiatives', 'assets', 'fonts', 'DejaVuSans-Bold.ttf')),
  };
  return letters;
}

/**
 * The letter as PDF/A-2a with pdfkit: every font embedded (DejaVu Sans, shipped in the repository
 * under a free licence: libs/initiatives/assets/fonts), the sRGB output intent and XMP metadata
 * that pdfkit writes for the `subset` option, and a tagged structure tree (Document, H1, H2, P, L/LI,
 * Table/TR/TH/TD) with the language set to Dutch, so screen readers read it in order. See README,
 * "Decision letters", for why pdfkit.
 */
export function briefPdf(doc: BriefDocument, gemaaktOp: Date): Promise<Buffer> {
  const { gewoon, vet } = lettertypen();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    // No standard (non-embedded) font is ever set up: PDF/A requires every font embedded.
    font: gewoon as unknown as string,
    info: {
      Title: doc.onderwerp,
      Author: 'Gemeente Heerlen',
      Subject: doc.onderwerp,
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

  const breedte = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const tekst = (tag: string, t: string, opties: { vet?: boolean; grootte?: number; na?: number } = {}) => {
    root.add(
      pdf.struct(tag, {}, () => {
        pdf
          .font(opties.vet ? 'vet' : 'gewoon')
          .fontSize(opties.grootte ?? 10.5)
          .text(t, { width: breedte, lineGap: 2 });
      }),
    );
    pdf.moveDown(opties.na ?? 0.6);
  };

  tekst('P', doc.afzender.join('\n'), { grootte: 9.5, na: 1.2 });
  tekst('P', doc.geadresseerde.join('\n'), { na: 1.2 });
  tekst('P', doc.kenmerken.map(([k, v]) => `${k}: ${v}`).join('\n'), { grootte: 9.5, na: 1.2 });
  tekst('H1', doc.onderwerp, { vet: true, grootte: 14 });
  tekst('P', doc.aanhef);
  for (const b of doc.blokken) {
    switch (b.soort) {
      case 'kop':
        pdf.moveDown(0.4);
        tekst('H2', b.tekst, { vet: true, grootte: 12, na: 0.4 });
        break;
      case 'alinea':
        tekst('P', b.tekst);
        break;
      case 'lijst': {
        const lijst = pdf.struct('L');
        root.add(lijst);
        for (const item of b.items) {
          const li = pdf.struct('LI');
          lijst.add(li);
          li.add(
            pdf.struct('Lbl', {}, () =>
              pdf
                .font('gewoon')
                .fontSize(10.5)
                .text('•', pdf.page.margins.left, pdf.y, { continued: false, width: 12, lineBreak: false }),
            ),
          );
          pdf.moveUp();
          li.add(
            pdf.struct('LBody', {}, () =>
              pdf
                .font('gewoon')
                .fontSize(10.5)
                .text(item, pdf.page.margins.left + 14, pdf.y, { width: breedte - 14, lineGap: 2 }),
            ),
          );
          li.end();
        }
        lijst.end();
        pdf.x = pdf.page.margins.left;
        pdf.moveDown(0.6);
        break;
      }
      case 'tabel': {
        const tabel = pdf.struct('Table');
        root.add(tabel);
        tabel.add(
          pdf.struct('Caption', {}, () =>
            pdf.font('vet').fontSize(10.5).text(b.bijschrift, pdf.page.margins.left, pdf.y, { width: breedte }),
          ),
        );
        const kolom = breedte / b.kop.length;
        const rij = (cellen: string[], tag: 'TH' | 'TD') => {
          const tr = pdf.struct('TR');
          tabel.add(tr);
          const y = pdf.y;
          let laagste = y;
          cellen.forEach((c, i) => {
            tr.add(
              pdf.struct(tag, {}, () => {
                pdf
                  .font(tag === 'TH' ? 'vet' : 'gewoon')
                  .fontSize(10)
                  .text(c, pdf.page.margins.left + i * kolom, y, { width: kolom - 6 });
              }),
            );
            laagste = Math.max(laagste, pdf.y);
          });
          tr.end();
          pdf.y = laagste + 4;
        };
        rij(b.kop, 'TH');
        for (const r of b.rijen) {
          rij(r, 'TD');
        }
        tabel.end();
        pdf.x = pdf.page.margins.left;
        pdf.moveDown(0.6);
        break;
      }
    }
  }
  pdf.moveDown(0.6);
  tekst('P', doc.ondertekening.join('\n'));
  root.end();
  pdf.end();
  return klaar;
}

export function sha256(inhoud: Buffer): string {
  return createHash('sha256').update(inhoud).digest('hex');
}
