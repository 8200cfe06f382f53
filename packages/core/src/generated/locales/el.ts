
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.fetch-failed': `Δεν ήταν δυνατή η φόρτωση αυτού του περιεχομένου. Ελέγξτε τη σύνδεσή σας και φορτώστε ξανά τη σελίδα.`,
'core.error.invalid': `Αυτό το περιεχόμενο δεν μπορεί να εμφανιστεί, επειδή περιέχει σφάλματα.`,
'core.error.not-found': `Αυτό το περιεχόμενο δεν βρέθηκε.`,
    };
  