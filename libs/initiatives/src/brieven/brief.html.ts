import type { BriefDocument } from './brief.document';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The letter as a complete, accessible HTML page (WCAG 2.1 AA): language set, one h1, headings in
 * order, a real table with a caption and column headers, text that reflows, contrast of plain black
 * on white, no scripts. The Buurtportaal and the Regiepaneel show it as is.
 */
export function briefHtml(doc: BriefDocument): string {
  const blokken = doc.blokken
    .map((b) => {
      switch (b.soort) {
        case 'kop':
          return `<h2>${esc(b.tekst)}</h2>`;
        case 'alinea':
          return `<p>${esc(b.tekst)}</p>`;
        case 'lijst':
          return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
        case 'tabel':
          return (
            `<table><caption>${esc(b.bijschrift)}</caption><thead><tr>${b.kop.map((k) => `<th scope="col">${esc(k)}</th>`).join('')}</tr></thead>` +
            `<tbody>${b.rijen.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
          );
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.onderwerp)}</title>
<style>
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#000;background:#fff;margin:0}
main{max-width:42rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #444;padding:.25rem .5rem;text-align:left;vertical-align:top}
dl.kenmerken{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}dl.kenmerken dt{font-weight:bold}dl.kenmerken dd{margin:0}
address{font-style:normal;margin-bottom:1rem}
</style>
</head>
<body>
<main>
<article>
<address class="afzender">${doc.afzender.map(esc).join('<br>')}</address>
<address class="geadresseerde">${doc.geadresseerde.map(esc).join('<br>')}</address>
<dl class="kenmerken">${doc.kenmerken.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h1>${esc(doc.onderwerp)}</h1>
<p>${esc(doc.aanhef)}</p>
${blokken}
<p class="ondertekening">${doc.ondertekening.map(esc).join('<br>')}</p>
</article>
</main>
</body>
</html>
`;
}
