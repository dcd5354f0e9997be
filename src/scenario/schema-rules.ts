/**
 * The rules the schema states in words, by id. The schema attaches the sentence to a check;
 * the checker maps it back to the id, so a finding can name the rule and a translation can
 * word it in the reader's language.
 */
export const SCHEMA_RULES = {
  slug: 'use lower-case letters, digits and hyphens (like "info-exchange")',
  'delegation-id': 'use a three-letter ISO 3166 code in capitals (like "KAZ")',
  'org-code': 'use an organisation code in capitals (like "SCO")',
  'map-id': 'use the three-digit ISO 3166 numeric code (like "398")',
  'objectives-min': 'name at least one learning objective',
  'chairs-min': 'name at least one chair',
  'parties-min': 'a flashpoint needs at least two parties',
  'effects-min': 'an event needs at least one effect',
  'delegations-min': 'a scenario needs at least two delegations',
} as const;

export type SchemaRule = keyof typeof SCHEMA_RULES;

const BY_SENTENCE = new Map<string, SchemaRule>(
  (Object.entries(SCHEMA_RULES) as [SchemaRule, string][]).map(([id, sentence]) => [sentence, id]),
);

/** The id of a rule from the sentence the schema gave it, or undefined for any other text. */
export function schemaRuleOf(sentence: string): SchemaRule | undefined {
  return BY_SENTENCE.get(sentence);
}
