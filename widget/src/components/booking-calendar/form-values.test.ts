import type { EventTypePublic } from '@slotkit/sdk';
import { expect } from '@open-wc/testing';
import { en } from '../../strings/en.ts';
import { bookingRequest, fieldOfPath, type FormValues, parseGuests, validateForm } from './form-values.ts';

const eventType: EventTypePublic = {
  slug: 'intro-call', title: 'Intro call', description: '', durations: [30], defaultDuration: 30, seats: 1, price: null,
  location: { kind: 'video' }, questions: [], requiresConfirmation: false,
};
const values = (v: Partial<FormValues> = {}): FormValues => ({ name: 'Ada', email: 'ada@example.com', phone: '', seats: '', guests: '', answers: {}, ...v });

describe('booking form values', () => {
  it('accepts a complete form', () => {
    expect(validateForm(values(), eventType, 1, en)).to.deep.equal({});
  });

  it('flags missing and malformed fields', () => {
    expect(validateForm(values({ name: '', email: 'ada@' , guests: 'bob@example.com nope' }), eventType, 1, en)).to.deep.equal({
      name: en.required, email: en.invalidEmail, guests: en.invalidEmail,
    });
  });

  it('asks for a phone for phone meetings, required answers, and seats within what is left', () => {
    const group: EventTypePublic = {
      ...eventType, seats: 4, location: { kind: 'phone' },
      questions: [{ key: 'topic', label: 'Topic', type: 'text', required: true }, { key: 'ok', label: 'OK', type: 'checkbox', required: true }],
    };
    expect(validateForm(values({ phone: 'call me', seats: '3', answers: { topic: '', ok: false } }), group, 2, en)).to.deep.equal({
      phone: en.invalidPhone, 'q-topic': en.required, 'q-ok': en.required, seats: en.invalidSeats(2),
    });
  });

  it('builds the booking request', () => {
    const request = bookingRequest({
      eventType: { ...eventType, seats: 3 }, start: '2026-12-01T08:00:00Z', duration: 30, timezone: 'Asia/Tokyo', locale: 'ja-JP',
      values: values({ phone: '+1 555 0100', seats: '2', guests: 'a@example.com, b@example.com', answers: { topic: 'Sales', note: '' } }),
      metadata: { ref: 'x' },
    });
    expect(request).to.deep.equal({
      eventType: 'intro-call', start: '2026-12-01T08:00:00Z', duration: 30, timezone: 'Asia/Tokyo',
      attendee: { name: 'Ada', email: 'ada@example.com', phone: '+1 555 0100' }, answers: { topic: 'Sales' },
      guests: ['a@example.com', 'b@example.com'], metadata: { ref: 'x' }, seats: 2, locale: 'ja-JP',
    });
  });

  it('maps API error paths to fields', () => {
    expect(fieldOfPath('attendee.email')).to.equal('email');
    expect(fieldOfPath('answers.topic')).to.equal('q-topic');
    expect(fieldOfPath('guests')).to.equal('guests');
    expect(fieldOfPath('start')).to.equal(undefined);
    expect(parseGuests(' a@x.io,b@x.io ;c@x.io ')).to.deep.equal(['a@x.io', 'b@x.io', 'c@x.io']);
  });
});
