/** Russian messages for the engine's door: the same keys as door-en.ts. */
import type { doorEn } from './door-en';

export const doorRu: Record<keyof typeof doorEn, string> = {
  'rejection.internal-error': 'Игра не смогла это выполнить; ничего не изменилось. Пожалуйста, сообщите об ошибке.',
  'rejection.field.missing': 'В действии нет поля «{field}».',
  'rejection.field.type': 'Поле «{field}» в действии неверного типа.',
  'rejection.field.range': 'Значение поля «{field}» вне допустимых пределов.',
  'rejection.field.choice': 'Значение поля «{field}» не входит в число допустимых.',
  'rejection.field.extra': 'В действии есть поле «{field}», которого у него быть не может.',
  'rejection.field.format': 'Поле «{field}» в действии составлено неверно.',
  'rejection.field.size': 'Поле «{field}» в действии слишком длинное или содержит слишком много элементов.',
  'rejection.field.exclusive': 'Поле «{field}» нельзя указывать вместе с другим.',
  'rejection.field.unknown': 'Поле «{field}» в действии указывает на то, чего в этой игре нет.',
};
