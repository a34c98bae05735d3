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
  ])('rejects %j', (text, reason) => {
    expect(machineOutputReason(L(text))).toMatch(reason);
  });

  it.each([
    'Avec le temps',
    'Le maire candidat à sa succession',
    "Grève SNCF : trafic perturbé samedi 11 et dimanche 12 janvier\nLe trafic restera perturbé ce week-end, selon la direction.",
    'Résultats ; classement ; réactions : la soirée électorale en direct à Lyon, où la participation atteint 62 % et les listes se disputent chaque voix',
    '2019 : une année de records pour les ventes de vélos électriques',
  ])('keeps %j', (text) => {
    expect(machineOutputReason(L(text))).toBeNull();
  });
});
