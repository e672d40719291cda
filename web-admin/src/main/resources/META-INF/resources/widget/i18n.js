// The widget's words, English and French; {name} placeholders are filled by t(). Another language is one more
// object with the same keys (a missing key falls back to English).
const en = {
  dialog: 'Book a meeting',
  close: 'Close',
  loading: 'Finding times for you…',
  with: 'Meet {rep}',
  withTeam: 'Meet our team',
  duration: '{n} minutes',
  zone: 'Time zone',
  prevWeek: 'Previous week',
  nextWeek: 'Next week',
  days: 'Days',
  times: 'Times on {day}',
  noTimesDay: 'No times open this day.',
  noTimesWeek: 'No times open this week: try the next one.',
  confirm: 'Book {time}',
  booking: 'Booking…',
  booked: 'You are booked',
  bookedLine: '{title}, {when} ({zone})',
  location: 'Where: {location}',
  withRep: 'With {rep}',
  calendar: 'Add to calendar (.ics)',
  manage: 'Reschedule or cancel',
  mailed: 'An invitation is on its way to your inbox.',
  taken: 'That time was just taken. Here are the times open now.',
  network: 'We could not reach the server. Nothing you typed is lost: try again.',
  retrying: 'Connection lost, trying again…',
  retry: 'Try again',
  rateLimited: 'Too many attempts. Please wait a minute and try again.',
  rejected: 'Your request could not be accepted. Please wait a few seconds and try again.',
  failed: 'Something went wrong on our side. Please try again.',
  invalid: 'Please check:',
  back: 'Back to the form',
  thanks: 'Thank you!',
  disqualified: 'Thank you for your interest. We will be in touch by email.',
  fallbackRep: '{rep} will contact you shortly to find a time.',
  fallback: 'We will contact you shortly to find a time.',
  submit: 'Send',
  sending: 'Sending…',
  required: 'required',
  chooseOne: 'Choose…',
  // The hosted manage page.
  manageTitle: 'Your meeting',
  status_BOOKED: 'Booked',
  status_CANCELLED: 'Cancelled',
  reschedule: 'Pick a new time',
  cancel: 'Cancel the meeting',
  cancelConfirm: 'Yes, cancel it',
  keep: 'Keep it',
  cancelled: 'Your meeting is cancelled. The rep has been told.',
  moved: 'Your meeting is moved to {when}.',
  moveTo: 'Move to {time}',
  badLink: 'This link is not valid any more: it may have expired when the meeting started. Write to your contact to change the meeting.',
};

const fr = {
  dialog: 'Réserver un rendez-vous',
  close: 'Fermer',
  loading: 'Recherche des créneaux…',
  with: 'Rencontrez {rep}',
  withTeam: 'Rencontrez notre équipe',
  duration: '{n} minutes',
  zone: 'Fuseau horaire',
  prevWeek: 'Semaine précédente',
  nextWeek: 'Semaine suivante',
  days: 'Jours',
  times: 'Créneaux du {day}',
  noTimesDay: 'Aucun créneau ce jour-là.',
  noTimesWeek: 'Aucun créneau cette semaine : essayez la suivante.',
  confirm: 'Réserver {time}',
  booking: 'Réservation…',
  booked: 'Rendez-vous confirmé',
  bookedLine: '{title}, {when} ({zone})',
  location: 'Lieu : {location}',
  withRep: 'Avec {rep}',
  calendar: 'Ajouter au calendrier (.ics)',
  manage: 'Déplacer ou annuler',
  mailed: 'Une invitation arrive dans votre boîte mail.',
  taken: 'Ce créneau vient d’être pris. Voici les créneaux libres maintenant.',
  network: 'Le serveur est injoignable. Rien de ce que vous avez saisi n’est perdu : réessayez.',
  retrying: 'Connexion perdue, nouvel essai…',
  retry: 'Réessayer',
  rateLimited: 'Trop de tentatives. Patientez une minute puis réessayez.',
  rejected: 'Votre demande n’a pas pu être acceptée. Patientez quelques secondes puis réessayez.',
  failed: 'Une erreur est survenue de notre côté. Réessayez.',
  invalid: 'Vérifiez :',
  back: 'Retour au formulaire',
  thanks: 'Merci !',
  disqualified: 'Merci de votre intérêt. Nous vous répondrons par e-mail.',
  fallbackRep: '{rep} vous contactera rapidement pour trouver un horaire.',
  fallback: 'Nous vous contacterons rapidement pour trouver un horaire.',
  submit: 'Envoyer',
  sending: 'Envoi…',
  required: 'obligatoire',
  chooseOne: 'Choisir…',
  manageTitle: 'Votre rendez-vous',
  status_BOOKED: 'Confirmé',
  status_CANCELLED: 'Annulé',
  reschedule: 'Choisir un autre horaire',
  cancel: 'Annuler le rendez-vous',
  cancelConfirm: 'Oui, annuler',
  keep: 'Le garder',
  cancelled: 'Votre rendez-vous est annulé. Votre contact est prévenu.',
  moved: 'Votre rendez-vous est déplacé au {when}.',
  moveTo: 'Déplacer au {time}',
  badLink: 'Ce lien n’est plus valable : il expire au début du rendez-vous. Écrivez à votre contact pour le modifier.',
};

export const LANGUAGES = { en, fr };

/** The language to speak: the first of the given tags Switchboard has, else English. */
export function language(...tags) {
  for (const tag of tags) {
    const base = (tag || '').toLowerCase().split('-')[0];
    if (LANGUAGES[base]) return base;
  }
  return 'en';
}

/** The translator for a language: t('with', {rep: 'Ana'}). */
export function translator(lang) {
  const words = LANGUAGES[lang] || en;
  return (key, values = {}) =>
    (words[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}
