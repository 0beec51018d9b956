/**
 * A realistic, schema-valid CAF family assessment of a given size, for the UI benchmark: half the
 * members are children (each assessed in all three domains, every element rated and written up),
 * one identified need per member, and an action plan of five rows per member (a 30-row plan at 6
 * members), owned in turns by practitioners and by the family, with dates, measures and statuses.
 *
 * Controls the form renders for it over all its sections (every leaf question of every row; the
 * specialist service stays hidden, as no child is referred): 164 at 2 members, 470 at 6, 929 at 12.
 * At 6 members: about the assessment 6, family members 60 (10 each), children's needs 195 (65 per
 * child), views and strengths 2, domestic abuse 1, needs and services 25 (level of need and 4 per
 * need), action plan 181 (6 per row and the review date); 437 of the 470 are answered. (The issue
 * that asked for this benchmark put 6 members at "about 260 controls with a 30-row action plan";
 * the assessment as declared has more questions per child than that count allowed for.)
 */
const DOMAINS: Record<string, string[]> = {
  development: [
    'generalHealth',
    'physicalDevelopment',
    'speechLanguageCommunication',
    'emotionalSocialDevelopment',
    'behaviouralDevelopment',
    'identity',
    'familySocialRelationships',
    'selfCareIndependence',
    'understandingReasoning',
    'participationInLearning',
    'progressInLearning',
    'aspirations',
  ],
  parentsAndCarers: ['basicCare', 'emotionalWarmth', 'guidanceBoundaries'],
  familyAndEnvironmental: ['familyHistory', 'widerFamily', 'housingEmploymentFinance', 'socialCommunity'],
};

const RATINGS = ['green', 'amber', 'red'] as const;
const FIRST_NAMES = ['Sam', 'Alex', 'Jo', 'Priya', 'Tomasz', 'Aisha', 'Callum', 'Mei', 'Kofi', 'Ruth', 'Dylan', 'Zara'];

function dateOfBirth(child: boolean, index: number): string {
  const year = child ? 2010 + (index % 12) : 1975 + (index % 15);
  return `${year}-0${1 + (index % 9)}-1${index % 9}`;
}

function domains(seed: number): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(DOMAINS).map(([domain, elements], d) => [
      domain,
      {
        // Mostly Amber and Green: the benchmark starts below the three-Red threshold.
        rating: RATINGS[(seed + d) % 2]!,
        elements: Object.fromEntries(
          elements.map((element, e) => [
            element,
            {
              rating: RATINGS[(seed + d + e) % 2]!,
              strengths: `Strengths noted for ${element} (child ${seed + 1}) at the visit on ${10 + e} January.`,
              needs: `Needs around ${element} (child ${seed + 1}): to be discussed with the family and school.`,
            },
          ]),
        ),
      },
    ]),
  );
}

const PRACTITIONERS = {
  school: 'Jane Practitioner',
  nurse: 'Ruth Okoye (school nurse)',
  familySupport: 'Dan Price (Family Support Team)',
};

interface Person {
  name: string;
  role: string;
}

interface PlannedAction {
  action: string;
  /** A practitioner's name, or 'self' (the member) or 'parent' (the first parent or carer). */
  who: string;
  measure: string;
}

const first = (person: Person) => person.name.split(' ')[0]!;

/** The five actions agreed for each adult, and (CHILD_ACTIONS) for each child. */
const ADULT_ACTIONS = (adult: Person): PlannedAction[] => [
  { action: `Ask the Family Support Team whether they can help ${first(adult)} with the rent arrears`, who: PRACTITIONERS.school, measure: 'The team’s answer recorded; if yes, a first appointment booked' },
  { action: 'Set up a morning routine chart with the children and keep it on the fridge', who: 'self', measure: 'Children at school on time on four days out of five' },
  { action: 'Go to the six-week parenting course at the children’s centre', who: 'self', measure: 'At least five of the six sessions attended' },
  { action: `Check ${first(adult)}’s benefit entitlement with the welfare rights adviser`, who: PRACTITIONERS.familySupport, measure: 'Benefit check done and any new claim made' },
  { action: 'Register with Housing Options and bid for a home near the children’s schools', who: 'self', measure: 'Registration confirmed and bids placed every week' },
];

