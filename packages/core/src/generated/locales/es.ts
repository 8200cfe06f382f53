
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `No se ha podido cargar este contenido. Comprueba tu conexión y vuelve a cargar la página.`,
'core.error.invalid': `Este contenido no se puede mostrar porque contiene errores.`,
'core.error.not-found': `No se ha encontrado este contenido.`,
    };
  