import { prefixed } from './rule-parts';

export const firebaseRules = [
  // Legacy FCM server key: "AAAA" + 7 chars + ":APA91b" + 134 base64url.
  // https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests
  prefixed({
    id: 'firebase-cloud-messaging-server-key',
    provider: 'firebase',
    title: 'Firebase Cloud Messaging server key',
    prefix: 'AAAA',
    body: '[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    sample: (f) => f.chars(7) + ':APA91b' + f.chars(134),
    seed: 261,
    rotateUrl: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
  }),
];
