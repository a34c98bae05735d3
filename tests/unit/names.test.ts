import { describe, expect, it } from 'vitest';
import { nameCase, nameWithRole } from '../../src/ingest/names.ts';

describe('nameWithRole', () => {
  it('reads a spaced dash or bar as the comma before a role', () => {
    expect(nameWithRole('Élodie Marchal — service Mobilité')).toBe('Élodie Marchal');
    expect(nameWithRole('Jane Roe | staff writer')).toBe('Jane Roe');
    expect(nameWithRole('Brexit - la fin')).toBeNull();
    expect(nameWithRole('Le Monde — édition du soir')).toBeNull();
  });

  it('takes the name out of a signature with a short role or the place filed from', () => {
    expect(nameWithRole('Amaury Delcourt (correspondant local)')).toBe('Amaury Delcourt');
    expect(nameWithRole('Jane Smith (staff writer)')).toBe('Jane Smith');
    expect(nameWithRole('Harriet Lowell, Europe correspondent')).toBe('Harriet Lowell');
    expect(nameWithRole('Jean Dupont à Bruxelles')).toBe('Jean Dupont');
    expect(nameWithRole('Idriss Benhamou in New York')).toBe('Idriss Benhamou');
    expect(nameWithRole('Jean Dupont')).toBe('Jean Dupont');
  });

  it('refuses two names, an organisation in brackets, a sentence or a place alone', () => {
    expect(nameWithRole('Jean Dupont, Marie Curie')).toBeNull();
    expect(nameWithRole('Jean Dupont (AFP)')).toBeNull();
    expect(nameWithRole('Emmanuel Macron (LREM)')).toBeNull();
    expect(nameWithRole('Paris, le 3 mars')).toBeNull();
    expect(nameWithRole('Manifestation à Paris')).toBeNull();
    expect(nameWithRole('Jean Dupont, qui a vu la scène, témoigne.')).toBeNull();
  });
});

describe('nameWithRole: the town filed from', () => {
  it('takes one capitalised word after a comma as the place, two as another person', () => {
    expect(nameWithRole('Jean-François Tremblay, Lausanne')).toBe('Jean-François Tremblay');
    expect(nameWithRole('Jean Dupont, Marie Curie')).toBeNull();
  });
});

describe('nameCase', () => {
  it('writes a byline name given in capitals as it is read, keeps initials, particles and acronyms', () => {
    expect(nameCase('BENOÎT LECANU')).toBe('Benoît Lecanu');
    expect(nameCase('A. BOUSMAHA')).toBe('A. Bousmaha');
    expect(nameCase('M. EL-BEY')).toBe('M. El-Bey');
    expect(nameCase('JEAN DE LA FONTAINE')).toBe('Jean de la Fontaine');
    expect(nameCase('APS')).toBe('APS');
    expect(nameCase('Jean Dupont')).toBe('Jean Dupont');
  });
});
