import type { display as en } from '../en/display.ts';

export const display: typeof en = {
  welcome: '欢迎光临',
  waiting: '请到前台取号。',
  coming: '叫号信息（号码与窗口）将显示在此屏幕上。',
  notSetUp: 'Frontdesk 前台',
};
