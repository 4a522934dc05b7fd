import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../../src/detect/validators/index.js';
import { firstNumber } from '../../../src/detect/validators/dates.js';
import { VALIDATOR_NAMES, type ValidatorName } from '../../../src/model/rule-spec.js';

const v = (name: ValidatorName) => VALIDATORS[name];

it('implements exactly the validator names a pack may use', () => {
  expect(Object.keys(VALIDATORS).sort()).toEqual([...VALIDATOR_NAMES].sort());
});

describe('date', () => {
  it.each(['7/19/2024', '07-19-24', '19.07.1988', '2024-07-19', '2024/7/19', '3/14', 'July 19th', 'Sep 30', '19 Jul 2024', 'Feb 29', 'March 2024'])(
    'accepts %s',
    (t) => expect(v('date')(t)).toBe(true),
  );
  it.each(['13/45/2024', '2024-13-01', 'Feb 30', 'April 31st', '24/7', '1/1/1850', 'July'])('rejects %s', (t) => expect(v('date')(t)).toBe(false));
});

describe('age-over-89', () => {
  it.each(['92-year-old', 'aged 91', 'age 103', 'turned 95', '100th birthday', 'ninety-two years old', 'one hundred years old', 'hundredth birthday', 'ninetieth birthday', ', 96,'])(
    'accepts %s',
    (t) => expect(v('age-over-89')(t)).toBe(true),
  );
  it.each(['62-year-old', 'aged 89', 'eighty-nine years old', '130 years old', 'turned 9'])('rejects %s', (t) => expect(v('age-over-89')(t)).toBe(false));
  it('takes a birth year 90 years or more back as an age over 89', () => {
    const year = new Date().getFullYear();
    expect(v('age-over-89')(`born ${year - 90}`)).toBe(true);
    expect(v('age-over-89')('born in 1925')).toBe(true);
    expect(v('age-over-89')(`born ${year - 89}`)).toBe(false);
    expect(v('age-over-89')('born 1842')).toBe(false);
  });
  it('reads the first number, in digits or words', () => {
    expect(firstNumber('ninety-four-year-old')).toBe(94);
    expect(firstNumber('a hundred and one years')).toBe(101);
    expect(firstNumber('97 days, not ninety')).toBe(97);
    expect(firstNumber('no number here')).toBeUndefined();
  });
});

describe('identifier validators', () => {
  it('restricted-zip3: the HHS 2000 and 2010 prefixes only', () => {
    expect(v('restricted-zip3')('036')).toBe(true);
    expect(v('restricted-zip3')('893xx')).toBe(true);
    expect(v('restricted-zip3')('369')).toBe(true); // 2010 list
    expect(v('restricted-zip3')('021')).toBe(false);
  });
  it('ipv6: real addresses with three or more groups', () => {
    expect(v('ipv6')('2001:db8::8a2e:370:7334')).toBe(true);
    expect(v('ipv6')('fe80::1ff:fe23:4567:890a')).toBe(true);
    expect(v('ipv6')('10:30')).toBe(false);
    expect(v('ipv6')('1:52:07')).toBe(false);
  });
  it('gtin: GS1 check digit', () => {
    expect(v('gtin')('(01)00884838012349')).toBe(true);
    expect(v('gtin')('(01)00884838012340')).toBe(false);
  });
  it('medicine: the match ends with a drug name or a word for medicine', () => {
    expect(v('medicine')('stop the tretinoin')).toBe(true);
    expect(v('medicine')('switch to the metronidazole gel')).toBe(true);
    expect(v('medicine')('stop taking your statin')).toBe(true);
    expect(v('medicine')('stop the blood thinner')).toBe(true);
    expect(v('medicine')('stop the stationary bike')).toBe(false);
    expect(v('medicine')('skip the line')).toBe(false);
    expect(v('medicine')('stop the tretinoin Dr')).toBe(false);
  });
  it('surname: a Census surname that is not a common word', () => {
    expect(v('surname')('Haddad')).toBe(true);
    expect(v('surname')('Young')).toBe(false);
    expect(v('surname')('Riverbend')).toBe(false);
  });
  it('checksums: ssn, luhn, npi, dea, vin, mbi, ipv4', () => {
    expect(v('ssn')('219-09-9999')).toBe(true);
    expect(v('ssn')('666-12-3456')).toBe(false);
    expect(v('luhn')('4111 1111 1111 1111')).toBe(true);
    expect(v('luhn')('4111 1111 1111 1112')).toBe(false);
    expect(v('npi')('1234567893')).toBe(true);
    expect(v('npi')('1234567890')).toBe(false);
    expect(v('dea')('AB1234563')).toBe(true);
    expect(v('dea')('AB1234562')).toBe(false);
    expect(v('vin')('3VWDX7AJ9EM318472')).toBe(true);
    expect(v('vin')('3VWDX7AJ9EM318473')).toBe(false);
    expect(v('mbi')('1EG4-TE5-MK73')).toBe(true);
    expect(v('mbi')('1SB4-TE5-MK73')).toBe(false);
    expect(v('ipv4')('203.0.113.57')).toBe(true);
    expect(v('ipv4')('256.1.1.1')).toBe(false);
  });
});
