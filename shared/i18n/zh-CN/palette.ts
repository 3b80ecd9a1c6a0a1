import type { palette as en } from '../en/palette.ts';

export const palette: typeof en = {
  placeholder: '前往页面或执行命令…',
  nothingFound: '没有找到。',
  groups: {
    screens: '页面',
    actions: '命令',
    customers: '顾客',
  },
  customerHint: '打开',
  goTo: '前往{{screen}}',
  actions: {
    book: '新建预约',
    bookHint: '预约 › N',
    addStaff: '添加员工',
    addStaffHint: '设置 › 员工',
    backupNow: '立即备份',
    backupNowHint: '保存到主机的备份文件夹',
    restore: '从备份恢复',
    restoreHint: '设置 › 备份',
    lock: '锁定 / 切换用户',
    lockHint: 'Ctrl+L',
    language: '切换语言',
    languageHint: '切换到 {{language}}',
    myPin: '修改我的 PIN 码',
    myPinHint: '设置 › 我的 PIN 码',
    lan: '向店内网络开放前台',
    lanHint: '设置 › 主机',
  },
};
