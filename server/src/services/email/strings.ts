/** Every email Slotkit sends, by who receives it. */
export const EMAIL_KINDS = [
  'booking_confirmed', 'booking_pending', 'booking_approved', 'booking_cancelled', 'booking_declined', 'booking_rescheduled', 'reminder',
  'host_booking_new', 'host_booking_pending', 'host_booking_cancelled', 'host_booking_rescheduled',
] as const;
/** One kind of email. */
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** The words of the emails in one language; `{title}`, `{host}`, `{name}`, `{when}` are filled in. */
export interface EmailStrings {
  subject: Record<EmailKind, string>;
  intro: Record<EmailKind, string>;
  greeting: string;
  when: string;
  where: string;
  host: string;
  attendee: string;
  reason: string;
  previously: string;
  manage: string;
  invite: string;
  footer: string;
}

const en: EmailStrings = {
  subject: {
    booking_confirmed: 'Confirmed: {title} with {host} on {when}',
    booking_pending: 'Requested: {title} with {host} on {when}',
    booking_approved: 'Confirmed: {title} with {host} on {when}',
    booking_cancelled: 'Cancelled: {title} with {host} on {when}',
    booking_declined: 'Declined: {title} with {host} on {when}',
    booking_rescheduled: 'New time: {title} with {host} on {when}',
    reminder: 'Reminder: {title} with {host} on {when}',
    host_booking_new: 'New booking: {title} with {name} on {when}',
    host_booking_pending: 'To confirm: {title} with {name} on {when}',
    host_booking_cancelled: 'Cancelled: {title} with {name} on {when}',
    host_booking_rescheduled: 'Moved: {title} with {name} to {when}',
  },
  intro: {
    booking_confirmed: 'Your booking is confirmed.',
    booking_pending: 'We received your request. You will get another email once it is confirmed.',
    booking_approved: 'Good news: your booking has been confirmed.',
    booking_cancelled: 'Your booking has been cancelled.',
    booking_declined: 'Sorry, your booking request could not be accepted.',
    booking_rescheduled: 'Your booking has moved to a new time.',
    reminder: 'This is a reminder of your upcoming booking.',
    host_booking_new: '{name} booked {title}.',
    host_booking_pending: '{name} asked for {title}. It waits for your confirmation.',
    host_booking_cancelled: '{name} cancelled {title}.',
    host_booking_rescheduled: '{name} moved {title} to a new time.',
  },
  greeting: 'Hello {name},',
  when: 'When',
  where: 'Where',
  host: 'With',
  attendee: 'Booked by',
  reason: 'Reason',
  previously: 'Previously',
  manage: 'Reschedule or cancel',
  invite: 'The attached invitation updates your calendar.',
  footer: 'Sent by {workspace} with Slotkit.',
};

const de: EmailStrings = {
  subject: {
    booking_confirmed: 'Bestätigt: {title} mit {host} am {when}',
    booking_pending: 'Angefragt: {title} mit {host} am {when}',
    booking_approved: 'Bestätigt: {title} mit {host} am {when}',
    booking_cancelled: 'Abgesagt: {title} mit {host} am {when}',
    booking_declined: 'Abgelehnt: {title} mit {host} am {when}',
    booking_rescheduled: 'Neuer Termin: {title} mit {host} am {when}',
    reminder: 'Erinnerung: {title} mit {host} am {when}',
    host_booking_new: 'Neue Buchung: {title} mit {name} am {when}',
    host_booking_pending: 'Zu bestätigen: {title} mit {name} am {when}',
    host_booking_cancelled: 'Abgesagt: {title} mit {name} am {when}',
    host_booking_rescheduled: 'Verschoben: {title} mit {name} auf {when}',
  },
  intro: {
    booking_confirmed: 'Ihre Buchung ist bestätigt.',
    booking_pending: 'Wir haben Ihre Anfrage erhalten. Sie bekommen eine weitere E-Mail, sobald sie bestätigt ist.',
    booking_approved: 'Gute Nachricht: Ihre Buchung wurde bestätigt.',
    booking_cancelled: 'Ihre Buchung wurde abgesagt.',
    booking_declined: 'Leider konnte Ihre Buchungsanfrage nicht angenommen werden.',
    booking_rescheduled: 'Ihre Buchung wurde auf einen neuen Termin verschoben.',
    reminder: 'Dies ist eine Erinnerung an Ihre bevorstehende Buchung.',
    host_booking_new: '{name} hat {title} gebucht.',
    host_booking_pending: '{name} hat {title} angefragt. Die Buchung wartet auf Ihre Bestätigung.',
    host_booking_cancelled: '{name} hat {title} abgesagt.',
    host_booking_rescheduled: '{name} hat {title} auf einen neuen Termin verschoben.',
  },
  greeting: 'Hallo {name},',
  when: 'Wann',
  where: 'Wo',
  host: 'Mit',
  attendee: 'Gebucht von',
  reason: 'Grund',
  previously: 'Vorher',
  manage: 'Verschieben oder absagen',
  invite: 'Die angehängte Einladung aktualisiert Ihren Kalender.',
  footer: 'Gesendet von {workspace} mit Slotkit.',
};

