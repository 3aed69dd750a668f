/**
 * 政府收支分类科目 (2024): the 类 of the functional classification of expenditure, in the order
 * the standard 收支总表 and 财政拨款收支总表 print them. Tables marked `allCategories` list every one,
 * empty or not. 人行科目 has no 类 code of its own.
 */
export const FUNCTIONAL_CATEGORIES_2024: ReadonlyArray<{ code?: string; name: string }> = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '209', name: '社会保险基金支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '230', name: '转移性支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '233', name: '债务发行费用支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
  { name: '人行科目' },
];

/**
 * Names a 类 had before the current classification, with the year the current name took over: a document
 * may still print the old one beside a table that prints the new (上海市普陀区社会福利院's 2024 收支总表 prints
 * 210 as 医疗卫生与计划生育支出, its functional tables as 卫生健康支出).
 */
export const FORMER_CATEGORY_NAMES: Readonly<Record<string, ReadonlyArray<{ name: string; until: number }>>> = {
  '210': [
    { name: '医疗卫生支出', until: 2014 },
    { name: '医疗卫生与计划生育支出', until: 2018 },
  ],
  '220': [{ name: '国土海洋气象等支出', until: 2019 }],
};

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Chinese ordinal as used in table rows: 1 → 一, 12 → 十二, 31 → 三十一. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens] : ''}十${NUMERALS[ones]}`;
}
