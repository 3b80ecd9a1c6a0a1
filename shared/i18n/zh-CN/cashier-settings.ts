import type { cashierSettings as en } from '../en/cashier-settings.ts';

/** 设置 · 收银（经理、管理员）：收银台、快捷商品、优惠权限、现金与钱箱清点。 */
export const cashierSettings: typeof en = {
  tab: '收银',
  intro: '店铺如何收款：收银台、一键销售的商品、收银员可自行给予的优惠，以及钱箱清点。',
  save: '保存',
  saved: '收银设置已保存。',
  list: {
    key: '代码',
    nameZh: '名称（中文）',
    nameEn: '名称（英文）',
    empty: '列表中还没有内容。',
    moveUp: '上移',
    moveDown: '下移',
    remove: '删除',
  },
  tills: {
    title: '收银台',
    intro: '每台收款电脑选择自己的收银台。收银台代码记录在账目上：已有收银台的代码不可更改。',
    add: '添加收银台',
  },
  items: {
    title: '快捷商品',
    intro: '收银台一键销售的服务费和配件，按此顺序显示。',
    add: '添加商品',
    price: '价格',
    taxable: '含税',
  },
  money: {
    title: '优惠与现金',
    discountLimit: '收银员可自行给予的优惠上限',
    discountLimitHint: '超过此上限需经理输入 PIN 批准。',
    cashRounding: '现金抹零到角',
    cashRoundingHint: '现金结清账单时，余额四舍五入到角。',
    varianceNote: '交班清点差额超过此金额需填写说明',
    varianceApproval: '差额超过此金额需经理输入 PIN',
  },
  denominations: {
    title: '钞票与硬币',
    intro: '清点钱箱所用的面额，从大到小。',
    add: '添加面额',
    value: '面额',
  },
};
