
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `Απευθύνεται σε:`,
'module-card.duration-label': `Διάρκεια:`,
'module-card.languages-label': `Διαθέσιμο στα:`,
'module-card.level.advanced': `Προχωρημένο`,
'module-card.level.intermediate': `Μέσο`,
'module-card.level.introductory': `Εισαγωγικό`,
'module-card.loading': `Φόρτωση…`,
'module-card.units.one': str`${0} ενότητα`,
'module-card.units.other': str`${0} ενότητες`,
    };
  