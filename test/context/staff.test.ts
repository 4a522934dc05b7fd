import { describe, expect, it } from 'vitest';
import { isLayRole, staffRole, staffSpeaksAt } from '../../src/context/staff.js';

const role = (text: string, name: string) => staffRole(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('staffRole', () => {
  it('reads a patient who also holds a role that day as a patient, not staff', () => {
    expect(role('Thank you to our grateful patient and keynote speaker, Sienna Ruiz, for sharing her story.', 'Sienna Ruiz')).toBeUndefined();
    expect(role('Thank you to our keynote speaker, Sienna Ruiz, for sharing her story.', 'Sienna Ruiz')).toBe('speaker');
  });

  it('finds titles before and credentials or roles after a name', () => {
    expect(role('Meet Dr. Anil Mehta today', 'Anil Mehta')).toBe('Dr.');
    expect(role('Meet Dr. Anil Mehta today', 'Mehta')).toBe('Dr.');
    expect(role('Rosa Diaz, RN, leads the class', 'Rosa Diaz')).toBe('RN');
    expect(role('Ana Ruiz, our head of nursing, says hi', 'Ana Ruiz')).toBe('our head of');
    expect(role('Mayor Jordan Blake cut the ribbon', 'Jordan Blake')).toBe('Mayor');
    expect(role('Our sports PT Derek Lawson swears by it', 'Derek Lawson')).toBe('PT');
    expect(role('Meet PT Jamal Greene! Ask him about his 6 marathons.', 'Jamal Greene')).toBe('PT');
    expect(role('We ran the 5K! 🏃 PA-C Jenny Alcott sprained her ankle.', 'Jenny Alcott')).toBe('PA-C');
    expect(role('Congrats to our own Chelsea Moore, PTA, on her first race!', 'Chelsea Moore')).toBe('PTA');
    expect(role('including Jordan Ellis, who worked as a CNA on our ortho floor', 'Jordan Ellis')).toBe('who worked as a CNA');
    expect(role('the passing of our chaplain, the Rev. Samuel Osei, on January 9', 'Samuel Osei')).toBe('chaplain');
    expect(role('My PT, a guy named Rudy who wore the same windbreaker', 'Rudy')).toBe('PT');
    expect(role('Our front desk lead, Carla, is a survivor', 'Carla')).toBe('front desk');
    expect(role('my coworker Shante positioned me', 'Shante')).toBe('coworker');
  });

  it('does not treat patients as staff', () => {
    expect(role('Our patient Anna Lindqvist went home', 'Anna Lindqvist')).toBeUndefined();
    expect(role('Anna Lindqvist, our patient, went home', 'Anna Lindqvist')).toBeUndefined();
    expect(role('Our pt John Doe went home', 'John Doe')).toBeUndefined();
    // A self-introduction is staff only in the organisation's voice.
    expect(role("Hi! I'm Bethany, and I've checked in a lot of people at our front desk.", 'Bethany')).toBe('the writer');
    expect(role("Hi, I'm Jane Lowry, and our family is grateful to the NICU team.", 'Jane Lowry')).toBeUndefined();
  });

  it('does not read a greeted name\'s comma as an apposition', () => {
    expect(role('Hi Terrence, a nurse case manager will call you today.', 'Terrence')).toBeUndefined();
    expect(role('Thanks! Dear Ana, our nurse will call.', 'Ana')).toBeUndefined();
    // Not greeted: the job after the comma is the name's.
    expect(role('Terrence, a nurse case manager, will call you today.', 'Terrence')).toBe('a nurse');
  });

  it('finds a job in apposition or as a predicate, not a former one', () => {
    expect(role('Luis Ortega has been a certified Spanish medical interpreter at Mercy Valley.', 'Luis Ortega')).toBe('has been a certified Spanish medical interpreter');
    expect(role('Mei Chen is our patient scheduler.', 'Mei Chen')).toBe('is our patient scheduler');
    expect(role('Staff spotlight: Ruth Ann Pickett, referral coordinator', 'Ruth Ann Pickett')).toBe('referral coordinator');
    expect(role('Our treatment coordinator, Tasha, will call you.', 'Tasha')).toBe('coordinator');
    expect(role('Waffles works with her handler, child life specialist Hannah Brooks.', 'Hannah Brooks')).toBe('specialist');
    expect(role('Gerald Okonkwo is a retired nurse who had a heart attack.', 'Gerald Okonkwo')).toBeUndefined();
    expect(role('Gerald Okonkwo, a former pharmacist, finished rehab.', 'Gerald Okonkwo')).toBeUndefined();
  });

  it('tells roles that give no care (public figures, volunteers) from clinical ones', () => {
    expect(isLayRole('Mayor')).toBe(true);
    expect(isLayRole('our longtime gift-shop volunteer')).toBe(true);
    expect(isLayRole('Dr.')).toBe(false);
    expect(isLayRole('is our patient scheduler')).toBe(false);
  });
});

it('reads staff named by their job or team in workflow notes', () => {
  expect(role('— Front desk (Tasha), pls check before sending', 'Tasha')).toBe('Front desk');
  expect(role('owner: Community Ops (Danielle)', 'Danielle')).toBe('Ops');
  expect(role('Patient Access Supervisor — T. Nakamura', 'T. Nakamura')).toBe('Patient Access Supervisor');
  expect(role('Owner: Member Experience — Kim Sato', 'Kim Sato')).toBe('Member Experience');
  expect(role('"@Jamal Price (Talent Acquisition)"', 'Jamal Price')).toBe('Talent Acquisition');
  expect(role('"I still learn something every week." — Dolores Whitcomb, 64, Hospice Aide, Granby', 'Dolores Whitcomb')).toBe('Hospice Aide');
  // An age and a job in a story are a patient's; a bracket that goes on after the name is no label, nor a dash in running text.
  expect(role('When Olivia Chen, 31, an ER nurse at Mercy General, felt a sharp pain', 'Olivia Chen')).toBeUndefined();
  expect(role('Meet Luis Ortega, 19, our newest Certified Pharmacy Technician!', 'Luis Ortega')).toBe('our newest Certified Pharmacy Technician');
  expect(role('Front desk (ask Tasha about her cast)', 'Tasha')).toBeUndefined();
  expect(role('Thank you to our whole team — Maria Lopez came in after her fall', 'Maria Lopez')).toBeUndefined();
});

it('names the title itself as the role', () => {
  expect(role('Meet Dr. Hannah Weiss, our newest physician at Harmony Fertility.', 'Hannah Weiss')).toBe('Dr.');
  expect(role('child life specialist Hannah Brooks', 'Hannah Brooks')).toBe('specialist');
});

it('reads staff listed after a plural title', () => {
  expect(role('Pictured: ICU nurses Jill Park and Tom Ortiz with the new ultrasound.', 'Tom Ortiz')).toBe('nurse');
  const three = 'Last fall our three nurses — Kim Albrecht, Darnell Fisk and Rosa Jimenez — gave 4,218 flu shots.';
  for (const name of ['Kim Albrecht', 'Darnell Fisk', 'Rosa Jimenez']) expect(role(three, name)).toBe('nurse');
  // Words in lower case end the list: whoever the nurses cared for is no nurse.
  expect(role('Our nurses cared for Tom Ortiz after his fall.', 'Tom Ortiz')).toBeUndefined();
  // The plural is read case-sensitively: a title in capitals as the list writes it ("MA").
  expect(role('Our MAs Bree, Lourdes and Tomasz who kept the line moving', 'Lourdes')).toBe('MA');
});

it('reads a job after an age and a dash, and says the role without the age', () => {
  expect(role('- Donnie Fitch, 74 — delivery driver since 2009', 'Donnie Fitch')).toBe('delivery driver');
  expect(role('Raymond Holloway, 58, who served our department', 'Raymond Holloway')).toBe('who served our');
  expect(role('## Danielle Osei, 19 — Pike County', 'Danielle Osei')).toBeUndefined();
});

it('reads a staff member\'s speaker label at the start of a script\'s line', () => {
  const script = '[SHOT 2]\nCHRIS DOLAN, LCSW (Outpatient Therapist): I made that call myself.\nDR. NADIA AMANI: One in five adults.\nJOHN REYES: I was a line cook.\nTanya Brooks (Certified Peer Specialist): I am in recovery.';
  expect(staffSpeaksAt(script, script.indexOf('made that'))).toBe(true);
  expect(staffSpeaksAt(script, script.indexOf('One in five'))).toBe(true);
  expect(staffSpeaksAt(script, script.indexOf('in recovery'))).toBe(true);
  // A speaker with no title, credential or job is anyone; a line with no label has no speaker.
  expect(staffSpeaksAt(script, script.indexOf('line cook'))).toBe(false);
  expect(staffSpeaksAt(script, script.indexOf('SHOT'))).toBe(false);
});
