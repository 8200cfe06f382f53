
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `Impossibile caricare questo contenuto. Controlla la connessione e ricarica la pagina.`,
'core.error.invalid': `Questo contenuto non può essere visualizzato perché contiene errori.`,
'core.error.not-found': `Questo contenuto non è stato trovato.`,
    };
  