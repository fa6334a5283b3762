import { z } from 'zod';

/** 红黄绿蓝卡: the four classes of seeds 000 and 003. */
export const CardSchema = z.enum(['red', 'yellow', 'green', 'blue']);
export type Card = z.infer<typeof CardSchema>;

export const CARD_NAME_ZH: Readonly<Record<Card, string>> = {
  red: '红卡',
  yellow: '黄卡',
  green: '绿卡',
  blue: '蓝卡',
};
