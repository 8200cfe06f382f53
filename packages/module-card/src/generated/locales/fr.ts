
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `Public :`,
'module-card.duration-label': `Durée :`,
'module-card.languages-label': `Disponible en :`,
'module-card.level.advanced': `Avancé`,
'module-card.level.intermediate': `Intermédiaire`,
'module-card.level.introductory': `Initiation`,
'module-card.loading': `Chargement…`,
'module-card.units.one': str`${0} unité`,
'module-card.units.other': str`${0} unités`,
    };
  