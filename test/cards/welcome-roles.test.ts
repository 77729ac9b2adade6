import { describe, expect, it } from 'vitest';
import { welcomeCard } from '../../cards/welcome-card.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const catalogue = loadCatalogue();
const text = (roles: string[]) => JSON.stringify(welcomeCard(catalogue, '', new Set(roles)).content);

describe('the menu follows who reads it', () => {
  it('offers a référent to prescribe and follow their prescriptions', () => {
    expect(text(['referent'])).toContain('Mes prescriptions');
    expect(text(['referent'])).not.toContain('Prescriptions à traiter');
  });

  it('offers AFPA staff their own work, and says the commands they have', () => {
    expect(text(['afpa'])).toContain('Prescriptions à traiter');
    expect(text(['afpa'])).toContain('Habilitations');
    expect(text(['afpa'])).toContain('exporter les prescriptions');
    expect(text(['afpa'])).not.toContain('état des envois');
  });

  it('tells an admin where the administration is', () => {
    expect(text(['admin', 'afpa'])).toContain('État des envois');
    expect(text(['admin', 'afpa'])).toContain('« campagne »');
  });

  it.each([[[]], [['afpa']], [['admin', 'afpa']]])('is a valid card for %j', (roles) => {
    expect(
      validateAdaptiveCard(
        welcomeCard(catalogue, 'Campagne 2022 : entrées closes.', new Set(roles)).content as object,
      ),
    ).toEqual([]);
  });
});
