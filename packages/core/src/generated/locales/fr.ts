
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `Ce contenu n’a pas pu être chargé. Vérifiez votre connexion et rechargez la page.`,
'core.error.invalid': `Ce contenu ne peut pas être affiché, car il contient des erreurs.`,
'core.error.not-found': `Ce contenu est introuvable.`,
    };
  