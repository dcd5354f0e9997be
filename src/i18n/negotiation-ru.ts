/** Russian messages of the negotiation (the keys of negotiation-en.ts). */
import type { negotiationEn } from './negotiation-en';

export const negotiationRu: Record<keyof typeof negotiationEn, string> = {
  'amendment.exempt-crisis': 'исключить стороны кризиса',
  'preview.amend.exempt-crisis': 'стороны спора, находящегося в кризисе, не участвуют в мере, пока кризис не закончится; для всех она весит немного меньше',
  'col.mediation': 'Посредничество',
  'results.share-note': 'В каждый итог входит ещё {n|# балл|# балла|# баллов} — доля каждой делегации в коллективном итоге (пятая часть его оценки).',
  'action.pass': 'Ничего не вносить в этом раунде: уступить очередь другим',
  'consult.table.none-yet': 'Сейчас нечего внести: повестка заполнена, либо оставшимся мерам нужны принятые ранее меры или больше влияния.',
  'consult.floor.help': 'Каждый член может вносить предложения в каждом раунде. Делегации ИИ ждут со своими предложениями, пока вы не внесёте своё или не уступите очередь.',
};
