import type { settings as en } from '../en/settings.ts';

export const settings: typeof en = {
  title: '设置',
  tabs: {
    profile: '门店信息',
    staff: '员工',
    security: '安全',
    backups: '备份',
    station: '主机',
    myPin: '我的 PIN 码',
  },
  readOnly: '只有管理员可以修改。',
  profile: {
    intro: '门店名称和联系方式会印在受理单和小票上；货币、税和时间设置适用于所有页面。',
    demoNote: '这是演示门店。在这里所做的修改会真实改变演示数据。',
  },
  security: {
    intro: '共用前台时，系统如何自我保护。',
    lockoutMinutes: '连续 5 次 PIN 码错误后，账号锁定',
    lockoutHint: '分钟（1 到 1440）。经理可在“员工”中提前解锁。',
    autoLockMinutes: '无操作多久后自动锁定前台',
    autoLockHint: '分钟（0 到 240）；0 表示不自动锁定。',
    minutes: '分钟',
  },
  station: {
    intro: '本机是主机：保存门店数据，并为店内其他屏幕提供前台界面。',
    version: 'Frontdesk 版本',
    dataDir: '数据文件夹',
    dbFile: '数据库文件',
    schemaVersion: '数据库结构版本',
    startedAt: '启动时间',
    lan: '向店内网络开放前台',
    lanHint:
      '开启后，店内网络中的其他电脑和屏幕（第二个柜台、叫号电视）可以通过下面的地址打开前台。每个人仍需用自己的 PIN 码登录。如果只有这一台电脑，请保持关闭。',
    lanOn: '前台已向店内网络开放。',
    lanOff: '前台仅在本机开放。',
    urls: '本主机的访问地址',
    transport: '本窗口与主机的通信方式',
    transportIpc: '桌面应用（直连）',
    transportHttp: '通过店内网络',
  },
  myPin: {
    intro: '修改您登录用的 PIN 码，需要先输入当前 PIN 码。',
    current: '当前 PIN 码',
    next: '新 PIN 码',
    confirm: '再次输入新 PIN 码',
    submit: '修改 PIN 码',
    changed: '您的 PIN 码已修改。',
  },
};
