
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `Destinatari:`,
'module-card.duration-label': `Durata:`,
'module-card.languages-label': `Disponibile in:`,
'module-card.level.advanced': `Avanzato`,
'module-card.level.intermediate': `Intermedio`,
'module-card.level.introductory': `Introduttivo`,
'module-card.loading': `Caricamento…`,
'module-card.units.one': str`${0} unità`,
'module-card.units.other': str`${0} unità`,
    };
  