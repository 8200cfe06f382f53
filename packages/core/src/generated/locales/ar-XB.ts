
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `‮This content could not be loaded. Check your connection and reload the page.‬`,
'core.error.invalid': `‮This content cannot be shown because it contains errors.‬`,
'core.error.not-found': `‮This content could not be found.‬`,
    };
  