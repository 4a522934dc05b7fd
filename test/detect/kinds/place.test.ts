import { expect, it } from 'vitest';
import { found, rule } from '../helpers.js';

const place = rule({ detector: 'place', category: 'location' });

it.each([
  ['a Springfield mom of three', ['Springfield']],
  ['a firefighter from Brookside', ['Brookside']],
  ['42 Alder Lane, Fairview, home now', ['Fairview']],
  ['she drove in from Hope, AR', ['Hope']],
  ['he lives in Jerome and works nights', ['Jerome']],
  ['Our clinic in Upper Brookside opens', ['Brookside']],
  ['a teacher from New York City', ['New York City']],
  ['seen in New York, NY last spring', ['New York']],
  ['a firefighter from NYC', ['NYC']],
  ['Tyler Voss, 22, of Ravenna, died', ['Ravenna']],
  ['our patient came in from Rosa yesterday', ['Rosa']],
  ['the ER in Jordan, Montana, called us', ['Jordan']],
])('finds the place in %s', async (text, want) => {
  expect(await found(place, text)).toEqual(want);
});

it.each([
  'Northfield Community Hospital welcomes you',
  'Hope is a powerful medicine',
  'Jerome Baptiste joined our board',
  'Huge thanks to Anna S. for her story',
  'Rosa Delgado, RDH, joined us in 2015. In Rosa\'s own words: never too late.',
  'Mr. Abernathy is home',
  'the American Red Cross blood drive',
  'patients from Texas and Mexico',
  'she moved to New York to study',
  'our partners in Jordan and Kenya',
])('leaves out %s', async (text) => {
  expect(await found(place, text)).toEqual([]);
});

// The organisation's own site: kept, marked for the decision model (context/own-place.ts).
it.each([
  ['at any Riverbend clinic', 'Riverbend'],
  ['seen at our Dallas clinic on Monday', 'Dallas'],
  ['from the Chicago office', 'Chicago'],
  ['Classes meet in the Cedar Ridge gym', 'Cedar Ridge'],
])('marks %s as a site', async (text, want) => {
  const matches = place.detect(text);
  expect(matches.map((m) => [text.slice(m.start, m.end), m.ownSite])).toEqual([[want, true]]);
});

it('finds a town the gazetteer lacks when the post gives its population', () => {
  const text = 'A snowed-in mom in Cedar Gap (pop. 380) messaged us at 3 a.m.';
  expect(place.detect(text).map((m) => text.slice(m.start, m.end))).toEqual(['Cedar Gap']);
  expect(place.detect('A snowed-in mom in Kettle Hollow messaged us.').map((m) => m.start)).toEqual([]);
});
