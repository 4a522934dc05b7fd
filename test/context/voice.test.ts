import { describe, expect, it } from 'vitest';
import { greetsSomeone, voiceOf } from '../../src/context/voice.js';
import { cueLists } from '../../src/lexicons/cue-lists.js';
import type { Segment } from '../../src/model/types.js';

const seg = (text: string, pointer?: string): Segment => ({ text, kind: pointer ? 'json-string' : 'text', start: 0, ...(pointer ? { pointer } : {}) });
const voice = (text: string, pointer?: string) => voiceOf(seg(text, pointer), cueLists());

describe('voiceOf', () => {
  it('takes a pet greeted in the post as no one answered, and a person greeted beside a paw print as answered', () => {
    expect(voice('Get well soon, Luna! 🐶💛 This sweet girl had her TPLO on Monday.')).toBe('ours');
    expect(voice('Get well soon, Luna! 💛 We hope your knee surgery went well.')).toBe('reply');
    expect(voice('Hi Maya! 🐾 We hope your surgery went well.')).toBe('reply');
  });

  it('reads who speaks from the JSON keys above a string', () => {
    expect(voice('Hi Tom, your refill is ready.', '/draft_reply')).toBe('reply');
    expect(voice('Thanks!', '/comments/0/replies/0/text')).toBe('reply');
    expect(voice('My husband was in your ICU.', '/comments/0/text')).toBe('public');
    expect(voice('Joanne Kessler', '/comments/0/user')).toBe('public');
    expect(voice('Great care', '/review/text')).toBe('public');
    expect(voice('Flu shots this week.', '/posts/0/text')).toBe('ours');
  });

  it('takes a post that greets one person by name or handle as speaking to them', () => {
    expect(voice('Hi Jordan! So sorry about the wait.')).toBe('reply');
    expect(voice('So proud of you, Valentina Ríos! Three months after your transplant...')).toBe('reply');
    expect(voice('Congrats @the_real_kofi on graduating from cardiac rehab!')).toBe('reply');
    expect(voice('@sam_example thanks for the kind words')).toBe('reply');
    expect(voice('Safety first! 🏀 Thanks @jay.hoops for trusting us with your concussion check.')).toBe('reply');
    expect(voice('Thanks for the 5 stars, Greg! We are glad your MRI went quickly.')).toBe('reply');
    expect(voice('¡Gracias Rosa por tu reseña! Esperamos que tu herida esté sanando bien.')).toBe('reply');
    expect(voice('¡Feliz cumpleaños número 8, Sofía! Hoy celebramos en la unidad de oncología.')).toBe('reply');
    expect(voice('Replying to @kim: see you Tuesday')).toBe('reply');
    expect(voice('[Posted to Nextdoor]\nReminder for Ken at 14 Orchard Ct: your visit is Monday.')).toBe('reply');
    expect(voice('Plantilla de SMS:\n\nHola Rosa, le recordamos su cita el jueves.')).toBe('reply');
    expect(voice('Reply on X:\n\n@tomas.runs glad the stitches are holding up!')).toBe('reply');
    expect(voice('Repost from @kay_example 🌈 Kayla Brennan, our whole team is over the moon for you!')).toBe('reply');
    expect(voice('Haha Kevin, we are so glad that tooth is feeling better!')).toBe('reply');
    expect(voice('Anytime Molly! See you next week.')).toBe('reply');
    // A handle closing a sentence is spoken to; a handle credited mid-sentence is not.
    expect(voice('yay glad the new inhaler is working so much better, @rosie_bakes_pa!! 🫁')).toBe('reply');
    expect(voice('Photo by @lens_by_lou, taken at our open house.')).not.toBe('reply');
  });

  it('does not take the organisation\'s announcements for replies', () => {
    expect(voice('Wow, Tuesday was busy at the flu clinic.')).toBe('ours');
    expect(voice('Congratulations to the Class of 2026 from our nursing school!')).toBe('ours');
    expect(voice('Join us for free blood-pressure checks on Saturday.')).toBe('ours');
    expect(voice('Parents, you can book flu shots online.')).toBe('ours');
    expect(voice('Clinic news\nreminder to grant access to your portal before your visit.')).toBe('ours');
    expect(voice('Twenty years ago I started here.\nThanks for 20 years, Oakdale. Now go get your flu shot.')).toBe('ours');
    expect(voice('Charlotte, you showed up! 400 neighbors came to the health fair.')).toBe('ours');
  });

  it('reads a comment field the team wrote as a note to itself as the organisation\'s', () => {
    expect(voice('Internal: drug screen for the driver came back positive.', '/comments')).toBe('ours');
    expect(voice('Loved this post!', '/comments')).toBe('public');
  });
});

it('thanking a public figure or staff member by title answers no patient', () => {
  expect(voice('Thank you, Senator Maria Delgado, for joining us Friday.')).toBe('ours');
  expect(voice('Thanks, Dr. Amin, for the talk!')).toBe('ours');
});

it('thanking an organisation is no reply to a person', () => {
  expect(voice('Thank you, Lakeside Fire Department, for the CPR training at our clinic!')).toBe('ours');
});

it('"Thanks so much, Mei-Ling!" greets a person', () => {
  expect(voice('Thanks so much, Mei-Ling! We are glad your root canal went smoothly.')).toBe('reply');
});

it('thanking a police officer by title is no reply to a patient', () => {
  expect(voice('Thank you, Officer Dan Reyes, for helping at our flu clinic!')).toBe('ours');
});

describe('greetsSomeone', () => {
  it('takes a reply that opens on a first name and a comma as spoken to that person', () => {
    expect(greetsSomeone('Tomas, thank you! So glad the root canal healed up.')).toBe(true);
    expect(greetsSomeone('Marisol, we think about you all the time!')).toBe(true);
  });
  it('does not take a title, a town the caller knows, or a word as a name', () => {
    expect(greetsSomeone('Nurse, thank you for the hard work.')).toBe(false);
    expect(greetsSomeone('Adrian, thank you for coming out!', (w) => w === 'Adrian')).toBe(false);
    expect(greetsSomeone('Today, we celebrate our nurses.')).toBe(false);
  });
});
