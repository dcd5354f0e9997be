/**
 * The scenario format: the single source of truth for what a scenario file may say.
 * The engine's static types are inferred from this schema, and the JSON Schema in
 * `scenarios/scenario.schema.json` is generated from it (`npm run scenario -- schema`).
 *
 * Everything here is data. Triggers, conditions and effects are a closed list of typed
 * objects: nothing an author writes is ever evaluated as code.
 */
import { z } from 'zod';
import { SCHEMA_RULES } from './schema-rules';

export const DIMENSIONS = ['military', 'threats', 'economic', 'environmental', 'human'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const TRACKS = ['energy', 'transformation'] as const;
export type Track = (typeof TRACKS)[number];
export const INTEREST_KEYS = [...DIMENSIONS, ...TRACKS] as const;
export type InterestKey = (typeof INTEREST_KEYS)[number];

export const WEIGHTS = ['small', 'medium', 'large'] as const;
export const ENERGY_PROFILES = ['producer', 'importer', 'balanced'] as const;
export const ROLES = ['member', 'observer'] as const;
export const TEMPERAMENTS = ['cooperative', 'pragmatic', 'cautious', 'assertive'] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];
export const DECISION_RULES = ['consensus', 'consensus-minus-one', 'two-thirds'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];
export const STAGES = ['stable', 'strained', 'crisis', 'conflict'] as const;
export type Stage = (typeof STAGES)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = () => z.string().regex(SLUG, { message: SCHEMA_RULES.slug });
/** Delegations are keyed by ISO 3166-1 alpha-3 codes (KAZ, IND, ...). */
export const delegationId = () => z.string().regex(/^[A-Z]{3}$/, { message: SCHEMA_RULES['delegation-id'] });

/**
 * What a scenario may hold at most. Far above any real scenario (the bundled ones have under 40
 * delegations and texts under 1,500 characters), these bounds keep a file, however built, from
 * exhausting a server's memory or time: a classroom server checks every uploaded scenario.
 */
export const SCENARIO_LIMITS = {
  delegations: 80, flashpoints: 40, measures: 150, events: 200, effects: 20, conditions: 20,
  objectives: 20, redLines: 20, corridors: 40, clusters: 40, questions: 40, list: 100, text: 6000,
} as const;
const L = SCENARIO_LIMITS;

/** A text an instructor writes: English required, Russian recommended (a missing one is a warning). */
export const TextSchema = z.union([
  z.string().min(1, { message: 'the text is empty' }).max(L.text),
  z.strictObject({ en: z.string().min(1, { message: 'the English text is empty' }).max(L.text), ru: z.string().max(L.text).optional() }),
]);
export type Text = z.infer<typeof TextSchema>;

const percent = () => z.number().min(0).max(100);

const MetaSchema = z.strictObject({
  id: slug(),
  title: TextSchema,
  summary: TextSchema,
  objectives: z.array(TextSchema).min(1, { message: SCHEMA_RULES['objectives-min'] }).max(L.objectives),
  durationMinutes: z.number().int().min(10).max(2000),
  players: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  version: z.number().int().min(1).default(1),
});

const CalendarSchema = z.strictObject({
  startYear: z.number().int().min(1990).max(2200),
  rounds: z.number().int().min(1).max(30),
  /** 1-based round numbers at which heads of state meet; only a summit can adopt the charter. */
  summitRounds: z.array(z.number().int()).max(L.list).default([]),
  /** The chair of round r is chairs[(r - 1) % chairs.length]. */
  chairs: z.array(delegationId()).min(1, { message: SCHEMA_RULES['chairs-min'] }).max(L.list),
});

const CostsSchema = z.strictObject({
  talks: z.number().int().min(0).default(1),
  offer: z.number().int().min(0).default(0),
  pledge: z.number().int().min(0).default(1),
  earlyWarning: z.number().int().min(0).default(1),
  goodOffices: z.number().int().min(0).default(2),
  factFinding: z.number().int().min(0).default(2),
  hotline: z.number().int().min(0).default(1),
  foundBloc: z.number().int().min(0).default(2),
  joinBloc: z.number().int().min(0).default(1),
  corridor: z.number().int().min(0).default(2),
  table: z.number().int().min(0).default(1),
});

const CharterSchema = z.strictObject({
  minCohesion: percent().default(55),
  minDimensions: z.number().int().min(0).max(5).default(4),
  minImplemented: z.number().int().min(0).default(5),
});

