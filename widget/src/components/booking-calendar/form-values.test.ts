import type { EventTypePublic } from '@slotkit/sdk';
import { expect } from '@open-wc/testing';
import { en } from '../../strings/en.ts';
import { bookingRequest, fieldOfPath, type FormValues, parseGuests, validateForm } from './form-values.ts';

const eventType: EventTypePublic = {
  slug: 'intro-call', title: 'Intro call', description: '', durations: [30], defaultDuration: 30, seats: 1, price: null,
  pricing: { roles: [], seatTiers: [] }, location: { kind: 'video' }, questions: [], requiresConfirmation: false,
};
const values = (v: Partial<FormValues> = {}): FormValues => ({
  name: 'Ada', email: 'ada@example.com', phone: '', seats: '', guests: '', role: '', accessCode: '', answers: {}, ...v,
});

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

  it('asks for the access code of a role that needs one, and sends role, code and return address', () => {
    const priced: EventTypePublic = {
      ...eventType, price: { amount: 5000, currency: 'eur' },
      pricing: { roles: [{ role: 'member', label: 'Member', amount: 3000, codeRequired: true }, { role: 'student', label: 'Student', amount: 2000, codeRequired: false }], seatTiers: [] },
    };
    expect(validateForm(values({ role: 'member' }), priced, 1, en)).to.deep.equal({ accessCode: en.required });
    expect(validateForm(values({ role: 'student' }), priced, 1, en)).to.deep.equal({});
    const request = bookingRequest({
      eventType: priced, start: '2026-12-01T08:00:00Z', duration: 30, timezone: 'Europe/Berlin', locale: 'en',
      values: values({ role: 'member', accessCode: 'CLUB' }), metadata: {}, returnUrl: 'https://shop.example/book?x=1',
    });
    expect(request).to.include({ customerRole: 'member', accessCode: 'CLUB', returnUrl: 'https://shop.example/book?x=1' });
    expect(bookingRequest({ eventType: priced, start: '2026-12-01T08:00:00Z', duration: 30, timezone: 'UTC', locale: 'en', values: values(), metadata: {} }))
      .to.not.have.any.keys('customerRole', 'accessCode', 'returnUrl');
  });

  it('maps API error paths to fields', () => {
    expect(fieldOfPath('accessCode')).to.equal('accessCode');
    expect(fieldOfPath('customerRole')).to.equal('role');
    expect(fieldOfPath('attendee.email')).to.equal('email');
    expect(fieldOfPath('answers.topic')).to.equal('q-topic');
    expect(fieldOfPath('guests')).to.equal('guests');
    expect(fieldOfPath('start')).to.equal(undefined);
    expect(parseGuests(' a@x.io,b@x.io ;c@x.io ')).to.deep.equal(['a@x.io', 'b@x.io', 'c@x.io']);
  });
});
