/** Machine output saved as .txt (data exports, error pages, browser checks) is rejected; short real briefs are not. */
import { describe, expect, it } from 'vitest';
import { machineOutputReason } from '../../src/ingest/machine.ts';

const L = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));

describe('machineOutputReason', () => {
  it.each([
    ['{"ok": false, "message": "rate limited"}', /JSON/],
    ['[\n  {"id": 1},\n  {"id": 2}\n]', /JSON/],
    ['nom;ville;date\nDupont;Lyon;2019-01-02\nMartin;Nantes;2019-01-03', /data table/],
    ['col_a\tcol_b\tcol_c\n1\t2\t3', /data table/],
    ['502 Bad Gateway\nopenresty', /HTTP error/],
    ['HTTP/1.1 404 Not Found', /HTTP error/],
    ['Checking your browser before accessing the site\nPlease enable cookies', /browser or the site/],
    ['Vérification de votre navigateur\nVeuillez activer JavaScript pour continuer', /browser or the site/],
    // v17's junk (a calendar export, a robots file, a login form, an empty feed), then other files of each class
    ['BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Assemblée générale\nDTSTART:20190115T140000\nEND:VEVENT\nEND:VCALENDAR', /field: value/],
    ['User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: /sitemap_index.xml', /field: value/],
    ['BEGIN:VCARD\nVERSION:3.0\nFN:Jeanne Morel\nTEL;TYPE=work:0102030405\nEND:VCARD', /field: value/],
    ['[Desktop Entry]\nName=Kiosque\nType=Application', null],
    ['Content-Type: text/plain\nContent-Length: 0\nX-Cache: MISS', /field: value/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Fil</title></channel></rss>', /markup only/],
    ['<!DOCTYPE html>\n<html><head></head><body></body></html>', /markup only/],
    ['Connexion\nIdentifiant\nMot de passe\nSe souvenir de moi\nMot de passe oublié ?', /interface labels/],
    ['Sign in\nEmail address\nPassword\nKeep me signed in\nForgot your password?', /interface labels|browser or the site/],
    // v18's junk, then other wordings: a maintenance page, a data export's header alone
    ['Site en maintenance\nNous revenons très vite. Merci de votre patience.', /browser or the site/],
    ['This site is under maintenance\nWe will be back shortly. Thank you for your patience.', /browser or the site/],
    ['date;titre;auteur;url', /empty data table/],
    ['id,title,author,published_at', /empty data table/],
  ])('rejects %j', (text, reason) => {
    if (reason === null) expect(machineOutputReason(L(text))).toBeNull();
    else expect(machineOutputReason(L(text))).toMatch(reason);
  });

  it.each([
    'Avec le temps',
    'Le maire candidat à sa succession',
    "Grève SNCF : trafic perturbé samedi 11 et dimanche 12 janvier\nLe trafic restera perturbé ce week-end, selon la direction.",
    'Résultats ; classement ; réactions : la soirée électorale en direct à Lyon, où la participation atteint 62 % et les listes se disputent chaque voix',
    '2019 : une année de records pour les ventes de vélos électriques',
    // Lines with a colon that are prose or a header; a brief in short lines with a sentence.
    'Source: AFP\nParis: le maire annonce un nouveau plan pour les écoles\nMise à jour: 12 h 30',
    'Lieu : Paris\nDate : 12 mars\nPrix : 10 euros\nLe concert de la chorale aura lieu dans l’église.',
    'Grève SNCF\nTrafic perturbé\nLundi et mardi\nLa direction conseille de reporter les voyages.',
    'Bordeaux, Lyon, Nantes',
  ])('keeps %j', (text) => {
    expect(machineOutputReason(L(text))).toBeNull();
  });
});

describe('check pages of two sentences and empty values (v19)', () => {
  const page = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  it('rejects a browser check or an error of two sentences addressed to the reader, in either language', () => {
    expect(machineOutputReason(page('Vérification de votre navigateur avant d’accéder au site.', 'Cette opération est automatique. Patientez cinq secondes.'))).toMatch(/browser or the site/);
    expect(machineOutputReason(page('Checking your browser before you access the site.', 'This process is automatic. Please allow up to five seconds.'))).toMatch(/browser or the site/);
    expect(machineOutputReason(page('Votre accès à ce site a été temporairement limité.', 'Merci de réessayer dans quelques minutes ou de contacter le support.'))).toMatch(/browser or the site/);
  });
  it('rejects a program’s empty value as the whole file', () => {
    for (const v of ['null', 'undefined', 'None', '[]', '{}', 'NaN']) expect(machineOutputReason(page(v)), v).toMatch(/empty value/);
  });
  it('keeps a short brief that speaks of its subject, not to the reader', () => {
    expect(machineOutputReason(page('Le conseil municipal vote le budget des écoles', 'Les élus ont adopté mardi soir le budget des trois écoles de la commune, en hausse de quatre pour cent.'))).toBeNull();
    expect(machineOutputReason(page('Null et non avenu : le tribunal annule le scrutin'))).toBeNull();
  });
});
