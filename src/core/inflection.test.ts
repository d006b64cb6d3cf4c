// Name words in two grammatical cases: equal once a case ending (or a mobile "e") is taken off,
// and never equal across different names or without endings.
import { describe, expect, it } from 'vitest';
import { sameName, nameStems } from './inflection';
import { cs } from './lexicon/cs';
import { ru } from './lexicon/ru';

const csE = cs.caseEndings ?? [];
const ruE = ru.caseEndings ?? [];

describe('sameName', () => {
  it('matches Czech surnames across cases, mobile e included', () => {
    for (const form of ['Nováka', 'Novákovi', 'Novákem', 'Nováku']) expect(sameName('Novák', form, csE), form).toBe(true);
    expect(sameName('Souček', 'Součka', csE)).toBe(true);
    expect(sameName('Dvořáková', 'Dvořákové', csE)).toBe(true);
    expect(sameName('Dvořáková', 'Dvořákovou', csE)).toBe(true);
    expect(sameName('Černý', 'Černého', csE)).toBe(true);
  });

  it('matches Russian surnames across cases', () => {
    for (const form of ['Волкова', 'Волкову', 'Волковым', 'Волкове']) expect(sameName('Волков', form, ruE), form).toBe(true);
    expect(sameName('Смирнова', 'Смирновой', ruE)).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(sameName('Novák', 'Nováková', csE)).toBe(false);
    expect(sameName('Novák', 'Nosek', csE)).toBe(false);
    expect(sameName('Волков', 'Волгин', ruE)).toBe(false);
    expect(sameName('Ema', 'Emu', csE)).toBe(false); // stems shorter than three letters are not taken
  });

  it('without endings only equal words match', () => {
    expect(sameName('Weber', 'weber', [])).toBe(true);
    expect(sameName('Weber', 'Webers', [])).toBe(false);
  });

  it('lists the word itself among its stems', () => {
    expect(nameStems('Nováka', csE)).toEqual(expect.arrayContaining(['nováka', 'novák']));
  });
});
