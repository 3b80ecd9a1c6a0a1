import type { errors as en } from '../en/errors.ts';

export const errors: typeof en = {
  BAD_JSON: '请求无法读取。',
  VALIDATION: '有字段需要修改。',
  UNKNOWN_OPERATION: '此版本不支持该操作。',
  UNAUTHENTICATED: '请重新登录。',
  FORBIDDEN: '您的角色无权执行此操作。',
  NOT_FOUND: '未找到，可能已被删除。',
  CONFLICT: '与现有数据冲突。',
  LOCKED: 'PIN 错误次数过多，账号已锁定至 {{lockedUntil}}。',
  WRONG_PIN: 'PIN 错误。再错 {{attemptsLeft}} 次将锁定账号。',
  APPROVAL_REQUIRED: '此操作需要经理批准。',
  SETUP_REQUIRED: '门店尚未完成初始设置。',
  ALREADY_SET_UP: '门店已完成设置。',
  PAYLOAD_TOO_LARGE: '一次发送的数据过多。',
  STORE_FULL: '存储空间已满，未保存任何内容。请释放磁盘空间后重试。',
  STORE_BUSY: '数据库繁忙，未保存任何内容。请重试。',
  BAD_BACKUP: '此备份无法恢复。',
  INTERNAL: '出现内部错误，未保存任何内容。',
  NETWORK: '无法连接到工作站，请检查网络后重试。',
};