/**
 * How many points of the collective score (out of 100) each part is worth, for scenarios that
 * weigh the parts their own way: a crisis session weighs its disputes, an energy session its
 * measures. The charter, where there is a transformation track, keeps its own 40 points and more
 * for an early adoption; the score is kept within 0 to 100 whatever the weights add up to.
 */
const OutcomeSchema = z.strictObject({
  cohesion: z.number().min(0).max(100),
  flashpoints: z.number().min(0).max(100),
  measures: z.number().min(0).max(100),
  /** The energy bloc's reach: half for the share of eligible members inside (a bloc outside CICA counts 70%), half for the corridors built. */
  energy: z.number().min(0).max(100).default(0),
});

const RulesSchema = z.strictObject({
  decision: z.enum(DECISION_RULES).default('consensus'),
  income: z.strictObject({ small: z.number().int().min(0), medium: z.number().int().min(0), large: z.number().int().min(0) })
    .default({ small: 3, medium: 4, large: 5 }),
  influenceCap: z.number().int().min(1).default(8),
  /** Proposals a plenary takes in one round: the conference has only so much time. */
  agendaLimit: z.number().int().min(1).max(50).default(8),
  startingInfluence: z.number().int().min(0).default(4),
  stages: z.strictObject({ strained: percent(), crisis: percent(), conflict: percent() })
    .default({ strained: 30, crisis: 60, conflict: 85 }),
  costs: CostsSchema.default(CostsSchema.parse({})),
  /** Parties in crisis accept sensitive measures only when their mutual trust reaches this. */
  sensitiveTrust: percent().default(60),
  /** A good-offices envoy must be trusted at least this much by every party. */
  envoyTrust: percent().default(55),
  charter: CharterSchema.default(CharterSchema.parse({})),
  /** Trust every pair of members loses at each review while a dispute is in crisis: a crisis unsettles the whole Conference. */
  crisisShock: z.number().min(0).max(10).default(0),
  /** The collective score's parts, in points; left out, the game's standard weights. */
  outcome: OutcomeSchema.optional(),
});

const RedLineSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('measure'), measure: slug(), acceptsWeakened: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('military-while-crisis') }),
  z.strictObject({ type: z.literal('fact-finding'), flashpoint: slug() }),
  z.strictObject({ type: z.literal('energy-bloc-under-cica') }),
]);
export type RedLine = z.infer<typeof RedLineSchema>;

const GoalSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('measure-adopted'), measure: slug() }),
  z.strictObject({ type: z.literal('measure-not-adopted'), measure: slug() }),
  z.strictObject({ type: z.literal('measure-implemented'), measure: slug() }),
  z.strictObject({ type: z.literal('implemented-in-dimension'), dimension: z.enum(DIMENSIONS), count: z.number().int().min(1) }),
  z.strictObject({ type: z.literal('tension-below'), flashpoint: slug(), value: percent() }),
  z.strictObject({ type: z.literal('bloc-member') }),
  z.strictObject({ type: z.literal('corridor-built'), corridor: slug() }),
  z.strictObject({ type: z.literal('charter-adopted') }),
  z.strictObject({ type: z.literal('prestige-at-least'), value: z.number().int() }),
  z.strictObject({ type: z.literal('trust-at-least'), with: delegationId(), value: percent() }),
]);
export type Goal = z.infer<typeof GoalSchema>;