const CHILD_ACTIONS = (child: Person): PlannedAction[] => [
  { action: `Assess ${first(child)}’s sleep and attention`, who: PRACTITIONERS.nurse, measure: 'Assessment report shared at the review' },
  { action: `Keep a sleep diary for ${first(child)} for two weeks`, who: 'parent', measure: 'Diary brought to the school nurse appointment' },
  { action: 'Use the morning checklist to get ready for school', who: 'self', measure: `${first(child)} on time for school on four days out of five` },
  { action: `Offer ${first(child)} a place in the lunchtime nurture group`, who: PRACTITIONERS.school, measure: 'Attends twice a week; fewer lunchtime incidents logged' },
  { action: `Meet ${first(child)}’s class teacher every two weeks to check progress`, who: 'parent', measure: 'Meetings held and notes shared with the family' },
];

const NEEDS: Record<string, { need: string; service: string }[]> = {
  'parent-carer': [
    { need: 'Rent arrears and debts since working hours were cut', service: 'Family Support Team' },
    { need: 'Support with routines and boundaries at home', service: 'Children’s centre' },
  ],
  'child-young-person': [
    { need: 'Poor sleep and difficulty concentrating in class', service: 'School nurse' },
    { need: 'Late for school most mornings', service: 'Family Support Team' },
  ],
};

const STATUSES = ['in-progress', 'not-started', 'not-started', 'done', 'not-started'] as const;

/** The date a number of weeks after 2026-03-02 (the assessment date). */
function weeksAfterAssessment(weeks: number): string {
  return new Date(Date.UTC(2026, 2, 2 + weeks * 7)).toISOString().slice(0, 10);
}

export function familyAssessmentData(members: number): Record<string, unknown> {
  const people = Array.from({ length: members }, (_, index) => {
    const child = index >= Math.floor(members / 2);
    return {
      name: `${FIRST_NAMES[index % FIRST_NAMES.length]} Example-${index + 1}`,
      dateOfBirth: dateOfBirth(child, index),
      relationship: child ? 'son' : 'mother',
      role: child ? 'child-young-person' : 'parent-carer',
      livesInHousehold: true,
      allegedAbuser: false,
    };
  });
  const parent = people[0]!;
  const children = people
    .filter((person) => person.role === 'child-young-person')
    .map((person, index) => ({
      name: person.name,
      domains: domains(index),
      wishesAndFeelings: `${person.name} would like more time with their dad and to stay at the same school.`,
      risk: { level: 'no-known-risk' },
    }));
  const actionPlan = people.flatMap((person, member) =>
    (person.role === 'parent-carer' ? ADULT_ACTIONS(person) : CHILD_ACTIONS(person)).map(({ action, who, measure }, index) => {
      const owner = who === 'self' ? person : who === 'parent' ? parent : undefined;
      return {
        action,
        who: owner?.name ?? who,
        whoType: owner ? 'family-member' : 'practitioner',
        byWhen: weeksAfterAssessment(1 + ((member + index) % 8)),
        measure,
        status: STATUSES[(member + index) % STATUSES.length]!,
      };
    }),
  );
  return {
    assessmentDate: '2026-03-02',
    author: { name: PRACTITIONERS.school, agency: 'Example Primary School', role: 'Family support worker' },
    familyMembers: people,
    children,
    parentsAndCarersViews: 'Mum says things have been hard since the move and she wants help with routines.',
    familyStrengths: 'A loving family with support from grandparents nearby.',
    levelOfNeed: 'level-2',
    needsIdentified: people.map((person, index) => {
      const { need, service } = NEEDS[person.role]![index % 2]!;
      return { need, forWhom: person.name, services: [{ name: service }], specialistServiceNeeded: false };
    }),
    actionPlan,
    reviewDate: weeksAfterAssessment(8),
  };
}
