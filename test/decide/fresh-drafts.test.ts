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
  ["b01.txt", "Claims team win! 🙌 We finally got Mrs. Delores Pratt's knee replacement claim approved after three appeals. Member ID W882-104-557, you're welcome, Delores!\n"],
  ["b02.txt", "Our lab drew 40 tubes at the health fair, and one gentleman from Oak Hill had a glucose of 412. He's been referred to his doctor. Stay safe out there, Mr. Jensen!\n"],
  ["b03.json", "{\"platform\":\"X\",\"comments\":[{\"user\":\"@lisa_marie_k\",\"text\":\"Can you refill my Zoloft early? Traveling next week.\",\"replies\":[{\"user\":\"@corner_drug\",\"status\":\"draft\",\"text\":\"@lisa_marie_k Hi Lisa! We can do an early refill of your sertraline 100 mg, it will be ready by 3 p.m. tomorrow.\"}]}]}\n"],
  ["b04.txt", "Crazy night shift: the high school principal from Westfield came in by ambulance after a fall off his roof while hanging Christmas lights. Broken pelvis, but he's in good spirits! 🎄\n"],
  ["b05.md", "![Screenshot of our new portal showing 'Welcome back, Tanya Brooks' and an upcoming appointment: Oncology follow-up, Dec 12, 9:30 AM](/img/portal-preview.png)\n\nOur redesigned patient portal launches next week!\n"],
  ["b06.txt", "Our home health aide Rhonda visits Mr. Ortega at his Birch Street apartment every morning to help with his insulin and wound dressings. He just turned 92 and says she's his favorite visitor. 💛\n"],
  ["b07.txt", "Sending love to the family of 16-year-old Kayla Summers, who lost her battle with leukemia on Thursday. Kayla spent much of the past year on our 6th floor and touched every heart here.\n"],
  ["b08.txt", "Congratulations to our client J.M., who celebrated one year sober this week! J.M. came to our Riverside outpatient program after an overdose last November. So proud of you!\n"],
  ["b09.json", "{\"scheduled_at\":\"2025-06-01T09:00:00Z\",\"text\":\"Look who came back to visit! Our former NICU baby Elijah, now 3, with mom Sarah. 💙\",\"photo\":{\"file\":\"elijah-nicu-reunion.jpg\",\"alt\":\"Toddler Elijah with his mother Sarah in the NICU family lounge\"},\"tagged_users\":[\"@sarah.w.mom\"]}\n"],
  ["b10.txt", "Flu alert: two residents of our Maple Court memory care wing, both in their 90s, tested positive for influenza A on Monday. Families have been notified.\n"],
  ["b11.txt", "Shout out to the Channel 7 weatherman for choosing us for his vasectomy! Back on air Monday. 😂 #snipsnip\n"],
  ["b12.txt", "Dr. Patel's patient of the week: Marcy from Ridgeville, who lost 60 pounds since starting semaglutide in January! Keep going, Marcy! 💪\n"],
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
  ["a01.txt", "Open enrollment ends December 15! Our member services team, led by Carla Jennings, can help you compare plans. Call 1-800-555-0188, Monday to Friday.\n"],
  ["a02.txt", "Lab tip: fasting for a cholesterol test means water only for 9 to 12 hours. Results usually post to your portal within two days. Questions? Ask our phlebotomist Sam Ortiz at the Elm Street draw station.\n"],
  ["a03.json", "{\"platform\":\"LinkedIn\",\"text\":\"We are proud to welcome Dr. Evan Liu as our new Chief Medical Officer. Dr. Liu spent 12 years at Mayo Clinic, where he led the heart failure program and cared for thousands of patients.\"}\n"],
  ["a04.txt", "Telehealth visits are now available for pink eye, UTIs, rashes and sinus infections, 7 a.m. to 11 p.m. daily. Download the app and see a provider in minutes.\n"],
  ["a05.md", "# Walk to End Alzheimer's\n\nTeam Sunny Acres raised $12,400! Thank you to residents' families, staff and our captain, activities director Paula Grant. See you next September in Toledo.\n"],
  ["a06.txt", "Our pharmacy now offers free blood pressure checks. Pharmacist Diane Wu says: if your reading is over 180/120, call 911 or go to the nearest ER.\n"],
  ["a07.txt", "Congratulations to Dr. Hannah Cole and the Bayside cardiac team on performing the region's first TAVR procedure through the wrist! The technique means less recovery time for patients.\n"],
  ["a08.json", "{\"platform\":\"Google Reviews\",\"review\":{\"author\":\"Pete Morales\",\"rating\":1,\"text\":\"My wife waited 3 hours in your ER with a broken wrist!\"},\"draft_reply\":\"Pete, we are sorry to hear about the wait. We take every concern seriously. Please contact our patient relations team at 555-0177 so we can learn more.\",\"reply_author\":\"Bayside ER\"}\n"],
  ["a09.txt", "Meet Rosie, our 12-year-old therapy cat! She visits the memory care unit every Wednesday. Residents love her, and she loves their laps. 🐈\n"],
  ["a10.txt", "Spring sports physicals: $25 for middle and high school athletes at all three clinics, April 1 to May 15. Bring your school form.\n"],
  ["a11.txt", "Heat advisory for Maricopa County this weekend: temperatures up to 115°F. Last summer, 645 people in the county died of heat-related causes. Drink water and check on elderly neighbors.\n"],
  ["a12.txt", "From our CEO, Maria Santos: 'This year our 2,100 employees cared for more than 310,000 patients across Kern County. Thank you for trusting us.'\n"],
  ["a13.md", "## Research news\n\nDr. Omar Haddad and colleagues published a study in JAMA showing that text-message reminders raised colon cancer screening rates by 18% among 4,000 adults aged 50 to 75.\n"],
  ["a14.txt", "Volunteer drivers needed! Our Rides to Recovery program takes cancer patients to their treatments. Call volunteer coordinator Ruth Park at 555-0142 to sign up.\n"],
  ["a15.txt", "Happy Nurses Week! 💙 Special thanks to Charge Nurse Devon Mitchell, who has worked nights in our ER for 22 years and trained more than 100 new nurses.\n"],
  ["a16.txt", "Our Dalton dental office is moving to 415 River Road on July 1. Dr. Marcus Webb and hygienist Amy Chen will see you at the new location.\n"],
  ["a17.txt", "Did you know? Shingles risk rises with age. Adults 50 and older should get two doses of the shingles vaccine, 2 to 6 months apart.\n"],
  ["a18.txt", "Thank you, Lakeside Fire Department, for the CPR training at our Austin clinic last Tuesday! Forty staff members are now certified.\n"],
  ["a19.json", "{\"posts\":[{\"text\":\"Meet our new midwife, Keisha Adams, CNM! She has attended more than 900 births and speaks English and Spanish.\"},{\"text\":\"Tour our birth center every Saturday at 10 a.m. Register at example.org/tour.\"}]}\n"],
  ["a20.txt", "Grand opening! 🎉 The Jefferson Street clinic is now open for primary care, labs and X-rays. Ribbon cutting with Mayor Tom Harris on Friday at noon.\n"],
  ["m01.md", "---\ntitle: Nurse of the Month\nauthor: Communications\n---\n\n# Congratulations, Priya Nair, RN!\n\nPriya has worked on our oncology floor for nine years. Patients and families say she explains every chemo step clearly and always has a warm blanket ready.\n\n![Priya Nair at the nurses station](/img/priya-nair.jpg)\n"],
  ["m02.json", "{\"platform\":\"Instagram\",\"text\":\"Caption contest! 🐶 Our therapy dog Biscuit after his bath. Best caption wins a mug.\",\"photo\":{\"file\":\"biscuit-bath.jpg\",\"alt\":\"A wet therapy dog in a towel\"},\"tagged_users\":[\"@lakesidehealth\"]}\n"],
  ["m03.md", "## Open house\n\nTour our new birth center on **Sunday, March 9**, 1-4 p.m. Meet midwives Ana Ortiz, CNM, and Leah Goldberg, CNM, see the birthing suites and ask anything. 🌸\n\n[RSVP here](https://example.org/rsvp)\n"],
  ["m04.json", "{\"posts\":[{\"text\":\"We are closed Monday for Memorial Day. Urgent care stays open 8 a.m. to 8 p.m.\"},{\"text\":\"Thank you to everyone who ran in the Dr. Mark Chen Memorial 5K! Together we raised $18,000 for cancer research.\"}]}\n"],
  ["m05.json", "{\"platform\":\"Google Reviews\",\"review\":{\"author\":\"Brenda K.\",\"rating\":2,\"text\":\"My son waited 2 hours for his stitches.\"},\"draft_reply\":\"Brenda, we are sorry for the long wait. Our goal is to see everyone quickly, and we fell short. Please call our patient experience line at 555-0181 so our manager can follow up.\",\"reply_author\":\"QuickCare\"}\n"],
  ["m06.md", "# Healthy aging\n\nAdults over 65 should get a flu shot every year and a pneumonia vaccine. Ask your doctor about a bone density scan if you are a woman over 65.\n\n*Photo: models, not patients.*\n"],
  ["m07.txt", "Happy 90th birthday to our founder, Dr. Walter Green! He opened this practice in 1962 and still visits every Friday to check on the staff. 🎂\n"],
  ["m08.json", "{\"platform\":\"LinkedIn\",\"text\":\"Welcome to our new Director of Nursing, Karen Lopez, MSN, RN. Karen comes to us from Cleveland Clinic, where she led the cardiac ICU for 8 years.\"}\n"],
  ["c01.txt", "Meet Myrtle, the 92-year-old tortoise who lives in our children's hospital garden! She came to us in 1989 and still loves strawberries. 🐢\n"],
  ["c02.txt", "Found dog! A brown lab mix with microchip 985112004567321 was brought to our clinic this morning. Call us at 555-0163 if he's yours.\n"],
  ["c03.txt", "Recall notice: Lot 24B117 of our store-brand children's ibuprofen (exp. 06/2026) is being recalled. Return it to any store for a full refund.\n"],
  ["c04.txt", "Measles exposure notice: anyone at the Florence Public Library on March 3 between 1 and 4 p.m. may have been exposed. Check your vaccination records and call 555-0110 with questions.\n"],
  ["c05.txt", "Our founder, Dr. Ellen Marsh, opened this clinic in 1962 with one exam room and a borrowed microscope. She passed away in 2010 at 94, and her portrait still hangs in the lobby.\n"],
  ["c06.txt", "Volunteer spotlight: at 93, Irene Walsh still runs our gift shop three mornings a week. She started volunteering here after retiring from teaching in 1992.\n"],
  ["c07.md", "# Specimen collection\n\nBring your specimen ID card (it looks like the sample below) to any draw station.\n\n![Sample specimen ID card with the placeholder number SPEC-000000 and the name JANE SAMPLE](/img/sample-card.png)\n"],
  ["c08.txt", "The Wellness Summit is Thursday, October 9, in Conference Room B of our Florence campus, 1 to 5 p.m. Dr. Ravi Shah, NPI 1457382910, will present on sleep apnea.\n"],
  ["c09.txt", "Heading to Charlotte for the state nursing conference? Stop by booth 214 and say hi to our recruiter, Dominique Hall!\n"],
  ["c10.txt", "Our 14 urgent care clinics saw 212,000 visits in 2024, including 41,000 kids. Average wait: 18 minutes.\n"],
  ["c11.json", "{\"platform\":\"Facebook\",\"post\":\"Thank you, Hill Country! Our mobile mammography van screened 1,240 women this year across 9 counties.\",\"photo\":{\"file\":\"mammo-van-2025.jpg\",\"alt\":\"Our mobile mammography van parked outside the Kerrville library\"}}\n"],
  ["c12.txt", "Happy 100th birthday to our hospital! On May 5, 1925, Mercy General opened its doors with 40 beds. Join us for cake on May 5 at noon in the main lobby.\n"],
  ["c13.txt", "Our vet tech Jo Ann Rivera, CVT, spayed her own cat Pepper last week. Pepper is recovering well and already back to climbing curtains!\n"],
  ["c14.json", "{\"platform\":\"Google Reviews\",\"review\":{\"author\":\"Mark D.\",\"rating\":5,\"text\":\"Dr. Singh fixed my shoulder and I am back to golf! Best surgeon in town.\"},\"draft_reply\":\"Thank you for the kind review, Mark! We will pass your words on to Dr. Singh.\",\"reply_author\":\"Peak Ortho\"}\n"],
  ["c15.txt", "Donor thanks: the family of the late Harold Kim gave $500,000 to name our new infusion center. Harold served on our board for 20 years.\n"],
];

const errors = async (file: string, text: string) =>
  (await lintText(text, { filePath: file })).findings.filter((f) => f.severity === 'error').map((f) => `${f.category}:${f.text}`);

describe('drafts unseen while the context model was tuned', () => {
  it.each(UNSAFE)('%s is stopped', async (file, text) => expect((await errors(file, text)).length).toBeGreaterThan(0));
  it.each(SAFE)('%s passes', async (file, text) => expect(await errors(file, text)).toEqual([]));
});