const ObjectiveSchema = z.strictObject({
  id: slug(),
  text: TextSchema,
  points: z.number().int().min(1).max(50).default(10),
  goal: GoalSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

const InterestsSchema = z.strictObject(
  Object.fromEntries(INTEREST_KEYS.map((k) => [k, z.number().min(0).max(5)])) as Record<InterestKey, z.ZodNumber>,
);

const DelegationSchema = z.strictObject({
  id: delegationId(),
  name: TextSchema,
  role: z.enum(ROLES).default('member'),
  /** Observers are not players unless a scenario makes them so; players act in consultations. */
  player: z.boolean().optional(),
  weight: z.enum(WEIGHTS),
  energy: z.enum(ENERGY_PROFILES),
  memberships: z.array(z.string().regex(/^[A-Z]{2,6}$/, { message: SCHEMA_RULES['org-code'] })).max(L.list).default([]),
  region: z.string().min(1).max(200),
  capital: z.strictObject({ name: TextSchema, lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  /**
   * Natural Earth feature id (ISO 3166-1 numeric, as a three-digit string). Omit it for an
   * organisation (such as the OIC): it has no country shape and is drawn as a marker at its seat.
   */
  mapId: z.string().regex(/^\d{3}$/, { message: SCHEMA_RULES['map-id'] }).optional(),
  /** Starting trust toward other delegations; unnamed pairs take `trust.default`. */
  trust: z.record(delegationId(), percent()).default({}),
  profile: z.strictObject({
    temperament: z.enum(TEMPERAMENTS).default('pragmatic'),
    interests: InterestsSchema,
    redLines: z.array(RedLineSchema).max(L.redLines).default([]),
  }),
  brief: z.strictObject({ public: TextSchema, confidential: TextSchema }),
  objectives: z.array(ObjectiveSchema).max(L.objectives).default([]),
});
export type DelegationDef = z.infer<typeof DelegationSchema>;

/**
 * The key a delegation has on the map: its Natural Earth id, or for an organisation without
 * one a key no shape has, so the map gives it a marker of its own at its seat.
 */
export function mapKeyOf(d: Pick<DelegationDef, 'id' | 'mapId'>): string {
  return d.mapId ?? `org-${d.id}`;
}

const TrustSchema = z.strictObject({
  default: percent().default(50),
  /** Added to the default for each organisation two delegations share. */
  sharedMembershipBonus: z.number().min(0).max(20).default(3),
});

const FlashpointSchema = z.strictObject({
  id: slug(),
  name: TextSchema,
  description: TextSchema,
  parties: z.array(delegationId()).min(2, { message: SCHEMA_RULES['parties-min'] }).max(L.list),
  tension: percent(),
  /** Tension change per round before any diplomacy (positive escalates). */
  drift: z.number().min(-20).max(20).default(0),
  /** Random spread of the per-round change, in tension points. */
  volatility: z.number().min(0).max(20).default(3),
});
export type FlashpointDef = z.infer<typeof FlashpointSchema>;

const MeasureSchema = z.strictObject({
  id: slug(),
  dimension: z.enum(DIMENSIONS),
  /** Priority area within the dimension (such as "transport-corridors"). */
  area: slug(),
  title: TextSchema,
  description: TextSchema,
  coordinators: z.array(delegationId()).max(L.list).default([]),
  /** Graduality: these measures must be adopted first. */
  requires: z.array(slug()).max(L.list).default([]),
  /** Military-political measures are sensitive by default. */
  sensitive: z.boolean().optional(),
  /** On the table from the start; events may change availability. */
  available: z.boolean().default(true),
  /** A cooperation programme with a partner organisation (SCO, ASEAN, OIC). */
  partner: z.string().regex(/^[A-Z]{2,6}$/, { message: SCHEMA_RULES['org-code'] }).optional(),
  /** Adopting this brings the energy bloc under CICA; it needs a founded bloc. */
  energyBloc: z.boolean().default(false),
  /**
   * Already agreed before the game starts (history): the measure starts adopted, and the
   * members listed as implementers start with its implementation complete.
   */
  inForce: z.strictObject({
    since: z.number().int().min(1990).max(2200),
    implementers: z.array(delegationId()).default([]),
  }).optional(),
  implementCost: z.number().int().min(0).max(5).default(1),
  implementRounds: z.number().int().min(1).max(5).default(2),
  effects: z.strictObject({
    /** Trust gained between every two delegations that complete implementation. */
    trust: z.number().min(0).max(20).default(3),
    /** Tension relief on a flashpoint when all its parties implement. */
    tension: z.number().min(0).max(30).default(0),
    prestige: z.number().int().min(0).max(10).default(1),
  }).default({ trust: 3, tension: 0, prestige: 1 }),
});
export type MeasureDef = z.infer<typeof MeasureSchema>;

const ConditionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tension'), flashpoint: slug(), atLeast: percent().optional(), below: percent().optional() }),
  z.strictObject({ type: z.literal('cohesion'), atLeast: percent().optional(), below: percent().optional() }),
  z.strictObject({ type: z.literal('trust'), a: delegationId(), b: delegationId(), atLeast: percent().optional(), below: percent().optional() }),
  z.strictObject({ type: z.literal('measure-adopted'), measure: slug(), value: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('bloc-founded'), value: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('cluster-agreed'), cluster: slug(), value: z.boolean().default(true) }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

export const EffectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('trust'), a: delegationId(), b: delegationId(), delta: z.number().min(-50).max(50) }),
  z.strictObject({ type: z.literal('trust-all'), delegation: delegationId(), delta: z.number().min(-50).max(50) }),
  z.strictObject({ type: z.literal('tension'), flashpoint: slug(), delta: z.number().min(-100).max(100) }),
  z.strictObject({ type: z.literal('influence'), delegation: delegationId().optional(), delta: z.number().int().min(-10).max(10) }),
  z.strictObject({ type: z.literal('prestige'), delegation: delegationId(), delta: z.number().int().min(-20).max(20) }),
  z.strictObject({ type: z.literal('measure-availability'), measure: slug(), available: z.boolean() }),
  z.strictObject({ type: z.literal('energy-shock'), delta: z.number().int().min(1).max(5) }),
  z.strictObject({ type: z.literal('message'), text: TextSchema }),
]);
export type Effect = z.infer<typeof EffectSchema>;

const EventSchema = z.strictObject({
  id: slug(),
  title: TextSchema,
  text: TextSchema,
  trigger: z.strictObject({
    /** Fires from this round on (1-based); omit for any round. */
    fromRound: z.number().int().min(1).optional(),
    toRound: z.number().int().min(1).optional(),
    chance: z.number().min(0).max(1).default(1),
    when: z.array(ConditionSchema).max(L.conditions).default([]),
  }),
  repeat: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1, { message: SCHEMA_RULES['effects-min'] }).max(L.effects),
});
export type EventDef = z.infer<typeof EventSchema>;

