import { describe, expect, it } from 'vitest';
import { staffRole } from '../../src/context/staff.js';

const role = (text: string, name: string) => staffRole(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('staffRole', () => {
  it('finds titles before and credentials or roles after a name', () => {
    expect(role('Meet Dr. Anil Mehta today', 'Anil Mehta')).toBe('Dr.');
    expect(role('Meet Dr. Anil Mehta today', 'Mehta')).toBe('Dr.');
    expect(role('Rosa Diaz, RN, leads the class', 'Rosa Diaz')).toBe('RN');
    expect(role('Ana Ruiz, our head of nursing, says hi', 'Ana Ruiz')).toBe('our head of');
    expect(role('Mayor Jordan Blake cut the ribbon', 'Jordan Blake')).toBe('Mayor');
  });

  it('does not treat patients as staff', () => {
    expect(role('Our patient Anna Lindqvist went home', 'Anna Lindqvist')).toBeUndefined();
    expect(role('Anna Lindqvist, our patient, went home', 'Anna Lindqvist')).toBeUndefined();
  });
});
