
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'module-card.audience-label': `[Ƒöŕ: o]`,
'module-card.duration-label': `[Đûŕàţîöñ: one]`,
'module-card.languages-label': `[Àṽàîļàƀļé îñ: one t]`,
'module-card.level.advanced': `[Àđṽàñçéđ one]`,
'module-card.level.intermediate': `[Îñţéŕɱéđîàţé one ]`,
'module-card.level.introductory': `[Îñţŕöđûçţöŕý one ]`,
'module-card.loading': `[Ļöàđîñĝ… one]`,
'module-card.units.one': str`[${0} ûñîţ o]`,
'module-card.units.other': str`[${0} ûñîţš on]`,
    };
  