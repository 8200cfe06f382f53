
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `‮For:‬`,
'module-card.duration-label': `‮Duration:‬`,
'module-card.languages-label': `‮Available in:‬`,
'module-card.level.advanced': `‮Advanced‬`,
'module-card.level.intermediate': `‮Intermediate‬`,
'module-card.level.introductory': `‮Introductory‬`,
'module-card.loading': `‮Loading…‬`,
'module-card.units.one': str`${0}‮ unit‬`,
'module-card.units.other': str`${0}‮ units‬`,
    };
  