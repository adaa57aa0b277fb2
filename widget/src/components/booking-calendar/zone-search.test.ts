import { expect } from '@open-wc/testing';
import { allTimeZones, searchTimeZones } from './zone-search.ts';

const zones = ['America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Tokyo', 'Europe/Berlin', 'Europe/London', 'Australia/Lord_Howe', 'America/Yellowknife'];

describe('searchTimeZones', () => {
  it('matches every word, ignoring case, slashes and underscores', () => {
    expect(searchTimeZones(zones, 'new york')).to.deep.equal(['America/New_York']);
    expect(searchTimeZones(zones, 'BUENOS')).to.deep.equal(['America/Argentina/Buenos_Aires']);
    expect(searchTimeZones(zones, 'europe lon')).to.deep.equal(['Europe/London']);
  });

  it('puts zones whose city starts with the query first', () => {
    expect(searchTimeZones(zones, 'lo')).to.deep.equal(['Europe/London', 'Australia/Lord_Howe', 'America/Yellowknife']);
  });

  it('returns the first zones for an empty query, up to the limit', () => {
    expect(searchTimeZones(zones, '  ', 2)).to.deep.equal(['America/New_York', 'America/Argentina/Buenos_Aires']);
  });

  it('knows the browser\'s zones', () => {
    expect(allTimeZones()).to.include.members(['Europe/Berlin', 'Asia/Tokyo']);
  });
});
