import type { cashier as en } from '../en/cashier.ts';

/** 收银：核心打印或写入的文字（账单行、收据）。 */
export const cashier: typeof en = {
  line: {
    deposit: '工单 {{number}} 定金',
  },
  methods: {
    cash: '现金',
    card: '银行卡',
    wechat: '微信支付',
    alipay: '支付宝',
    bank: '银行转账',
    other: '其他',
  },
  receipt: {
    title: '收据 {{number}}',
    heading: '收据',
    refundHeading: '退款收据',
    number: '收据号',
    job: '工单',
    covered: '保修：免费',
    lineDiscount: '  优惠',
    subtotal: '小计',
    billDiscount: '整单优惠',
    taxIncluded: '含税（{{rate}}）',
    taxAdded: '税（{{rate}}）',
    total: '合计',
    depositApplied: '已付定金',
    due: '应付',
    paidEarlier: '此前已付',
    tendered: '实收 {{amount}}',
    rounding: '现金抹零',
    change: '找零',
    balance: '尚欠',
    settled: '已结清',
    cashier: '收银员',
    till: '收银台',
    at: '时间',
    thanks: '谢谢惠顾，请妥善保管收据。',
  },
};
