import { describe, expect, it } from 'vitest';
import { injuryRegex } from '../../src/context/injuries.js';
import { mayMatch } from '../../src/text/word-gate.js';

const found = (text: string) => [...text.matchAll(injuryRegex())].map((m) => m[0]);

describe('injuries composed from a body part', () => {
  it.each([
    ['He came in with a broken ankle from the dance floor.', 'broken ankle'],
    ['She fractured her left wrist on the ice.', 'fractured her left wrist'],
    ['Back on the court after a torn ACL!', 'torn ACL'],
    ['Six weeks after his hamstring repair he is running again.', 'hamstring repair'],
    ['The MRI of his shoulder showed a tear.', 'MRI of his shoulder'],
    ['A hockey puck knocked out four of his front teeth.', 'knocked out four of his front teeth'],
    ['Her ankle scope went well.', 'ankle scope'],
    ['He had both knees scoped last week.', 'knees scoped'],
    ['The boy who swallowed 14 magnets is home.', 'swallowed 14 magnets'],
    ['She swallowed a button battery in June.', 'swallowed a button battery'],
    ["We removed a treble hook from Darnell's earlobe.", 'removed a treble hook'],
    ['She came in with a fishhook buried in her thumb.', 'buried in her thumb'],
    ['The manager came in with a nasty fryer burn on her forearm.', 'burn on her forearm'],
    ['A deep cut to his left palm needed glue.', 'cut to his left palm'],
    ['The U12 goalie who came in with a split chin was back Sunday.', 'split chin'],
    ['Walt picked out new frames now that the cloudy-lens fix on both eyes is done.', 'fix on both eyes'],
    ['She had injections in her left knee in May.', 'injections in her left knee'],
    ["We're thrilled your knee bounced back from the scope.", 'your knee bounced back'],
    ['Glad his shoulder is finally healing.', 'his shoulder is finally healing'],
  ])('%s', (text, expected) => expect(found(text)[0]).toBe(expected));

  it.each([
    'We broke ground on the new wing.',
    'Please pull the back door closed.',
    'Our hands-on class covers knee health and hip mobility.',
    'Swallowed pride is the hardest part of asking for help.',
    'We removed the old chairs from the lobby.',
    'Lend an ear: our support group meets on Tuesdays.',
    'We made a cut to the budget for the hand-washing signs.',
    'Her heart is healing after the loss of her husband.',
    'Keep your eyes peeled for our booth at the fair.',
    'Our team will work on the new wing through May.',
  ])('no injury in %s', (text) => expect(found(text)).toEqual([]));

  it('is ruled out by its gate only where it finds nothing', () => {
    expect(mayMatch(injuryRegex(), 'Flu shots on Saturday at the Westside Library.')).toBe(false);
    expect(mayMatch(injuryRegex(), 'Back on the court after a torn ACL!')).toBe(true);
    let seed = 11;
    const pieces = ['broke', 'torn', 'fix', 'on', 'your', 'healing', 'bounced back', 'eyes', 'MRI', 'of', 'his', 'the', 'knee', 'ankle', 'ACL', 'repair', 'scope', 'swallowed', 'a', 'coin', 'tonsillectomy', 'back', 'removed', 'hook', 'from', 'buried', 'in', 'thumb', 'ſ', '\u212a', '2', 'é', ' ', ' ', ' ', '-', '. '];
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length];
    let ruledOut = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 2 + (i % 12) }, pick).join('');
      if (mayMatch(injuryRegex(), text)) continue;
      ruledOut++;
      expect(found(text)).toEqual([]);
    }
    expect(ruledOut).toBeGreaterThan(500);
  });
});