const fr: EmailStrings = {
  subject: {
    booking_confirmed: 'Confirmé : {title} avec {host} le {when}',
    booking_pending: 'Demandé : {title} avec {host} le {when}',
    booking_approved: 'Confirmé : {title} avec {host} le {when}',
    booking_cancelled: 'Annulé : {title} avec {host} le {when}',
    booking_declined: 'Refusé : {title} avec {host} le {when}',
    booking_rescheduled: 'Nouvel horaire : {title} avec {host} le {when}',
    reminder: 'Rappel : {title} avec {host} le {when}',
    host_booking_new: 'Nouvelle réservation : {title} avec {name} le {when}',
    host_booking_pending: 'À confirmer : {title} avec {name} le {when}',
    host_booking_cancelled: 'Annulé : {title} avec {name} le {when}',
    host_booking_rescheduled: 'Déplacé : {title} avec {name} au {when}',
  },
  intro: {
    booking_confirmed: 'Votre réservation est confirmée.',
    booking_pending: 'Nous avons reçu votre demande. Vous recevrez un autre e-mail dès qu’elle sera confirmée.',
    booking_approved: 'Bonne nouvelle : votre réservation a été confirmée.',
    booking_cancelled: 'Votre réservation a été annulée.',
    booking_declined: 'Désolé, votre demande de réservation n’a pas pu être acceptée.',
    booking_rescheduled: 'Votre réservation a été déplacée à un nouvel horaire.',
    reminder: 'Ceci est un rappel de votre prochaine réservation.',
    host_booking_new: '{name} a réservé {title}.',
    host_booking_pending: '{name} a demandé {title}. La réservation attend votre confirmation.',
    host_booking_cancelled: '{name} a annulé {title}.',
    host_booking_rescheduled: '{name} a déplacé {title} à un nouvel horaire.',
  },
  greeting: 'Bonjour {name},',
  when: 'Quand',
  where: 'Où',
  host: 'Avec',
  attendee: 'Réservé par',
  reason: 'Motif',
  previously: 'Auparavant',
  manage: 'Déplacer ou annuler',
  invite: 'L’invitation jointe met à jour votre agenda.',
  footer: 'Envoyé par {workspace} avec Slotkit.',
};

const es: EmailStrings = {
  subject: {
    booking_confirmed: 'Confirmada: {title} con {host} el {when}',
    booking_pending: 'Solicitada: {title} con {host} el {when}',
    booking_approved: 'Confirmada: {title} con {host} el {when}',
    booking_cancelled: 'Cancelada: {title} con {host} el {when}',
    booking_declined: 'Rechazada: {title} con {host} el {when}',
    booking_rescheduled: 'Nuevo horario: {title} con {host} el {when}',
    reminder: 'Recordatorio: {title} con {host} el {when}',
    host_booking_new: 'Nueva reserva: {title} con {name} el {when}',
    host_booking_pending: 'Por confirmar: {title} con {name} el {when}',
    host_booking_cancelled: 'Cancelada: {title} con {name} el {when}',
    host_booking_rescheduled: 'Movida: {title} con {name} al {when}',
  },
  intro: {
    booking_confirmed: 'Tu reserva está confirmada.',
    booking_pending: 'Hemos recibido tu solicitud. Recibirás otro correo cuando se confirme.',
    booking_approved: 'Buenas noticias: tu reserva ha sido confirmada.',
    booking_cancelled: 'Tu reserva ha sido cancelada.',
    booking_declined: 'Lo sentimos, tu solicitud de reserva no pudo ser aceptada.',
    booking_rescheduled: 'Tu reserva se ha movido a un nuevo horario.',
    reminder: 'Este es un recordatorio de tu próxima reserva.',
    host_booking_new: '{name} ha reservado {title}.',
    host_booking_pending: '{name} ha solicitado {title}. La reserva espera tu confirmación.',
    host_booking_cancelled: '{name} ha cancelado {title}.',
    host_booking_rescheduled: '{name} ha movido {title} a un nuevo horario.',
  },
  greeting: 'Hola {name}:',
  when: 'Cuándo',
  where: 'Dónde',
  host: 'Con',
  attendee: 'Reservado por',
  reason: 'Motivo',
  previously: 'Antes',
  manage: 'Cambiar o cancelar',
  invite: 'La invitación adjunta actualiza tu calendario.',
  footer: 'Enviado por {workspace} con Slotkit.',
};