const CorridorSchema = z.strictObject({
  id: slug(),
  name: TextSchema,
  /** Delegations the corridor links, in order along the route; all must be bloc members to build it. */
  route: z.array(delegationId()).min(2).max(L.list),
});
export type CorridorDef = z.infer<typeof CorridorSchema>;

const EnergySchema = z.strictObject({
  enabled: z.boolean().default(true),
  minProducers: z.number().int().min(1).default(2),
  minImporters: z.number().int().min(1).default(2),
  /** Influence each bloc member gains per round. */
  memberIncome: z.number().int().min(0).max(3).default(1),
  /** Trust lost per round between the bloc and wary outsiders (a closed bloc breeds suspicion). */
  outsiderDistrust: z.number().min(0).max(10).default(1),
  /** Trust every pair of neighbours on a corridor's route needs before it can be built (0: none). */
  corridorTrust: z.number().min(0).max(100).default(0),
  /** Tension a dispute gains each round while one party is inside a bloc outside CICA and another is left out of it. */
  rivalTension: z.number().min(0).max(20).default(0),
  corridors: z.array(CorridorSchema).max(L.corridors).default([]),
});

const ClusterSchema = z.strictObject({
  id: slug(),
  title: TextSchema,
  description: TextSchema,
  /** Measures that must be adopted before this cluster can be tabled. */
  requires: z.array(slug()).max(L.list).default([]),
});
export type ClusterDef = z.infer<typeof ClusterSchema>;

const TransformationSchema = z.strictObject({
  enabled: z.boolean().default(true),
  clusters: z.array(ClusterSchema).max(L.clusters).default([]),
});

const DebriefSchema = z.strictObject({
  questions: z.array(z.strictObject({ text: TextSchema, objective: z.number().int().min(0).optional() })).max(L.questions).default([]),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: MetaSchema,
  calendar: CalendarSchema,
  rules: RulesSchema.default(RulesSchema.parse({})),
  trust: TrustSchema.default(TrustSchema.parse({})),
  delegations: z.array(DelegationSchema).min(2, { message: SCHEMA_RULES['delegations-min'] }).max(L.delegations),
  flashpoints: z.array(FlashpointSchema).max(L.flashpoints).default([]),
  measures: z.array(MeasureSchema).max(L.measures).default([]),
  energy: EnergySchema.default(EnergySchema.parse({})),
  transformation: TransformationSchema.default(TransformationSchema.parse({})),
  events: z.array(EventSchema).max(L.events).default([]),
  debrief: DebriefSchema.default({ questions: [] }),
});

/** A scenario as the engine sees it: validated, with defaults filled in. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as an author writes it. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
