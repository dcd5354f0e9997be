/**
 * English messages for the engine's door (src/engine/door): an action refused for its shape
 * names the field and what is wrong with it (`rejection.field.<problem>`, see FIELD_PROBLEMS).
 * The field is given as the action's own name for it ("give.amount"), as a developer would
 * see it in a saved file.
 */
export const doorEn = {
  'rejection.internal-error': 'The game could not carry this out; nothing was changed. Please report it.',
  'rejection.field.missing': 'This action lacks its “{field}” field.',
  'rejection.field.type': 'The “{field}” field of this action is of the wrong kind.',
  'rejection.field.range': 'The “{field}” field of this action is out of range.',
  'rejection.field.choice': 'The “{field}” field of this action is not one of the allowed choices.',
  'rejection.field.extra': 'This action has a field “{field}” that it does not take.',
  'rejection.field.format': 'The “{field}” field of this action is not well formed.',
  'rejection.field.size': 'The “{field}” field of this action is too long or has too many items.',
  'rejection.field.exclusive': 'The “{field}” field cannot be given together with the other one.',
  'rejection.field.unknown': 'The “{field}” field of this action names something this game does not have.',
};
