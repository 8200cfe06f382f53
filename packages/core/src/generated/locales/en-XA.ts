
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `[Ţĥîš çöñţéñţ çöûļđ ñöţ ƀé ļöàđéđ. Çĥéçķ ýöûŕ çöññéçţîöñ àñđ ŕéļöàđ ţĥé þàĝé. one two three four five six se]`,
'core.error.invalid': `[Ţĥîš çöñţéñţ çàññöţ ƀé šĥöŵñ ƀéçàûšé îţ çöñţàîñš éŕŕöŕš. one two three four fiv]`,
'core.error.not-found': `[Ţĥîš çöñţéñţ çöûļđ ñöţ ƀé ƒöûñđ. one two thre]`,
    };
  