
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `Dirigido a:`,
'module-card.duration-label': `Duración:`,
'module-card.languages-label': `Disponible en:`,
'module-card.level.advanced': `Avanzado`,
'module-card.level.intermediate': `Intermedio`,
'module-card.level.introductory': `Inicial`,
'module-card.loading': `Cargando…`,
'module-card.units.one': str`${0} unidad`,
'module-card.units.other': str`${0} unidades`,
    };
  