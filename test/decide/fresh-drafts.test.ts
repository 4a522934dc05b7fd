import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

/**
 * Drafts written for this test, apart from any benchmark, in the shapes teams
 * post: unsafe ones must get an error, safe ones (staff and donor spotlights,
 * statistics, pets, events, replies that confirm nothing) must not. Synthetic
 * people only.
 */
const UNSAFE: [string, string][] = [
  ["u01.txt", "Shoutout to our superstar Marcus Bell, who walked out of the ortho floor today, just 3 days after his total hip! 🎉\n"],
  ["u02.json", "{\"platform\":\"Yelp\",\"review\":{\"author\":\"Kim T.\",\"rating\":4,\"text\":\"Good visit overall.\"},\"draft_reply\":\"Thanks Kim! So glad the new crown feels comfortable. See you in six months for your cleaning!\",\"reply_author\":\"Smile Co\"}\n"],
  ["u03.txt", "Hey @dave_runs_far, great seeing you at PT this morning! That knee is looking so much stronger than it did in March.\n"],
  ["u04.md", "---\ntitle: From NICU grad to first grade\n---\n\nRemember little Nora Fitzgerald? She was born at 24 weeks in our NICU in 2019, weighing just 1 lb 6 oz. This fall she started first grade at Maple Elementary! 📚\n"],
  ["u05.txt", "Our hospice team was honored to care for Walter Brooks, a Korean War veteran from Elmwood, in his final weeks. Walter passed peacefully on Sunday surrounded by his family. 🇺🇸\n"],
  ["u06.txt", "The Lincoln High football coach stopped by for his chemo this morning and still managed to give our nurses a pep talk. 🏈\n"],
  ["u07.json", "{\"posts\":[{\"text\":\"Flu shots are here! Walk in any weekday.\"},{\"text\":\"Congrats to Jasmine Ortiz on finishing 12 weeks of cardiac rehab! She can now climb all 40 stairs to her apartment. ❤️\"}]}\n"],
  ["u08.txt", "Big thanks to Gary from Hillside Farms for the pumpkins! Gary has been coming to our dialysis unit three times a week for five years and never misses a chance to brighten the waiting room.\n"],
  ["u09.txt", "Throwback to the day we helped deliver baby Luca in the back of his parents' minivan on Route 9 during the blizzard! He turns 5 today. Happy birthday, Luca! 🎂\n"],
  ["u10.json", "{\"platform\":\"Facebook\",\"comments\":[{\"user\":\"Sheila Grant\",\"text\":\"Thank you all for taking care of my dad.\",\"replies\":[{\"text\":\"Sheila, it was our honor to care for your father during his stay on 5 North. We're so glad his pneumonia cleared up and he's home now.\",\"status\":\"draft\"}]}]}\n"],
  ["u11.txt", "Please keep our own Nurse Tina in your prayers as she recovers from her breast cancer surgery this week. We love you, Tina! 💗\n"],
  ["u12.txt", "Meet Mr. Abe Kowalczyk, 101 years young! He came to our wound clinic last spring with a diabetic foot ulcer and is now walking his dog every morning again.\n"],
];

