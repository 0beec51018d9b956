/**
 * A realistic, schema-valid CAF family assessment of a given size, for the UI benchmark: half the
 * members are children (each assessed in all three domains, every element rated and written up),
 * and five identified needs per member stand in for an action plan (the family assessment has no
 * action plan of its own): 6 members is about 260 controls with 30 need rows.
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
  const children = people
    .filter((person) => person.role === 'child-young-person')
    .map((person, index) => ({
      name: person.name,
      domains: domains(index),
      wishesAndFeelings: `${person.name} would like more time with their dad and to stay at the same school.`,
      risk: { level: 'no-known-risk' },
    }));
  return {
    assessmentDate: '2026-03-02',
    author: { name: 'Jane Practitioner', agency: 'Example Primary School', role: 'Family support worker' },
    familyMembers: people,
    children,
    parentsAndCarersViews: 'Mum says things have been hard since the move and she wants help with routines.',
    familyStrengths: 'A loving family with support from grandparents nearby.',
    levelOfNeed: 'level-2',
    needsIdentified: Array.from({ length: members * 5 }, (_, index) => ({
      need: `Need ${index + 1}: support with ${['routines', 'school attendance', 'housing', 'health appointments', 'behaviour'][index % 5]}`,
      forWhom: people[index % members]!.name,
      services: [{ name: ['Family Support Team', 'School nurse', 'Housing options'][index % 3]! }],
      specialistServiceNeeded: false,
    })),
  };
}
