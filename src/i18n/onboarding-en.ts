/**
 * English messages for onboarding: the guided first round, the in-game rules and glossary,
 * feedback toasts and the offline app. Spread into en.ts; onboarding-ru.ts gives the same keys.
 */
export const onboardingEn = {
  // Help: the rules in the game
  'help.button': 'Help and rules',
  'help.title': 'How to play',
  'help.close': 'Close the rules',
  'help.glossary': 'Terms of the game',

  // The game's terms, explained where they appear
  'term.cohesion': 'Cohesion',
  'term.cohesion.def': 'The average trust between members (0–100). The charter needs it high; below 20 at a review the process stalls.',
  'term.influence': 'Influence',
  'term.influence.def': 'What you spend on talks, pledges, offers, diplomacy, tabling and implementation. You receive 3 to 5 each round, up to 8 carried over.',
  'term.prestige': 'Prestige',
  'term.prestige.def': 'Your delegation’s standing: earned by kept pledges, preventive diplomacy and adopted proposals; it counts in your score.',
  'term.graduality': 'Graduality',
  'term.graduality.def': 'Deeper measures can be tabled only once the earlier ones they build on are adopted.',
  'term.red-line': 'Red line',
  'term.red-line.def': 'Something a delegation’s instructions forbid it to accept; it objects whatever it is offered.',
  'term.package': 'Package',
  'term.package.def': 'A later agenda item linked to the current one: they are decided together, and withdrawing one withdraws both.',
  'term.sensitive': 'Sensitive',
  'term.sensitive.def': 'A military measure that a party to a dispute in crisis or armed conflict vetoes and cannot implement until trust recovers.',
  'term.reservation': 'Reservation',
  'term.reservation.def': 'You would support with an amendment (weakened, or phased in); if it is not accepted it counts as an abstention.',
  'term.abstain': 'Abstain',
  'term.abstain.def': 'You neither support nor block: under consensus an abstention does not stop a decision.',
  'term.objection': 'Objection',
  'term.objection.def': 'Under consensus a single objection blocks the decision; you may name the amendment that would lift it.',
  'term.consensus': 'Consensus',
  'term.consensus.def': 'CICA decides by consensus: a measure is adopted when no member objects.',
  'term.crisis-warning': 'Warning: {measure} is sensitive and the dispute {flashpoint} is {stage}; {parties} would veto it now.',

  // The guided first round
  'tutorial.entry': 'Learn to play',
  'tutorial.entry.help': 'A guided first round of Preventive Diplomacy: you lead Kyrgyzstan, and a coach shows each step.',
  'tutorial.coach': 'Coach',
  'tutorial.progress': 'Step {n} of {total}',
  'tutorial.skip': 'Skip the tutorial',
  'tutorial.done': 'done',
  'tutorial.all-steps': 'All the steps',
  'tutorial.finished': 'You have played a whole round. Carry on with the game, or leave it and start a scenario of your own.',
  'tutorial.close': 'Close the coach',
  'tutorial.step.talks': 'Hold bilateral talks',
  'tutorial.step.talks.how': 'In Consultations, under “{talks}”, hold talks with Tajikistan: trust between you grows. Your dispute was settled by the border treaty of March 2025.',
  'tutorial.step.offer': 'Make an offer',
  'tutorial.step.offer.how': 'Under “{offers}”, offer another delegation influence or your support in exchange for its support on your proposal. It answers privately, and the game tells you its answer. Then press “{ready}” at the top of Consultations.',
  'tutorial.step.table': 'Table a proposal',
  'tutorial.step.table.how': 'Open the “{proposals}” tab and table a measure marked “{open}” (1 influence). Table early: the plenary takes only so many items a round.',
  'tutorial.step.position': 'State a position',
  'tutorial.step.position.how': 'In the Plenary, state your position on the item under discussion: support, reservation, abstain or objection.',
  'tutorial.step.amendment': 'Work with an amendment',
  'tutorial.step.amendment.how': 'State a reservation with an amendment (weakened or phased in), or, as the proposer, accept an amendment another member asked for.',
  'tutorial.step.implementation': 'Implement a measure',
  'tutorial.step.implementation.how': 'In Implementation, opt in to an adopted measure (it costs influence) or opt out. If nothing was adopted, declare yourself ready.',
  'tutorial.step.review': 'Read the review',
  'tutorial.step.review.how': 'At the review tensions drift and disputes may escalate. Read the round summary, then close it.',

  // Feedback for every move
  'feedback.offer-accepted': '{name} accepted your offer.',
  'feedback.offer-declined': '{name} declined your offer.',
  'feedback.offer-expired': 'Your offer to {name} expired unanswered.',
  'feedback.mission-refused': 'Fact-finding on {flashpoint} was refused; no consent from: {who}. Its influence is spent.',
  'feedback.mission-unanswered': 'Fact-finding on {flashpoint} was refused; no answer in time from: {who}. Its influence is spent.',
  'feedback.escalated': '{flashpoint}: from {from} to {to}.',
  'feedback.decision': 'The plenary has decided.',
  'feedback.decision.package': 'Decided together as one package of {n|# item|# items}.',
  'feedback.decision.amended': '{n|Amendment|Amendments}: {list}.',
  'feedback.withdraw-linked': 'Withdrawing {proposal} also withdraws {linked}, tabled by another delegation, which is linked to it in a package.',
  'feedback.withdraw-confirm': 'Withdraw both',
  'feedback.cancel': 'Cancel',

  'consult.talks.search': 'Find a delegation or region',
  'consult.talks.shown': '{n} of {total} shown',

  'measure.status.locked': 'needs earlier measures first',

  'implementation.why-not.influence': 'No “Implement” button: it costs {cost} influence a round and you have {have}.',
  'implementation.why-not.crisis': 'No “Implement” button: this measure is sensitive and your dispute {flashpoint} is {stage} with low trust.',
  'implementation.why-not.other': 'No “Implement” button: the rules do not allow you to implement this measure now.',

  'secrets.missed': 'not met',

  // The Review phase, shown in the round summary
  'review.heading': 'The review: disputes this year',
  'review.help': 'At the review tensions drift, rise with low trust between the parties and fall with diplomacy.',
  'review.tension': 'tension {before} → {after} ({delta})',
  'review.stage-changed': 'from {from} to {to}',
  'review.stage-same': 'still {stage}',
  'review.why': 'Why: {list}.',
  'review.reason.event': 'the event “{title}” ({n})',
  'review.reason.drift': 'its own drift ({n} a year)',
  'review.reason.low-trust': 'low trust between the parties ({n}) pushes it up',
  'review.reason.high-trust': 'trust between the parties ({n}) eases it',
  'review.reason.diplomacy': 'diplomacy at work: {tools}',
  'review.reason.chance': 'chance (up to ±{n})',
  'review.reason.hotline': 'a hotline halves every rise',
  'review.reason.implemented': 'the parties have all implemented “{measure}”, which eases it',
  'review.reason.bloc-divide': 'the energy bloc has some parties inside and others out ({n})',

  // Start screen: a finished saved game
  'start.continue.finished': 'This saved game is over.',
  'start.continue.result': 'View the result',

  // Offline app
  'offline.ready': 'The game is saved on this device and works offline.',
  'offline.update-ready': 'A new version is ready — reload when you like; your game is saved.',
  'offline.reload': 'Reload',
  'offline.dismiss': 'Later',
};
