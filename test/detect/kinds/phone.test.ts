import { expect, it } from 'vitest';
import { found, rule } from '../helpers.js';

const phone = rule({ detector: 'phone', category: 'phone', local: true });
const fax = rule({ detector: 'phone', category: 'fax', local: true, context: { near: ['fax', 'faxed'], window: 60 } });

it('finds numbers that libphonenumber-js validates, with their exact span', async () => {
  expect(await found(phone, 'His son asks friends to call him at (617) 555-0148 instead.')).toEqual(['(617) 555-0148']);
  expect(await found(phone, 'Text her mom on +1 212 555 0100, or +44 20 7946 0958.')).toEqual(['+1 212 555 0100', '+44 20 7946 0958']);
});

it('finds 7-digit local numbers only after a word that introduces a number', async () => {
  expect(await found(phone, 'You can reach her daughter at 555-0142.')).toEqual(['555-0142']);
  expect(await found(phone, 'Item 555-0142 is back in stock.')).toEqual([]);
});

it('leaves out the numbers the reader is invited to call, and toll-free numbers', async () => {
  expect(await found(phone, 'Questions? Call Northfield Community Hospital at (617) 555-0100.')).toEqual([]);
  expect(await found(phone, 'Tours at 10; call (508) 555-0131 to book.')).toEqual([]);
  expect(await found(phone, 'Her husband asked us to share 1-800-555-0199.')).toEqual([]);
  expect(await found(rule({ detector: 'phone', tollFree: true }), 'Her husband asked us to share 1-800-555-0199.')).toEqual(['1-800-555-0199']);
  expect(await found(phone, 'Call her husband at (617) 555-0133.')).toEqual(['(617) 555-0133']);
});

it('a label ("phone:", "Contact:") is not an invitation: its context decides whose number it is', async () => {
  expect(await found(phone, 'Seen for asthma on Monday. Contact: (617) 555-0148.')).toEqual(['(617) 555-0148']);
  expect(await found(phone, 'pt w/ hx of CHF, phone: 212-555-0147')).toEqual(['212-555-0147']);
});

it('leaves dates, order numbers and SSNs alone', async () => {
  expect(await found(phone, 'Order 12345-6789 shipped 2024-07-19; SSN 219-09-9999.')).toEqual([]);
});

it('fax rules use the same detector with fax words as context', async () => {
  expect(await found(fax, 'We faxed your report to (508) 555-0164 this morning.')).toEqual(['(508) 555-0164']);
  expect(await found(fax, 'Your daughter is at (508) 555-0164.')).toEqual([]);
});
