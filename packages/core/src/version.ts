declare const __CS_VERSION__: string | undefined;

/** This copy of the library's version, written in at build time; "dev" when run from source. */
export const VERSION: string = typeof __CS_VERSION__ === 'string' ? __CS_VERSION__ : 'dev';
