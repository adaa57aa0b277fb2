/**
 * `<booking-calendar>` in React 19: the package registers the element (`/define`), React sets
 * attributes and properties from props (objects such as `metadata` go in as properties), and
 * the page listens to the element's events through a ref.
 */
import '@slotkit/widget/define';
import type { BookedEvent, BookingCalendar } from '@slotkit/widget';
import { StrictMode, useEffect, useRef, useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';
import { createRoot } from 'react-dom/client';
import { api, workspace } from './config.ts';

/** The element's props in JSX (attributes as strings, `metadata` as an object). */
type BookingCalendarProps = DetailedHTMLProps<HTMLAttributes<BookingCalendar>, BookingCalendar> & {
  api?: string;
  workspace?: string;
  'event-type'?: string;
  timezone?: string;
  locale?: string;
  metadata?: Record<string, unknown>;
  theme?: 'light' | 'dark' | 'auto';
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'booking-calendar': BookingCalendarProps;
    }
  }
}

function BookingPage() {
  const calendar = useRef<BookingCalendar>(null);
  const [booked, setBooked] = useState<string>();

  useEffect(() => {
    const element = calendar.current;
    if (!element) return;
    const onBooked = (event: BookedEvent) => setBooked(`${event.detail.booking.uid} at ${event.detail.booking.start}`);
    element.addEventListener('slotkit-booked', onBooked);
    return () => element.removeEventListener('slotkit-booked', onBooked);
  }, []);

  return (
    <>
      <h1>Book an intro call (React)</h1>
      <booking-calendar ref={calendar} api={api} workspace={workspace} event-type="intro-call" metadata={{ source: 'react-example' }} />
      <p role="status">{booked ? `Booked ${booked}` : ''}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><BookingPage /></StrictMode>);