const ja: EmailStrings = {
  subject: {
    booking_confirmed: '確定：{when} {host}との{title}',
    booking_pending: 'リクエスト受付：{when} {host}との{title}',
    booking_approved: '確定：{when} {host}との{title}',
    booking_cancelled: 'キャンセル：{when} {host}との{title}',
    booking_declined: 'お断り：{when} {host}との{title}',
    booking_rescheduled: '日時変更：{when} {host}との{title}',
    reminder: 'リマインダー：{when} {host}との{title}',
    host_booking_new: '新しい予約：{when} {name}様の{title}',
    host_booking_pending: '承認待ち：{when} {name}様の{title}',
    host_booking_cancelled: 'キャンセル：{when} {name}様の{title}',
    host_booking_rescheduled: '日時変更：{when} {name}様の{title}',
  },
  intro: {
    booking_confirmed: 'ご予約が確定しました。',
    booking_pending: 'リクエストを受け付けました。確定しましたら改めてメールでお知らせします。',
    booking_approved: 'ご予約が承認され、確定しました。',
    booking_cancelled: 'ご予約はキャンセルされました。',
    booking_declined: '申し訳ありませんが、ご予約のリクエストをお受けできませんでした。',
    booking_rescheduled: 'ご予約の日時が変更されました。',
    reminder: 'まもなくご予約の日時です。',
    host_booking_new: '{name}様が{title}を予約しました。',
    host_booking_pending: '{name}様が{title}をリクエストしました。承認をお待ちしています。',
    host_booking_cancelled: '{name}様が{title}をキャンセルしました。',
    host_booking_rescheduled: '{name}様が{title}の日時を変更しました。',
  },
  greeting: '{name}様',
  when: '日時',
  where: '場所',
  host: '担当',
  attendee: '予約者',
  reason: '理由',
  previously: '変更前',
  manage: '日時の変更・キャンセル',
  invite: '添付の招待状でカレンダーが更新されます。',
  footer: '{workspace}よりSlotkitで送信',
};

const byLanguage: Record<string, EmailStrings> = { en, de, fr, es, ja };

/** The language we have strings for that fits `locale` best (its primary language), else English. */
export function emailLanguageOf(locale: string | null | undefined): string {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return language in byLanguage ? language : 'en';
}

/** The email strings of a language returned by `emailLanguageOf`. */
export function emailStrings(language: string): EmailStrings {
  return byLanguage[language] ?? en;
}

/** Emails to a workspace's members about their account rather than a booking. */
export const ACCOUNT_EMAIL_KINDS = ['member_invite', 'password_reset'] as const;
/** One kind of account email. */
export type AccountEmailKind = (typeof ACCOUNT_EMAIL_KINDS)[number];

/** The words of one account email; `{workspace}`, `{role}` and `{name}` are filled in. */
export interface AccountEmailText {
  subject: string;
  intro: string;
  action: string;
  expiry: string;
  ignore: string;
}

/**
 * Account emails in English: members have no stored language yet, so nothing would pick
 * another one.
 */
export const accountEmailStrings: Record<AccountEmailKind, AccountEmailText> = {
  member_invite: {
    subject: 'You are invited to {workspace} on Slotkit',
    intro: 'You have been invited to the Slotkit dashboard of {workspace} as {role}.',
    action: 'Accept the invitation',
    expiry: 'The link works once and expires in 7 days.',
    ignore: 'If you did not expect this invitation, ignore this email.',
  },
  password_reset: {
    subject: 'Reset your {workspace} password',
    intro: 'Someone asked to reset the password of your Slotkit account at {workspace}.',
    action: 'Choose a new password',
    expiry: 'The link works once and expires in 1 hour.',
    ignore: 'If it was not you, ignore this email: your password stays as it is.',
  },
};
