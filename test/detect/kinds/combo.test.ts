import { describe, expect, it } from 'vitest';
import { describedPeople, officeHolders } from '../../../src/detect/kinds/combo.js';

const phrases = (text: string) => describedPeople(text).map(([a, b]) => text.slice(a, b));

describe('describedPeople', () => {
  it.each([
    ['The Channel 5 evening anchor came in for her facelift consult.', 'The Channel 5 evening anchor'],
    ['Sending strength to the overnight manager at the Quik-Fill on Route 9.', 'the overnight manager'],
    ["You'd know his voice: our town's longtime Friday-night talk show host on KQRV.", "our town's longtime Friday-night talk show host"],
    ['Huge shoutout to the deckhand on the F/V Northern Dawn.', 'the deckhand'],
    ['The line cook at the Rusty Anchor came in holding his tooth.', 'The line cook'],
    ['Prayers for the Central High quarterback injured in Friday night\'s game.', 'the Central High quarterback'],
    ['When the marathon-running county judge insists on jogging after his surgery.', 'the marathon-running county judge'],
    ['The mayor of Brookhaven has had three ER visits.', 'The mayor'],
    ['thanks to one very social bartender at the Anchor Bar downtown', 'one very social bartender'],
    ['Guess which WKHB morning anchor chipped a front tooth?', 'which WKHB morning anchor'],
    ['When the marathon-running county judge insists on jogging after his meniscus surgery 🙄', 'the marathon-running county judge'],
    ['The point guard of the state champions tore her ACL.', 'The point guard'],
    ['The little girl from Cedar Bluff is back at school.', 'The little girl'],
    ['Remember the groom who fainted at the altar? He is fine.', 'the groom'],
    ['One member, the only high school chemistry teacher in tiny Gilmore, is expecting.', 'the only high school chemistry teacher'],
    ['Guess which local morning-show anchor just had a tummy tuck?', 'which local morning-show anchor'],
    ['Remember the guy who runs the Elks Lodge fireworks show every year?', 'the guy'],
    ['What you don\'t know is that our favorite weather guy spent an hour in my chair.', 'our favorite weather guy'],
    ['The 7-year-old from Millbrook is back at school.', 'The 7-year-old'],
  ])('points at one person: %s', (text, phrase) => expect(phrases(text)).toEqual([phrase]));

  it.each([
    'A bartender asked how to treat a burn.',
    "I've been an oncology nurse for 15 years.",
    'Meet the practice manager at Riverside Family Dental.',
    'Our nurse line is open around the clock.',
    'She is a former L&D nurse and the calmest person you will meet.',
    'The mayor cut the ribbon.',
    'If the man in your life has chest pain, call 911.',
    'We thank the 38 veteran volunteers who visit patients in hospice care.',
    'Every child who came to our flu clinic got a sticker.',
    'Ask the mom from our parenting class about the support group.',
    'Which nurse should I ask about my refill?',
    'Shout-out to our favorite nurse for the cookies.',
    'The guy who runs our front desk is the best.',
    'The 38-year-old building needs a new roof.',
  ])('anyone, or the organisation\'s own: %s', (text) => expect(phrases(text)).toEqual([]));
});

describe('officeHolders', () => {
  it.each([
    ['The mayor chose our surgeons for her hip replacement.', ['The mayor']],
    ['We wish the sheriff a quick recovery after his fall.', ['the sheriff']],
    ["The mayor's proclamation makes May Stroke Awareness Month.", []],
    ['The fire chief joined our paramedics at the CPR class.', []],
  ])('%s', (text, expected) => expect(officeHolders(text).map(([a, b]) => text.slice(a, b))).toEqual(expected));
});