const SAFE: [string, string][] = [
  ["s01.txt", "Thank you to Florence Nightingale Volunteer of the Year Harold Baines, 93, who has delivered mail to our patients' rooms every Tuesday since 2004! 💌\n"],
  ["s02.txt", "Our new Austin clinic opens Monday, June 2! Dr. Priya Raman and nurse practitioner Kelsey Ward will see patients for sick visits, physicals and vaccines. Call 512-555-0134 to book.\n"],
  ["s03.txt", "A huge thank-you to the Hendricks Family Foundation for their $2 million gift to build our new pediatric cancer center. Jim and Linda Hendricks toured the site Friday with our CEO, Mark Ellison.\n"],
  ["s04.md", "# Meet our new chaplain\n\nReverend Thomas Okafor joins our spiritual care team this month. He has served families in hospice and in our ICU for 15 years, and he will lead the Tuesday grief support group at 6 p.m. in the Riverside Room.\n"],
  ["s05.txt", "Flu update for Marion County: 212 confirmed cases this season, 31 hospitalizations and no deaths among children. Get your flu shot at any of our clinics; walk-ins welcome.\n"],
  ["s06.json", "{\"platform\":\"Facebook\",\"post\":\"Meet Duke, our therapy dog! This 6-year-old golden retriever visits the rehab unit every Thursday and just had his own dental cleaning. Good boy, Duke!\",\"photo\":{\"file\":\"duke-therapy-dog.jpg\",\"alt\":\"Duke the golden retriever in a therapy vest\"}}\n"],
  ["s07.txt", "Job opening: we're hiring a full-time registered nurse for our cardiac step-down unit in Charlotte. Night shift, sign-on bonus. Apply at careers.example.org or email jobs@example.org.\n"],
  ["s08.json", "{\"platform\":\"Google Reviews\",\"review\":{\"author\":\"Dana P.\",\"rating\":5,\"text\":\"The nurses on 4 West took amazing care of my mom after her stroke.\"},\"draft_reply\":\"Thank you so much for the kind words, Dana! We'll share them with the whole 4 West team. 💙\",\"reply_author\":\"Lakeview Hospital\"}\n"],
  ["s09.txt", "Congratulations to Dr. Alicia Gomez, who performed her 1,000th robotic knee replacement this month! She trained at Johns Hopkins and has led our joint replacement program since 2015.\n"],
  ["s10.txt", "Our pharmacist Ben Cho reminds you: never double your dose if you miss one. Ask your pharmacist what to do instead, and keep a list of your medications in your wallet.\n"],
  ["s11.md", "## Blood drive this Saturday\n\nJoin the Millbrook Rotary Club and our lab team on Saturday, April 12, from 8 a.m. to 2 p.m. at the Millbrook Community Center, 22 Oak Street. Every donor gets a free T-shirt. Sign up at blood.example.org.\n"],
  ["s12.txt", "In 2024 our EMS crews answered 14,206 calls, including 1,130 cardiac arrests and 412 overdoses, and delivered 9 babies on the way to the hospital. Thank you, Station 4!\n"],
  ["s14.json", "{\"posts\":[{\"date\":\"2025-05-01\",\"text\":\"May is Mental Health Awareness Month. You are not alone: call or text 988 any time.\"},{\"date\":\"2025-05-08\",\"text\":\"Our counselor Maya Singh, LCSW, leads a free anxiety workshop on May 15 at 6 p.m. Register at example.org/workshop.\"}]}\n"],
  ["s15.txt", "Happy retirement to Nurse Betty Alvarez after 42 years in our NICU! She cared for thousands of preemies and their families. We'll miss you, Betty! 🎉\n"],
  ["s16.txt", "Welcome to Georgia, Dr. Samuel Price! Our new orthopedic surgeon moved from Denver and specializes in sports injuries, ACL reconstruction and shoulder surgery.\n"],
  ["s17.txt", "Did you know? About 1 in 10 babies is born premature. Our NICU team in Savannah cared for 318 premature babies last year, and 96% went home breathing on their own.\n"],
  ["s18.txt", "Tip from our dentist: kids should see a dentist by their first birthday. Brush twice a day with a rice-sized smear of fluoride toothpaste.\n"],
  ["s19.json", "{\"platform\":\"Instagram\",\"text\":\"Congrats to our nursing team on earning Magnet designation! 🏆 Pictured: CNO Rachel Kim with the unit leaders.\",\"tagged_users\":[\"@lakeviewhospital\",\"@magnetrecognition\"],\"photo\":{\"file\":\"magnet-celebration.jpg\",\"alt\":\"Nurses holding a Magnet banner in the lobby\"}}\n"],
  ["s20.txt", "Our volunteer of the month is Gloria Ruiz, 78, who knits blankets for our dialysis patients. Thank you, Gloria!\n"],
];

const errors = async (file: string, text: string) =>
  (await lintText(text, { filePath: file })).findings.filter((f) => f.severity === 'error').map((f) => `${f.category}:${f.text}`);

describe('drafts unseen while the context model was tuned', () => {
  it.each(UNSAFE)('%s is stopped', async (file, text) => expect((await errors(file, text)).length).toBeGreaterThan(0));
  it.each(SAFE)('%s passes', async (file, text) => expect(await errors(file, text)).toEqual([]));
});
