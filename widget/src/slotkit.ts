// The CDN bundle's entry: the API defaults to the origin the bundle was served from, so
// `<script src="https://book.example.com/widget/slotkit.js">` needs no `api` attribute.
import { BookingCalendar } from './components/booking-calendar/booking-calendar.ts';

BookingCalendar.defaultApi ??= new URL(import.meta.url).origin;

export * from './index.ts';
import './define.ts';
