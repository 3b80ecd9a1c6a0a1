import type { Rng } from './rng.ts';

// Surnames weighted roughly by how common they are in mainland China (top of the list first).
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 70], ['张', 68], ['刘', 52], ['陈', 46], ['杨', 32], ['黄', 24], ['赵', 22], ['吴', 20], ['周', 20],
  ['徐', 15], ['孙', 14], ['马', 13], ['朱', 12], ['胡', 12], ['郭', 11], ['何', 10], ['林', 10], ['高', 10], ['罗', 9],
  ['郑', 9], ['梁', 8], ['谢', 7], ['宋', 7], ['唐', 7], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 6],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
  ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 2], ['范', 2], ['金', 2],
  ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2], ['韦', 2], ['付', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2],
  ['熊', 2], ['秦', 2], ['邱', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['龙', 1], ['史', 1], ['陶', 1], ['黎', 1], ['贺', 1], ['顾', 1], ['毛', 1], ['郝', 1], ['龚', 1], ['邵', 1],
  ['万', 1], ['钱', 1], ['严', 1], ['覃', 1], ['武', 1], ['戴', 1], ['莫', 1], ['孔', 1], ['向', 1], ['汤', 1],
  ['欧阳', 0.5], ['司马', 0.2], ['上官', 0.2], ['诸葛', 0.1],
];

// Characters common in given names; a given name is one or two of them.
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华飞玲建国红梅鑫波斌宇浩凯秀兰云峰志晨欣怡子涵雨轩梓萱一诺佳琪思远' +
  '文博天佑俊杰浩然嘉懿昊天若曦子墨雪琳晓东海燕小龙春花秋月冬梅立新永康德胜振华国强卫东建军丹丹婷婷亮辉健鹏宁洁琳' +
  '慧莉倩颖瑶萍丹阳晶晓雅琦蕾薇璐瑞泽睿铭宸瀚辰逸航晟翔';
const GIVEN_CHARS = [...new Set(GIVEN)];

const FIRST_NAMES = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Susan',
  'Richard', 'Jessica', 'Joseph', 'Sarah', 'Thomas', 'Karen', 'Daniel', 'Emily', 'Matthew', 'Olivia', 'Anthony', 'Sophia',
  'Mark', 'Grace', 'Steven', 'Chloe', 'Paul', 'Hannah', 'Andrew', 'Amelia', 'Kevin', 'Isabella', 'Brian', 'Mia', 'George',
  'Lucy', 'Edward', 'Zoe', 'Ryan', 'Ella', 'Jason', 'Ava', 'Eric', 'Lily', 'Peter', 'Ruby', 'Henry', 'Alice', 'Jack',
  'Emma', 'Oliver', 'Charlotte', 'Noah', 'Amy', 'Leo', 'Nina', 'Ethan', 'Vivian', 'Tony', 'Cindy', 'Vincent', 'Helen',
];

const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson',
  'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill',
  'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart',
  'Morris', 'Murphy', 'Cook', 'Rogers', 'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Wong', 'Chan', 'Ng', 'Lam', 'Cheung',
  'Nguyen', 'Kim', 'Park', 'Patel', 'Singh', 'Khan', 'Müller', 'Schmidt', 'Dubois', 'Rossi', "O'Brien", 'Silva',
];

// Mainland mobile prefixes (the numbering plan's 13x/14x/15x/17x/18x/19x blocks in use).
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186',
  '187', '188', '189', '191', '198', '199',
];

const NOTES = [
  '', '', '', '', '', '', '', '', '', '', '', '', '',
  'VIP', '老客户', '只收现金', '屏幕易碎，轻拿轻放', '周末才有空取件', '先打电话再修', '公司报销，要开发票',
  'Prefers WeChat', 'Speaks English', 'Business account', 'Call after 6pm',
];

export function chineseName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  const given = rng.next() < 0.65 ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return surname + given;
}

export function englishName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** A customer's name: mostly Chinese, some English (expats, students, business accounts). */
export function customerName(rng: Rng): string {
  return rng.next() < 0.85 ? chineseName(rng) : englishName(rng);
}

/**
 * Normalised phone numbers: digits only, 11-digit mainland mobiles, never twice.
 * `seen` keeps the numbers already handed out.
 */
export function uniqueMobile(rng: Rng, seen: Set<string>): string {
  for (;;) {
    const number = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    if (!seen.has(number)) {
      seen.add(number);
      return number;
    }
  }
}

export function customerNote(rng: Rng): string {
  return rng.pick(NOTES);
}

const COMPOUND_SURNAMES = new Set(SURNAMES.map(([s]) => s).filter((s) => s.length > 1));

/** What a receptionist types to find a Chinese name by its start: the surname and the first given character (王小明 → 王小). */
export function surnameAndGivenStart(name: string): string {
  const chars = [...name];
  const surname = COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, surname + 1).join('');
}
