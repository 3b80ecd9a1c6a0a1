import { IconBuildingBank, IconBrandAlipay, IconBrandWechat, IconCash, IconCreditCard, IconDots, type Icon } from '@tabler/icons-react';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';

/** The payment methods in the order of their number keys: 1 cash, 2 card, 3 WeChat Pay, 4 Alipay, 5 transfer, 6 other. */
export const METHOD_KEYS: readonly { method: PaymentMethod; key: string; icon: Icon }[] = PAYMENT_METHODS.map((method, i) => ({
  method,
  key: String(i + 1),
  icon: { cash: IconCash, card: IconCreditCard, wechat: IconBrandWechat, alipay: IconBrandAlipay, bank: IconBuildingBank, other: IconDots }[
    method
  ],
}));
