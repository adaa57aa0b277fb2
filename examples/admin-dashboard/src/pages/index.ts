// Every page of the dashboard: each module defines its `sk-page-<name>` element
// (src/pages/<name>/<name>-page.ts). The shell shows a placeholder for a route whose
// element is not defined. Add one import line per page.
import './bookings/bookings-page.ts';
import './booking-calendar-view/booking-calendar-view-page.ts';
import './booking-detail/booking-detail-page.ts';
import './analytics/analytics-page.ts';
import './event-type-editor/event-type-editor-page.ts';
import './schedule-editor/schedule-editor-page.ts';
import './event-types/event-types-page.ts';
import './schedules/schedules-page.ts';
import './hosts/hosts-page.ts';
import './api-keys/api-keys-page.ts';
import './members/members-page.ts';
import './settings/settings-page.ts';
import './embed/embed-page.ts';
import './payments/payments-page.ts';
import './payment-detail/payment-detail-page.ts';
import './webhooks/webhooks-page.ts';
import './emails/emails-page.ts';
